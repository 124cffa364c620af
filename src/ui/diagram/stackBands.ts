// The stacked layout of a narrow diagram (a phone's): the top-level boxes in bands, top to bottom.
import { GAP } from './layout.ts';
import type { Rect } from './entryLanes.ts';
import type { FlowNode } from './flowShapes.ts';

/**
 * Moves the top-level boxes into bands stacked top to bottom (clients; load balancers, Ingresses and
 * Gateways; Services; Nodes), so every wire runs down, each band's boxes left to right in the order they were made, wrapping at `width`, every
 * row centred. Children sit relative to their Node and move with it. Returns the rows' boxes.
 */
export function stackBands(nodes: FlowNode[], width: number): Rect[][] {
  const bands: FlowNode[][] = [[], [], [], []];
  for (const n of nodes) {
    if (n.parentId) continue;
    bands[n.type === 'client' ? 0 : n.type === 'service' ? 2 : n.type === 'k8sNode' ? 3 : 1]!.push(n);
  }
  const rows: { items: FlowNode[]; w: number; h: number; gapAfter: number }[] = [];
  for (const band of bands) {
    if (band.length === 0) continue;
    for (const n of band) {
      const row = rows.at(-1);
      const w = n.width ?? 0;
      if (row && row.gapAfter === 0 && row.w + GAP.nodeCol + w <= width) {
        row.items.push(n);
        row.w += GAP.nodeCol + w;
        row.h = Math.max(row.h, n.height ?? 0);
      } else {
        if (row && row.gapAfter === 0) row.gapAfter = GAP.nodeRow;
        rows.push({ items: [n], w, h: n.height ?? 0, gapAfter: 0 });
      }
    }
    rows.at(-1)!.gapAfter = GAP.col;
  }
  const total = Math.max(...rows.map((r) => r.w));
  let y = 0;
  const placed: Rect[][] = [];
  for (const row of rows) {
    let x = Math.round((total - row.w) / 2);
    const boxes: Rect[] = [];
    for (const n of row.items) {
      n.position = { x, y };
      boxes.push({ x, y, w: n.width ?? 0, h: n.height ?? 0 });
      x += (n.width ?? 0) + GAP.nodeCol;
    }
    placed.push(boxes);
    y += row.h + row.gapAfter;
  }
  return placed;
}
