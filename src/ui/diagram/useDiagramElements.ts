// Store → flow elements, recomputed only when the view, the clients, the diagnostics or the
// area's (quantized) aspect ratio change.
import { useMemo } from 'react';
import { useStore } from '../store.ts';
import { toFlowElements, type FlowElements } from './toFlowElements.ts';
import { fromClusterView, toViewClients } from './fromClusterView.ts';

export function useDiagramElements(aspect?: number): FlowElements {
  const view = useStore((s) => s.view);
  const clients = useStore((s) => s.clients);
  const diagnostics = useStore((s) => s.diagnostics);
  return useMemo(
    () =>
      view
        ? toFlowElements(fromClusterView(view, diagnostics), toViewClients(clients, view), aspect ? { aspect } : {})
        : { nodes: [], edges: [] },
    [view, clients, diagnostics, aspect],
  );
}
