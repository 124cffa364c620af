// Store → flow elements, recomputed only when the view, the clients, the diagnostics or the
// arrangement (layout.ts diagramLayout) change.
import { useMemo } from 'react';
import { useStore } from '../store.ts';
import { toFlowElements, type FlowElements, type LayoutOptions } from './toFlowElements.ts';
import { fromClusterView, toViewClients } from './fromClusterView.ts';

export function useDiagramElements(layout: LayoutOptions = {}): FlowElements {
  const view = useStore((s) => s.view);
  const clients = useStore((s) => s.clients);
  const diagnostics = useStore((s) => s.diagnostics);
  const { aspect, rowsWidth } = layout;
  return useMemo(
    () =>
      view
        ? toFlowElements(fromClusterView(view, diagnostics), toViewClients(clients, view), {
            ...(aspect ? { aspect } : {}),
            ...(rowsWidth ? { rowsWidth } : {}),
          })
        : { nodes: [], edges: [] },
    [view, clients, diagnostics, aspect, rowsWidth],
  );
}
