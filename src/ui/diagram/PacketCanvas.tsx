// One canvas overlay for every packet (docs/toolchain.md §2: the measured fastest way).
// Paths come from the edge path registry; the viewport comes from React Flow's store each frame,
// so panning and zooming never re-render React. Frames are drawn only when simulated time or the
// viewport changes (nothing runs while paused and idle).
import { useEffect, useRef } from 'react';
import { useStoreApi } from '@xyflow/react';
import { useStore } from '../store.ts';
import type { Flight } from '../traffic/useFlights.ts';
import { flightAt, flightEnd, stepped, LEG_SECONDS, FAIL_HOLD_SECONDS } from '../traffic/flight.ts';
import type { Leg } from '../traffic/hopsToPath.ts';
import {
  LABEL_LINE_HEIGHT,
  placeFailureLabels,
  type FailureMark,
  type PlacedLabel,
  type WrapCache,
} from './failureLabels.ts';
import { saidText } from '../../text/said.ts';
import { recordPackets } from './export/drawnPackets.ts';
import { pointAlong, sampledPath, SAMPLES_PER_PATH, type Point } from './pathRegistry.ts';

interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

let sampler: SVGPathElement | null = null;
function samplePath(d: string): Point[] {
  sampler ??= document.createElementNS('http://www.w3.org/2000/svg', 'path');
  sampler.setAttribute('d', d);
  const len = sampler.getTotalLength();
  const out: Point[] = [];
  for (let i = 0; i < SAMPLES_PER_PATH; i++) {
    const p = sampler.getPointAtLength((len * i) / (SAMPLES_PER_PATH - 1));
    out.push({ x: p.x, y: p.y });
  }
  return out;
}

/**
 * Test hook for the e2e tests: the frame-rate measurement's synthetic looping packets over the
 * drawn edges, and the boxes and edges each request's packet flies along.
 */
interface DiagramProbe {
  drawn: number;
  frames: number;
  stress: (n: number) => void;
  routes: () => { client: string; start: string; boxes: string[]; edges: (string | null)[] }[];
}
declare global {
  interface Window {
    __kspDiagram?: DiagramProbe;
  }
}

const maxFlight = (legs: number): number => legs * LEG_SECONDS + FAIL_HOLD_SECONDS;

const storeTime = (): number => useStore.getState().time;

/** A packet's dot, in flow units (the export draws it the same size: export/collectScene.ts). */
export const PACKET_RADIUS = 7;

/**
 * `clock`: the moment to draw (default: the playground's clock; compare's sides loop it over the
 * seconds they computed). `probe`: whether this canvas answers the e2e probe (the main diagram's only).
 */
