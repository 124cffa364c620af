// Store → flow elements, recomputed only when the view, the clients or the diagnostics change.
import { useMemo } from 'react';
import { useStore } from '../store.ts';
import { toFlowElements, type FlowElements } from './toFlowElements.ts';
import { fromClusterView, toViewClients } from './fromClusterView.ts';

export function useDiagramElements(): FlowElements {
  const view = useStore((s) => s.view);
  const clients = useStore((s) => s.clients);
  const diagnostics = useStore((s) => s.diagnostics);
  return useMemo(() => (view ? toFlowElements(fromClusterView(view, diagnostics), toViewClients(clients, view)) : { nodes: [], edges: [] }), [view, clients, diagnostics]);
}
