// Store → flow elements, recomputed only when the view, the clients (and where they enter; a pod
// the console sent requests from is a client too), the arrangement (layout.ts diagramLayout) or
// the language change. Boxes are sized for their text in every installed language, and Korean is
// installed when the page first turns Korean (i18n/pageLanguage.ts), so a switch may size them anew.
import { useMemo } from 'react';
import { useStore } from '../store.ts';
import { toFlowElements, type LayoutOptions } from './toFlowElements.ts';
import { type FlowElements } from './flowShapes.ts';
import { fromClusterView, toViewClients } from './fromClusterView.ts';
import { consoleViewClients } from '../traffic/consoleTraffic.ts';
import { keepShown } from './reuseUnchanged.ts';

export function useDiagramElements(layout: LayoutOptions = {}): FlowElements {
  const view = useStore((s) => s.view);
  const clients = useStore((s) => s.running);
  const entries = useStore((s) => s.entries);
  const consoleTraffic = useStore((s) => s.console);
  const language = useStore((s) => s.language);
  const { aspect, rowsWidth } = layout;
  // The elements shown before: boxes and wires an answer leaves as they were keep their objects
  // (reuseUnchanged.ts), so React Flow re-renders only the ones that changed.
  const reuse = useMemo(() => keepShown(), []);
  return useMemo(
    () => {
      const next = view
        ? toFlowElements(
            fromClusterView(view),
            [...toViewClients(clients, entries), ...consoleViewClients(consoleTraffic)],
            {
              ...(aspect ? { aspect } : {}),
              ...(rowsWidth ? { rowsWidth } : {}),
            },
          )
        : { nodes: [], edges: [] };
      return reuse(next);
    },
    // language: not read here, but a switch may have installed the catalogues toFlowElements sizes boxes by
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [view, clients, entries, consoleTraffic, aspect, rowsWidth, language, reuse],
  );
}