export function PacketCanvas({
  flights,
  clock = storeTime,
  probe: answersProbe = true,
}: {
  flights: readonly Flight[];
  clock?: () => number;
  probe?: boolean;
}) {
  const rf = useStoreApi();
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const flightsRef = useRef(flights);
  const kick = useRef<() => void>(() => {});

  useEffect(() => {
    flightsRef.current = flights;
    kick.current();
  }, [flights]);

  useEffect(() => {
    const canvas = canvasRef.current;
    const ctx = canvas?.getContext('2d');
    if (!canvas || !ctx) return;
    const reduced = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
    let frame = 0;
    let wasEmpty = false;
    let stressCount = 0;
    const wraps: WrapCache = new Map();
    const probe: DiagramProbe = {
      drawn: 0,
      frames: 0,
      stress: (n) => {
        stressCount = Math.max(0, n);
        schedule();
      },
      routes: () =>
        flightsRef.current.map((f) => ({
          client: f.result.clientId ?? '',
          start: f.path.start,
          boxes: f.path.legs.map((l) => l.to),
          edges: f.path.legs.map((l) => l.edgeId ?? null),
        })),
    };
    if (answersProbe) window.__kspDiagram = probe;

    const boxOf = (id: string): Box | null => {
      const n = rf.getState().nodeLookup.get(id);
      if (!n) return null;
      const p = n.internals.positionAbsolute;
      return { x: p.x, y: p.y, w: n.measured.width ?? n.width ?? 0, h: n.measured.height ?? n.height ?? 0 };
    };
    const legPoint = (leg: Leg, t: number): Point | null => {
      if (leg.edgeId) {
        const pts = sampledPath(leg.edgeId, samplePath);
        if (pts) return pointAlong(pts, leg.reverse ? 1 - t : t);
      }
      const a = boxOf(leg.from);
      const b = boxOf(leg.to);
      if (!a || !b) return null;
      const [pa, pb] = anchors(a, b);
      return { x: pa.x + (pb.x - pa.x) * t, y: pa.y + (pb.y - pa.y) * t };
    };

    const draw = (): void => {
      frame = 0;
      const { width, height, transform } = rf.getState();
      const dpr = window.devicePixelRatio || 1;
      if (canvas.width !== Math.round(width * dpr) || canvas.height !== Math.round(height * dpr)) {
        canvas.width = Math.round(width * dpr);
        canvas.height = Math.round(height * dpr);
        wasEmpty = false;
      }
      const now = clock();
      const list = flightsRef.current;
      const byColor = new Map<string, Point[]>();
      const marks: FailureMark[] = [];
      // Flights are in start order: only the window that can still be airborne is visited.
      const earliest = now - maxFlight(8);
      let lo = 0;
      let hi = list.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if ((list[mid]?.start ?? 0) < earliest) lo = mid + 1;
        else hi = mid;
      }
      for (let i = lo; i < list.length; i++) {
        const f = list[i]!;
        if (f.start > now) break;
        if (flightEnd(f.path, f.start) < now) continue;
        let st = flightAt(f.path, f.start, now);
        if (reduced) st = stepped(st);
        if (st.phase === 'gone') continue;
        const p = st.phase === 'flying' ? legPoint(f.path.legs[st.leg]!, st.t) : boxCenterRight(boxOf(st.at));
        if (!p) continue;
        const arr = byColor.get(f.color) ?? [];
        arr.push(p);
        byColor.set(f.color, arr);
        if (st.phase === 'stopped' && f.path.stop) {
          const stop = f.path.stop;
          const lang = useStore.getState().language;
          marks.push({ p, reason: stop.why ? saidText(lang, stop.why) : stop.reason });
        }
      }
      if (stressCount > 0)
        addStress(
          byColor,
          stressCount,
          rf.getState().edges.map((e) => e.id),
          legPoint,
        );
      const drawn = [...byColor.values()].reduce((n, a) => n + a.length, 0);
      probe.drawn = drawn;
      probe.frames++;
      recordPackets(canvas, byColor);
      if (drawn === 0 && marks.length === 0 && wasEmpty) return;
      ctx.setTransform(1, 0, 0, 1, 0, 0);
      ctx.clearRect(0, 0, canvas.width, canvas.height);
      wasEmpty = drawn === 0;
      const [tx, ty, zoom] = transform;
      ctx.setTransform(dpr * zoom, 0, 0, dpr * zoom, dpr * tx, dpr * ty);
      ctx.lineWidth = 1.5;
      ctx.strokeStyle = 'rgba(0,0,0,0.55)';
      for (const [color, pts] of byColor) {
        ctx.beginPath();
        for (const p of pts) {
          ctx.moveTo(p.x + PACKET_RADIUS, p.y);
          ctx.arc(p.x, p.y, PACKET_RADIUS, 0, Math.PI * 2);
        }
        ctx.fillStyle = color;
        ctx.fill();
        ctx.stroke();
      }
      // Failure labels in screen pixels, kept inside the canvas (wrapped, never cut at its edge).
      ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
      ctx.font = LABEL_FONT;
      const screen = marks.map((m) => ({ p: { x: tx + m.p.x * zoom, y: ty + m.p.y * zoom }, reason: m.reason }));
      for (const l of placeFailureLabels(screen, (s) => ctx.measureText(s).width, width, height, wraps))
        drawFailure(ctx, l);
      if (stressCount > 0 || useStore.getState().playing) schedule();
    };
    const schedule = (): void => {
      if (!frame) frame = requestAnimationFrame(draw);
    };
    kick.current = schedule;
    const unsubA = useStore.subscribe((s, prev) => {
      if (s.time !== prev.time || s.playing !== prev.playing) schedule();
    });
    const unsubB = rf.subscribe((s, prev) => {
      if (s.transform !== prev.transform || s.width !== prev.width || s.nodeLookup !== prev.nodeLookup) {
        wasEmpty = false;
        schedule();
      }
    });
    schedule();
    return () => {
      unsubA();
      unsubB();
      if (frame) cancelAnimationFrame(frame);
      kick.current = () => {};
      if (window.__kspDiagram === probe) delete window.__kspDiagram;
    };
  }, [rf, clock, answersProbe]);

  return <canvas ref={canvasRef} className="k-packets" aria-hidden="true" />;
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

function boxCenterRight(b: Box | null): Point | null {
  return b ? { x: b.x + b.w - 14, y: b.y + 14 } : null;
}

const LABEL_FONT = '600 11px system-ui, sans-serif';

/** A red cross where the packet stopped and its placed label (failureLabels.ts), in screen pixels. */
function drawFailure(ctx: CanvasRenderingContext2D, l: PlacedLabel): void {
  const p = l.cross;
  ctx.save();
  ctx.strokeStyle = '#ff4d4f';
  ctx.lineWidth = 3;
  ctx.beginPath();
  ctx.moveTo(p.x - 7, p.y - 7);
  ctx.lineTo(p.x + 7, p.y + 7);
  ctx.moveTo(p.x + 7, p.y - 7);
  ctx.lineTo(p.x - 7, p.y + 7);
  ctx.stroke();
  ctx.fillStyle = 'rgba(40, 8, 10, 0.92)';
  ctx.fillRect(l.x, l.y, l.w, l.h);
  ctx.fillStyle = '#ffd6d6';
  l.lines.forEach((line, i) => ctx.fillText(line, l.x + 5, l.y + 13 + i * LABEL_LINE_HEIGHT));
  ctx.restore();
}

const STRESS_COLORS = ['#E69F00', '#56B4E9', '#009E73', '#CC79A7'];
function addStress(
  byColor: Map<string, Point[]>,
  n: number,
  edgeIds: string[],
  legPoint: (l: Leg, t: number) => Point | null,
): void {
  if (edgeIds.length === 0) return;
  const t0 = performance.now() / 2000;
  for (let i = 0; i < n; i++) {
    const id = edgeIds[i % edgeIds.length]!;
    const p = legPoint({ from: '', to: '', edgeId: id, hop: 0 }, (t0 + i / n) % 1);
    if (!p) continue;
    const c = STRESS_COLORS[i % STRESS_COLORS.length]!;
    const arr = byColor.get(c) ?? [];
    arr.push(p);
    byColor.set(c, arr);
  }
}
