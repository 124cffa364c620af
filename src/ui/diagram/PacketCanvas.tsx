// One canvas overlay for every packet (docs/toolchain.md §2: the measured fastest way), painted by
// the packet painter (packets/packetPainter.ts: a worker that owns the canvas where the browser
// allows). This component feeds it: the flights that changed, the diagram's geometry when it
// changes (box positions, edge paths sampled from the SVG React Flow drew), and per frame the
// simulated moment and the viewport, read from React Flow's store, so panning and zooming never
// re-render React. Frames are asked for only when simulated time or the viewport changes (nothing
// runs while paused and idle).
import { useEffect, useRef } from 'react';
import { useStoreApi } from '@xyflow/react';
import { useStore } from '../store.ts';
import type { Flight } from '../traffic/useFlights.ts';
import { saidText } from '../../text/said.ts';
import { recordPackets } from './export/drawnPackets.ts';
import { pathsVersion, publishedPaths } from './pathRegistry.ts';
import { PathSamples } from './packets/pathSamples.ts';
import { createPainter, type Painter } from './packets/packetPainter.ts';
import { NO_GEOMETRY, type Painted } from './packets/packetLayer.ts';
import { diagramShown } from './diagramShown.ts';
import { packetPositions, type Box, type Geometry } from './packets/packetScene.ts';
import { flightFeed } from './packets/flightFeed.ts';

/**
 * Test hook for the e2e tests and the benchmark: packets in the last painted frame, frames painted,
 * the frame-rate measurement's synthetic looping packets over the drawn edges, and the boxes and
 * edges each request's packet flies along.
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

const storeTime = (): number => useStore.getState().time;

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
    if (!canvas) return;
    const reduced = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
    let frame = 0;
    let stressCount = 0;
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
    const onPainted = (p: Painted): void => {
      probe.drawn = p.drawn;
      probe.frames = p.frames;
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
    void diagramShown.then(make);
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
      if (delta) painter.setFlights(delta.drop, delta.add);
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
    recordPackets(canvas, () => packetPositions(feed.held(), geometry, clock(), reduced, exportSamples).byColor);

    const tick = (): void => {
      frame = 0;
      const painter = flightsRef.current.length > 0 || stressCount > 0 ? make() : made;
      if (!painter) return;
      sendFlights(painter);
      sendGeometry(painter);
      const { width, height, transform } = rf.getState();
      painter.paint({
        view: { width, height, dpr: window.devicePixelRatio || 1, transform },
        now: clock(),
        reduced,
        ...(stressCount > 0 ? { stress: { count: stressCount, t: performance.now() / 2000 } } : {}),
      });
      if (stressCount > 0 || useStore.getState().playing) schedule();
    };
    const schedule = (): void => {
      if (!frame) frame = requestAnimationFrame(tick);
    };
    kick.current = schedule;
    const unsubA = useStore.subscribe((s, prev) => {
      if (s.time !== prev.time || s.playing !== prev.playing || s.language !== prev.language) schedule();
    });
    const unsubB = rf.subscribe((s, prev) => {
      if (s.transform !== prev.transform || s.width !== prev.width || s.nodeLookup !== prev.nodeLookup) schedule();
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
  }, [rf, clock, answersProbe]);

  return <canvas ref={canvasRef} className="k-packets" aria-hidden="true" />;
}
