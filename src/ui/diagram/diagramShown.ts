// The first diagram's boxes are measured and painted: what the first traffic request waits for
// (startApp.tsx), so the worker fetches the data path's code (src/worker/laterEngines.ts) after the
// diagram shows instead of competing with it.
import { useEffect } from 'react';
import { useStore, type ReactFlowState } from '@xyflow/react';

let shown: () => void = () => undefined;
export const diagramShown = new Promise<void>((resolve) => (shown = resolve));

/** A box React Flow has measured is no longer hidden (it hides boxes until their size is known). */
const someBoxMeasured = (s: ReactFlowState): boolean => {
  for (const node of s.nodeLookup.values()) if (node.measured.width) return true;
  return false;
};

/** Inside <ReactFlow>: resolves `diagramShown` the frame after React Flow has measured a box. (Its
 * useNodesInitialized stays false here: our nodes are controlled and never take `measured` back.) */
export function useMarkDiagramShown(): void {
  const measured = useStore(someBoxMeasured);
  useEffect(() => {
    if (!measured) return;
    const frame = requestAnimationFrame(() => shown());
    return () => cancelAnimationFrame(frame);
  }, [measured]);
}
