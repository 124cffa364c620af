// Where an outside client's arrow runs when it enters a Node (a NodePort on that node): through the
// free lanes of the three-band layout instead of straight across the Services band, so it never
// passes under a Service card the packet does not go through. Left gap → the gap between two
// Service cards (or above / below them) → the gap before the Nodes → above the Node's row → down
// into its kube-proxy box. When load balancers, Ingresses or Gateways stand in a column of their
// own between the clients and the Services, the arrow crosses that column between its boxes too.
// Flow coordinates, from the positions toFlowElements gave; pure.
import { GAP, SIZE } from './layout.ts';

export interface Point {
  x: number;
  y: number;
}

export interface Rect {
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface LaneBands {
  /** The Services band's cards (absolute). */
  services: readonly Rect[];
  /** Left edge of the Services band and of the Nodes band. */
  serviceX: number;
  nodesX: number;
  /** The column of load balancers, Ingresses and Gateways between the clients and the Services, when it is one of its own. */
  entries?: readonly Rect[];
  entryX?: number;
}

/** A column of boxes a wire crosses: through the gap before it, then along a lane between its boxes. */
interface Column {
  x: number;
  boxes: readonly Rect[];
}

/**
 * The bends from `from` through each column in turn (left to right): down or up the gap before the
 * column to the lane between its boxes (or above / below them) nearest the way to `goalY`, then on.
 * The last point is in the gap before the last column, on its lane.
 */
function throughColumns(from: Point, columns: readonly Column[], goalY: number): Point[] {
  const points: Point[] = [];
  let y = from.y;
  for (const col of columns) {
    if (col.boxes.length === 0) continue;
    const x = col.x - GAP.col / 2;
    const boxes = [...col.boxes].sort((a, b) => a.y - b.y);
    const lanes = [boxes[0]!.y - GAP.row / 2, ...boxes.map((c) => c.y + c.h + GAP.row / 2)];
    let lane = lanes[0]!;
    for (const l of lanes)
      if (Math.abs(l - y) + Math.abs(l - goalY) < Math.abs(lane - y) + Math.abs(lane - goalY)) lane = l;
    points.push({ x, y }, { x, y: lane });
    y = lane;
  }
  return points;
}

const columnsOf = (bands: LaneBands): Column[] => [
  ...(bands.entries && bands.entryX !== undefined ? [{ x: bands.entryX, boxes: bands.entries }] : []),
  { x: bands.serviceX, boxes: bands.services },
];

/**
 * The bends of the arrow from `from` (the client's right handle) to the top centre of `proxy`
 * (a kube-proxy box, absolute) inside `node` (its Node box, absolute); the last point is the end.
 */
export function entryLane(from: Point, proxy: Rect, node: Rect, bands: LaneBands): Point[] {
  const x2 = bands.nodesX - GAP.col / 2;
  const above = node.y - GAP.nodeRow / 2;
  const end = { x: proxy.x + proxy.w / 2, y: proxy.y };
  const tail = [{ x: x2, y: above }, { x: end.x, y: above }, end];
  const bends = throughColumns(from, columnsOf(bands), above);
  return [...bends, { x: x2, y: bends.at(-1)?.y ?? from.y }, ...tail];
}

/**
 * A client's arrow to a Service card when a column of load balancers, Ingresses and Gateways stands
 * between them: through a gap in that column, then into the card's left side. The last point is the end.
 */
export function laneToService(from: Point, service: Rect, bands: LaneBands): Point[] {
  const end = { x: service.x, y: service.y + service.h / 2 };
  const x1 = bands.serviceX - GAP.col / 2;
  const entries = bands.entries && bands.entryX !== undefined ? [{ x: bands.entryX, boxes: bands.entries }] : [];
  const bends = throughColumns(from, entries, end.y);
  return [...bends, { x: x1, y: bends.at(-1)?.y ?? from.y }, { x: x1, y: end.y }, end];
}

/** A wire's coordinate as its path writes it: to a tenth of a pixel (roundedPath, and edges.tsx's curves). */
export const toTenth = (n: number): number => Math.round(n * 10) / 10;

/** An SVG path through `points`, each bend rounded with radius up to `r`. */
export function roundedPath(points: readonly Point[], r = 10): string {
  if (points.length === 0) return '';
  const f = (n: number): string => String(toTenth(n));
  let d = `M ${f(points[0]!.x)},${f(points[0]!.y)}`;
  for (let i = 1; i < points.length - 1; i++) {
    const [a, b, c] = [points[i - 1]!, points[i]!, points[i + 1]!];
    const inLen = Math.hypot(b.x - a.x, b.y - a.y);
    const outLen = Math.hypot(c.x - b.x, c.y - b.y);
    const k = Math.min(r, inLen / 2, outLen / 2);
    if (k < 0.5) {
      d += ` L ${f(b.x)},${f(b.y)}`;
      continue;
    }
    const p = { x: b.x - ((b.x - a.x) / inLen) * k, y: b.y - ((b.y - a.y) / inLen) * k };
    const q = { x: b.x + ((c.x - b.x) / outLen) * k, y: b.y + ((c.y - b.y) / outLen) * k };
    d += ` L ${f(p.x)},${f(p.y)} Q ${f(b.x)},${f(b.y)} ${f(q.x)},${f(q.y)}`;
  }
  const last = points[points.length - 1]!;
  return `${d} L ${f(last.x)},${f(last.y)}`;
}

/**
 * The phone's stacked layout (bands top to bottom, each in rows of boxes): the bends of a wire from
 * `from` (a box's bottom handle) down to `to`. Each row the wire has to pass is crossed through the
 * gap between two of its boxes (or beside the row), the one nearest the way it is going, so a wire
 * never runs under a box it does not go to. `to.enter` says how it arrives: 'top' straight down into
 * a box (a Service, a kube-proxy), 'left' down the gap left of a pod and in from its side; `rowTop`
 * is the top of the row holding it (its Node's row for a pod or kube-proxy). `rows` are the
 * top-level boxes' rows (absolute), any order. The last point is the end.
 */
export function stackedLane(
  from: Point,
  to: { box: Rect; enter: 'top' | 'left'; rowTop: number },
  rows: readonly (readonly Rect[])[],
): Point[] {
  const half = GAP.nodeRow / 2;
  const end =
    to.enter === 'top' ? { x: to.box.x + to.box.w / 2, y: to.box.y } : { x: to.box.x, y: to.box.y + to.box.h / 2 };
  const goalX = to.enter === 'top' ? end.x : to.box.x - Math.min(GAP.podCol, SIZE.nodePad) / 2;
  const passed = rows
    .filter((r) => r.length > 0 && r[0]!.y > from.y && r[0]!.y < to.rowTop)
    .sort((a, b) => a[0]!.y - b[0]!.y);
  const points: Point[] = [];
  let x = from.x;
  for (const row of passed) {
    const boxes = [...row].sort((a, b) => a.x - b.x);
    const gaps = [
      boxes[0]!.x - GAP.nodeCol / 2,
      ...boxes.slice(1).map((b, i) => (boxes[i]!.x + boxes[i]!.w + b.x) / 2),
      boxes.at(-1)!.x + boxes.at(-1)!.w + GAP.nodeCol / 2,
    ];
    const lane = gaps.reduce((best, g) =>
      Math.abs(g - x) + Math.abs(g - goalX) < Math.abs(best - x) + Math.abs(best - goalX) ? g : best,
    );
    const y = boxes[0]!.y - half;
    points.push({ x, y }, { x: lane, y });
    x = lane;
  }
  const above = to.rowTop - half;
  points.push({ x, y: above }, { x: goalX, y: above });
  if (to.enter === 'left') points.push({ x: goalX, y: end.y });
  points.push(end);
  return points;
}
