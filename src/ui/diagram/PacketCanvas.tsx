// One canvas overlay for every packet (docs/toolchain.md §2: the measured fastest way), painted by
// the packet painter (packets/packetPainter.ts: a worker that owns the canvas where the browser
// allows). This component feeds it what changed: the flights, the diagram's geometry (box
// positions, edge paths sampled from the SVG React Flow drew), the viewport read from React Flow's
// store (panning and zooming never re-render React), and the clock: the painter runs its own frames
// and reads each one's moment off the clock (packets/paintClock.ts), so the page posts nothing per
// frame while the time keeps to it.
import { useEffect, useMemo, useRef } from 'react';
import { useStoreApi } from '@xyflow/react';
import { useStore } from '../store.ts';
import type { Flight } from '../traffic/useFlights.ts';
import { saidText } from '../../text/said.ts';
import { recordPackets } from './export/drawnPackets.ts';
import { pathsVersion, publishedPaths } from './pathRegistry.ts';
import { PathSamples } from './packets/pathSamples.ts';
import { createPainter, type Painter } from './packets/packetPainter.ts';
import type { PaintReport } from './packets/packetAnimator.ts';
import { diagramShown } from './diagramShown.ts';
import { markPacketsShown } from './packetsShown.ts';
import { NO_GEOMETRY, packetPositions, type Box, type FrameView, type Geometry } from './packets/packetScene.ts';
import { clockAt, clockHolds, wallNow, type PaintClock } from './packets/paintClock.ts';
import { flightFeed } from './packets/flightFeed.ts';

/**
 * Test hook for the e2e tests and the benchmark: packets in the last painted frame, frames painted,
 * the frame-rate measurement's synthetic looping packets over the drawn edges, and the boxes and
 * edges each request's packet flies along.
 */
interface DiagramProbe {
  drawn: number;
  frames: number;
  /** The painter's wall clock (performance.timeOrigin + now) at its first frame with a packet; null before. */
  firstDrawnAt: number | null;
  stress: (n: number) => void;
  routes: () => { client: string; start: string; boxes: string[]; edges: (string | null)[] }[];
}
declare global {
  interface Window {
    __kspDiagram?: DiagramProbe;
  }
}

/** The painter's clock is sent again when the page's time is more than this many frames off its line. */
const DRIFT_FRAMES = 2;
const FRAME_SECONDS = 1 / 60;
const NOT_LOOPED = {};

/**
 * `loop`: draw the playground's clock looped over this many simulated seconds (compare's sides
 * replay the seconds they computed). `probe`: whether this canvas answers the e2e probe (the main
 * diagram's only).
 */
