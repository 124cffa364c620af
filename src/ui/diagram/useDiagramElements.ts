// Store → flow elements, recomputed only when the view, the clients (and where they enter; a pod
// the console sent requests from is a client too) or the arrangement
// (layout.ts diagramLayout) change.
import { useMemo } from 'react';
import { useStore } from '../store.ts';
import { toFlowElements, type FlowElements, type LayoutOptions } from './toFlowElements.ts';
import { fromClusterView, toViewClients } from './fromClusterView.ts';
import { consoleViewClients } from '../traffic/consoleTraffic.ts';

export function useDiagramElements(layout: LayoutOptions = {}): FlowElements {
  const view = useStore((s) => s.view);
  const clients = useStore((s) => s.running);
  const entries = useStore((s) => s.entries);
  const consoleTraffic = useStore((s) => s.console);
  const { aspect, rowsWidth } = layout;
  return useMemo(
    () =>
      view
        ? toFlowElements(
            fromClusterView(view),
            [...toViewClients(clients, entries), ...consoleViewClients(consoleTraffic)],
            {
              ...(aspect ? { aspect } : {}),
              ...(rowsWidth ? { rowsWidth } : {}),
            },
          )
        : { nodes: [], edges: [] },
    [view, clients, entries, consoleTraffic, aspect, rowsWidth],
  );
}
