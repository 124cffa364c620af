// Edge components publish the SVG path React Flow computed for them; the packet painter samples
// those exact paths (parent offsets and handles included: packets/pathSamples.ts) instead of
// re-deriving geometry (docs/toolchain.md §2, "path registry").

export interface Point {
  x: number;
  y: number;
}

const paths = new Map<string, string>();
let version = 0;

export function publishPath(edgeId: string, d: string): void {
  if (paths.get(edgeId) === d) return;
  paths.set(edgeId, d);
  version++;
}

export function retractPath(edgeId: string): void {
  if (paths.delete(edgeId)) version++;
}

export const pathsVersion = (): number => version;

/** Every edge's published path, by edge id. */
export const publishedPaths = (): ReadonlyMap<string, string> => paths;

/** Point at fraction t (0..1) along a polyline. */
export function pointAlong(points: readonly Point[], t: number): Point {
  if (points.length === 0) return { x: 0, y: 0 };
  const f = Math.min(1, Math.max(0, t)) * (points.length - 1);
  const i = Math.floor(f);
  const a = points[i] ?? points[0]!;
  const b = points[Math.min(points.length - 1, i + 1)] ?? a;
  const k = f - i;
  return { x: a.x + (b.x - a.x) * k, y: a.y + (b.y - a.y) * k };
}