export function PacketCanvas({
  flights,
  loop,
  probe: answersProbe = true,
}: {
  flights: readonly Flight[];
  loop?: number;
  probe?: boolean;
}) {
  const looped = useMemo(() => (loop ? { loop } : NOT_LOOPED), [loop]);
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
    if (!canvas) return;
    const reduced = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
    let frame = 0;
    let stressCount = 0;
    const probe: DiagramProbe = {
      drawn: 0,
      frames: 0,
      firstDrawnAt: null,
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
    const onPainted = (p: PaintReport): void => {
      probe.drawn = p.drawn;
      probe.frames = p.frames;
      probe.firstDrawnAt = p.firstDrawnAt;
      if (answersProbe && p.drawn > 0) markPacketsShown();
      // Whether packets are in the air, for tests of a diagram without the probe (compare's sides):
      // the canvas belongs to the painter, so its pixels cannot be read back. Written on change only.
      const flying = p.drawn > 0 ? 'yes' : 'no';
      if (canvas.dataset.flying !== flying) canvas.dataset.flying = flying;
    };
    // Made once the first diagram is on screen (diagramShown.ts), when the first traffic request is
    // sent: its worker is not needed for the first diagram, so its script is not fetched with it, and
    // it has started by the time the first packets arrive. At the first packet if that comes sooner.
    let made: Painter | null | undefined;
    let live = true;
    const make = (): Painter | null => {
      if (made === undefined && live) made = createPainter(canvas, onPainted);
      return made ?? null;
    };
    void diagramShown.then(() => {
      make();
      schedule();
    });
    if (answersProbe) window.__kspDiagram = probe;

    // What the painter holds: these flights (as sent), on this geometry.
    const feed = flightFeed((f, language: Parameters<typeof saidText>[0]) => {
      const why = f.path.stop?.why;
      return why ? saidText(language, why) : undefined;
    });
    let geometry: Geometry = NO_GEOMETRY;
    let seenPaths = -1;
    let seenLookup: unknown = null;

    const sendFlights = (painter: Painter): void => {
      const delta = feed.next(flightsRef.current, useStore.getState().language);
      if (delta) painter.setFlights(delta);
    };
    // The boxes and every wire's path text; the painter samples the paths (packets/pathSamples.ts).
    const sendGeometry = (painter: Painter): void => {
      const { nodeLookup } = rf.getState();
      if (seenPaths === pathsVersion() && seenLookup === nodeLookup) return;
      const boxes = new Map<string, Box>();
      for (const [id, n] of nodeLookup) {
        const p = n.internals.positionAbsolute;
        boxes.set(id, { x: p.x, y: p.y, w: n.measured.width ?? n.width ?? 0, h: n.measured.height ?? n.height ?? 0 });
      }
      geometry = { boxes, paths: new Map(publishedPaths()) };
      painter.setGeometry(geometry);
      seenPaths = pathsVersion();
      seenLookup = nodeLookup;
    };
    // The export draws the packets of the moment on screen, computed here from what the painter holds.
    const exportSamples = new PathSamples();
    const moment = (): number => clockAt({ time: useStore.getState().time, at: 0, rate: 0, ...looped }, 0);
    recordPackets(canvas, () => packetPositions(feed.held(), geometry, moment(), reduced, exportSamples).byColor);

    // The scene the painter holds: it runs its own frames and reads each frame's moment off the
    // clock (packets/paintClock.ts), so the page posts only when something changed.
    let sentTo: Painter | null = null;
    let sentClock: PaintClock | null = null;
    let sentView: FrameView | null = null;
    let sentStress = 0;
    const sync = (): void => {
      if (!live) return;
      const painter = flightsRef.current.length > 0 || stressCount > 0 ? make() : made;
      if (!painter) return;
      sendFlights(painter);
      sendGeometry(painter);
      const s = useStore.getState();
      const { width, height, transform } = rf.getState();
      const rate = s.playing ? s.speed : 0;
      const wall = wallNow();
      const clockKept = clockHolds(sentClock, s.time, rate, wall, DRIFT_FRAMES * FRAME_SECONDS * Math.max(1, rate));
      const viewKept =
        sentView !== null && sentView.width === width && sentView.height === height && sentView.transform === transform;
      if (sentTo === painter && clockKept && viewKept && sentStress === stressCount) return;
      if (!clockKept) sentClock = { time: s.time, at: wall, rate, ...looped };
      if (!viewKept) sentView = { width, height, dpr: window.devicePixelRatio || 1, transform };
      sentTo = painter;
      sentStress = stressCount;
      painter.setScene({ view: sentView!, clock: sentClock!, reduced, stress: stressCount });
    };
    const schedule = (): void => {
      if (!frame)
        frame = requestAnimationFrame(() => {
          frame = 0;
          sync();
        });
    };
    kick.current = schedule;
    const unsubA = useStore.subscribe((s, prev) => {
      // Each frame of play moves the time: checked at once (no post while the clock holds).
      if (s.time !== prev.time) sync();
      if (s.playing !== prev.playing || s.speed !== prev.speed || s.language !== prev.language) schedule();
    });
    const unsubB = rf.subscribe((s, prev) => {
      if (
        s.transform !== prev.transform ||
        s.width !== prev.width ||
        s.height !== prev.height ||
        s.nodeLookup !== prev.nodeLookup
      )
        schedule();
    });
    schedule();
    return () => {
      unsubA();
      unsubB();
      if (frame) cancelAnimationFrame(frame);
      kick.current = () => {};
      live = false;
      made?.dispose();
      if (window.__kspDiagram === probe) delete window.__kspDiagram;
    };
  }, [rf, looped, answersProbe]);

  return <canvas ref={canvasRef} className="k-packets" aria-hidden="true" />;
}
