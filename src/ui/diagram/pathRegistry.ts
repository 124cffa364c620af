// Edge components publish the SVG path React Flow computed for them; the packet canvas samples
// those exact paths (parent offsets and handles included) instead of re-deriving geometry
// (docs/toolchain.md §2, "path registry").

export interface Point {
  x: number;
  y: number;
}

const paths = new Map<string, string>();
const samples = new Map<string, { d: string; points: Point[] }>();
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

export const SAMPLES_PER_PATH = 64;

/** The edge's path as a polyline of SAMPLES_PER_PATH points, sampled once per change of its geometry. */
export function sampledPath(edgeId: string, sampler: (d: string) => Point[]): Point[] | undefined {
  const d = paths.get(edgeId);
  if (d === undefined) return undefined;
  const cached = samples.get(edgeId);
  if (cached && cached.d === d) return cached.points;
  const points = sampler(d);
  samples.set(edgeId, { d, points });
  return points;
}

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
