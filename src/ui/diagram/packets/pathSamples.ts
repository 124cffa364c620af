// An edge's SVG path as a polyline of evenly spaced points, computed without the DOM so it runs in
// the painter worker. The diagram's wires use four commands, all absolute: M and L, Q (the rounded
// bends of entryLanes.ts roundedPath) and C (React Flow's getBezierPath). Curves are flattened
// into short chords, then the polyline is resampled by length, as SVGPathElement.getPointAtLength
// would place the points (it cost the page ~38 ms per edit for a diagram's wires: 64 calls each).
import type { Point } from '../pathRegistry.ts';

export const SAMPLES_PER_PATH = 64;
const CHORDS_PER_CURVE = 16;

/** The vertices of `d` with curves flattened; null for a command outside M, L, Q, C, Z. */
function flatten(d: string): Point[] | null {
  const tokens = d.match(/[A-Za-z]|-?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?/g) ?? [];
  const out: Point[] = [];
  let i = 0;
  let cur: Point = { x: 0, y: 0 };
  let start: Point = cur;
  const num = (): number => Number(tokens[i++]);
  const pt = (): Point => ({ x: num(), y: num() });
  let cmd = '';
  while (i < tokens.length) {
    if (/[A-Za-z]/.test(tokens[i]!)) cmd = tokens[i++]!;
    switch (cmd) {
      case 'M':
        cur = start = pt();
        out.push(cur);
        cmd = 'L'; // further pairs after M are lines (SVG 2, "moveto")
        break;
      case 'L':
        cur = pt();
        out.push(cur);
        break;
      case 'Q': {
        const [c, e] = [pt(), pt()];
        for (let k = 1; k <= CHORDS_PER_CURVE; k++) {
          const t = k / CHORDS_PER_CURVE;
          const u = 1 - t;
          out.push({
            x: u * u * cur.x + 2 * u * t * c.x + t * t * e.x,
            y: u * u * cur.y + 2 * u * t * c.y + t * t * e.y,
          });
        }
        cur = e;
        break;
      }
      case 'C': {
        const [c1, c2, e] = [pt(), pt(), pt()];
        for (let k = 1; k <= CHORDS_PER_CURVE; k++) {
          const t = k / CHORDS_PER_CURVE;
          const u = 1 - t;
          const [a, b, c, w] = [u * u * u, 3 * u * u * t, 3 * u * t * t, t * t * t];
          out.push({ x: a * cur.x + b * c1.x + c * c2.x + w * e.x, y: a * cur.y + b * c1.y + c * c2.y + w * e.y });
        }
        cur = e;
        break;
      }
      case 'Z':
      case 'z':
        cur = start;
        out.push(cur);
        cmd = '';
        break;
      default:
        return null;
    }
  }
  return out.some((p) => !Number.isFinite(p.x) || !Number.isFinite(p.y)) ? null : out;
}

/** `SAMPLES_PER_PATH` points evenly spaced along `d` by length, or null when `d` is not drawable here. */
export function samplePath(d: string): Point[] | null {
  const v = flatten(d);
  if (!v || v.length === 0) return null;
  const cum = [0];
  for (let k = 1; k < v.length; k++) cum.push(cum[k - 1]! + Math.hypot(v[k]!.x - v[k - 1]!.x, v[k]!.y - v[k - 1]!.y));
  const total = cum[cum.length - 1]!;
  const out: Point[] = [];
  let seg = 1;
  for (let s = 0; s < SAMPLES_PER_PATH; s++) {
    const at = (total * s) / (SAMPLES_PER_PATH - 1);
    while (seg < v.length - 1 && cum[seg]! < at) seg++;
    const [a, b] = [v[Math.max(0, seg - 1)]!, v[Math.min(seg, v.length - 1)]!];
    const len = cum[seg]! - cum[seg - 1]!;
    const k = len > 0 ? (at - cum[seg - 1]!) / len : 0;
    out.push({ x: a.x + (b.x - a.x) * k, y: a.y + (b.y - a.y) * k });
  }
  return out;
}

/** Samples by path text, kept while the same paths are drawn (a layout change brings new texts). */
export class PathSamples {
  private readonly byD = new Map<string, Point[] | null>();

  of(d: string): Point[] | null {
    let hit = this.byD.get(d);
    if (hit === undefined) {
      if (this.byD.size > 4096) this.byD.clear();
      hit = samplePath(d);
      this.byD.set(d, hit);
    }
    return hit;
  }
}
