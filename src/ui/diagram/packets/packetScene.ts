// What the packet layer shows at one moment: plain data in, dots and failure marks out (painted by
// paintPackets.ts). The painter (packetPainter.worker.ts, or the page where a browser cannot hand a
// canvas to a worker) and the diagram export both read packetPositions, so an exported picture
// holds the packets the reader sees.
import { flightAt, flightEnd, stepped, LEG_SECONDS, FAIL_HOLD_SECONDS } from '../../traffic/flight.ts';
import type { Leg, PacketPath } from '../../traffic/hopsToPath.ts';
import type { FailureMark } from '../failureLabels.ts';
import { pointAlong, type Point } from '../pathRegistry.ts';
import type { PathSamples } from './pathSamples.ts';

/** A packet's dot, in flow units (the export draws it the same size: export/collectScene.ts). */
export const PACKET_RADIUS = 7;

export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** A request's flight as the painter needs it; `stopText` is its failure in the page's language. */
export interface PaintFlight {
  start: number;
  color: string;
  path: PacketPath;
  stopText?: string;
}

/** Where the boxes are and the edges run, in flow units: each edge's SVG path as React Flow drew it. */
export interface Geometry {
  boxes: ReadonlyMap<string, Box>;
  paths: ReadonlyMap<string, string>;
}

export const NO_GEOMETRY: Geometry = { boxes: new Map(), paths: new Map() };

/** Synthetic packets looping over every sampled edge (the frame-rate test's load), at phase `t`. */
export interface Stress {
  count: number;
  t: number;
}

export interface Positions {
  byColor: Map<string, Point[]>;
  marks: FailureMark[];
  drawn: number;
  /** The start of the first flight after this moment (the next packet to appear); null: none. */
  next: number | null;
}

/** The canvas and viewport of one frame: CSS pixels, device pixel ratio, React Flow's [x, y, zoom]. */
export interface FrameView {
  width: number;
  height: number;
  dpr: number;
  transform: readonly [number, number, number];
}

const maxFlight = (legs: number): number => legs * LEG_SECONDS + FAIL_HOLD_SECONDS;

function legPoint(g: Geometry, samples: PathSamples, leg: Leg, t: number): Point | null {
  const d = leg.edgeId === undefined ? undefined : g.paths.get(leg.edgeId);
  const pts = d === undefined ? null : samples.of(d);
  if (pts) return pointAlong(pts, leg.reverse ? 1 - t : t);
  const a = g.boxes.get(leg.from);
  const b = g.boxes.get(leg.to);
  if (!a || !b) return null;
  const [pa, pb] = anchors(a, b);
  return { x: pa.x + (pb.x - pa.x) * t, y: pa.y + (pb.y - pa.y) * t };
}

/**
 * Every packet in the air at `now`: dots by colour and a mark where a failed one stopped.
 * `flights` are in start order, so only the window that can still be airborne is visited.
 */
export function packetPositions(
  flights: readonly PaintFlight[],
  g: Geometry,
  now: number,
  reduced: boolean,
  samples: PathSamples,
  stress?: Stress,
): Positions {
  const byColor = new Map<string, Point[]>();
  const marks: FailureMark[] = [];
  const add = (color: string, p: Point): void => {
    const arr = byColor.get(color);
    if (arr) arr.push(p);
    else byColor.set(color, [p]);
  };
  const earliest = now - maxFlight(8);
  let lo = 0;
  let hi = flights.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((flights[mid]?.start ?? 0) < earliest) lo = mid + 1;
    else hi = mid;
  }
  let drawn = 0;
  let next: number | null = null;
  for (let i = lo; i < flights.length; i++) {
    const f = flights[i]!;
    if (f.start > now) {
      next = f.start;
      break;
    }
    if (flightEnd(f.path, f.start) < now) continue;
    let st = flightAt(f.path, f.start, now);
    if (reduced) st = stepped(st);
    if (st.phase === 'gone') continue;
    const p =
      st.phase === 'flying' ? legPoint(g, samples, f.path.legs[st.leg]!, st.t) : boxCenterRight(g.boxes.get(st.at));
    if (!p) continue;
    add(f.color, p);
    drawn++;
    if (st.phase === 'stopped' && f.path.stop) marks.push({ p, reason: f.stopText ?? f.path.stop.reason });
  }
  if (stress && stress.count > 0) {
    const ids = [...g.paths.keys()];
    for (let i = 0; ids.length > 0 && i < stress.count; i++) {
      const p = legPoint(
        g,
        samples,
        { from: '', to: '', edgeId: ids[i % ids.length]!, hop: 0 },
        (stress.t + i / stress.count) % 1,
      );
      if (!p) continue;
      add(STRESS_COLORS[i % STRESS_COLORS.length]!, p);
      drawn++;
    }
  }
  return { byColor, marks, drawn, next };
}

function anchors(a: Box, b: Box): [Point, Point] {
  if (b.x > a.x + a.w)
    return [
      { x: a.x + a.w, y: a.y + a.h / 2 },
      { x: b.x, y: b.y + b.h / 2 },
    ];
  if (b.x + b.w < a.x)
    return [
      { x: a.x, y: a.y + a.h / 2 },
      { x: b.x + b.w, y: b.y + b.h / 2 },
    ];
  return [
    { x: a.x + a.w / 2, y: a.y + a.h / 2 },
    { x: b.x + b.w / 2, y: b.y + b.h / 2 },
  ];
}

function boxCenterRight(b: Box | undefined): Point | null {
  return b ? { x: b.x + b.w - 14, y: b.y + 14 } : null;
}

const STRESS_COLORS = ['#E69F00', '#56B4E9', '#009E73', '#CC79A7'];
