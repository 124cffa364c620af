// Where each box's connection handles are, computed instead of measured. React Flow measures a
// node's handles in the DOM before it can route edges to it, and mounts every node it has not
// measured even when `onlyRenderVisibleElements` would leave it off-screen (xyflow/system
// getNodesInside: `forceInitialRender = !node.internals.handleBounds`). Each reload builds new
// node objects, so a 1,000-Pod diagram mounted and unmounted ~2,200 boxes per edit. Handles given
// on the node (React Flow's `node.handles`, meant for server-side rendering) skip that: the values
// mirror boxes.css (6 × 6 px) and React Flow's .react-flow__handle-left/-right/-top/-bottom
// (centred on the side), on the sides nodes/sideHandles.tsx puts them.
import { Position, type NodeHandle } from '@xyflow/react';

export const HANDLE_SIZE = 6;

/** Which handles each box type draws (src/ui/diagram/nodes/*.tsx). */
const SIDES: Record<string, { target: boolean; source: boolean }> = {
  client: { target: false, source: true },
  loadBalancer: { target: true, source: true },
  ingress: { target: true, source: true },
  gateway: { target: true, source: true },
  service: { target: true, source: true },
  k8sNode: { target: true, source: true },
  pod: { target: true, source: true },
  kubeProxy: { target: true, source: true },
};

/** `stacked`: the phone's top-to-bottom bands (sources at the bottom, targets on top; a pod is still entered from its left). */
export function knownHandles(type: string, width: number, height: number, stacked = false): NodeHandle[] {
  const sides = SIDES[type] ?? { target: false, source: false };
  const half = HANDLE_SIZE / 2;
  const y = height / 2 - half;
  const x = width / 2 - half;
  const size = { width: HANDLE_SIZE, height: HANDLE_SIZE };
  const out: NodeHandle[] = [];
  if (sides.target)
    out.push(
      stacked && type !== 'pod'
        ? { type: 'target', position: Position.Top, x, y: -half, ...size }
        : { type: 'target', position: Position.Left, x: -half, y, ...size },
    );
  if (sides.source)
    out.push(
      stacked
        ? { type: 'source', position: Position.Bottom, x, y: height - half, ...size }
        : { type: 'source', position: Position.Right, x: width - half, y, ...size },
    );
  return out;
}
