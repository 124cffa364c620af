// Where the packets are painted. Where the browser can hand a canvas to a worker
// (transferControlToOffscreen), a painter worker owns it and runs its own frames; the page only
// posts what changed (flights, geometry, viewport, clock): rasterising 1,000 dots, uploading the
// canvas and even asking for each frame then cost the page's main thread nothing, which keeps the
// diagram smooth on a slow laptop (README, "Benchmarks"). Elsewhere (older browsers, jsdom) the
// same PacketAnimator runs on the page (pagePainter.ts, loaded only then).
import type { PaintReport, PaintScene } from './packetAnimator.ts';
import type { Geometry, PaintFlight } from './packetScene.ts';
import type { FromPainter, ToPainter } from './painterProtocol.ts';
import type { FlightDelta } from './flightDelta.ts';

export interface Painter {
  /** Drops what the page no longer shows and appends the new flights (flightDelta.ts). */
  setFlights(delta: FlightDelta<PaintFlight>): void;
  setGeometry(g: Geometry): void;
  setScene(scene: PaintScene): void;
  dispose(): void;
}

/** A painter for `canvas`; `onPainted` hears what was painted (from the worker: at most every 100 ms, and the last frame always). */
export function createPainter(canvas: HTMLCanvasElement, onPainted: (p: PaintReport) => void): Painter | null {
  if (typeof canvas.transferControlToOffscreen === 'function' && typeof Worker === 'function')
    return workerPainter(canvas, onPainted);
  const ctx = canvas.getContext('2d');
  if (!ctx) return null;
  return loadedPainter(import('./pagePainter.ts').then((m) => m.pagePainter(ctx, onPainted)));
}

/** A painter that keeps the calls made before `loading` gives it the real one, and makes them then, in order. */
function loadedPainter(loading: Promise<Painter>): Painter {
  let painter: Painter | null = null;
  let gone = false;
  const queued: ((p: Painter) => void)[] = [];
  void loading.then((p) => {
    if (gone) return p.dispose();
    painter = p;
    for (const call of queued.splice(0)) call(p);
  });
  const call = (f: (p: Painter) => void): void => {
    if (painter) f(painter);
    else queued.push(f);
  };
  return {
    setFlights: (delta) => call((p) => p.setFlights(delta)),
    setGeometry: (g) => call((p) => p.setGeometry(g)),
    setScene: (scene) => call((p) => p.setScene(scene)),
    dispose: () => {
      gone = true;
      painter?.dispose();
    },
  };
}

// A canvas hands its control over once (a second transferControlToOffscreen throws), and React's
// StrictMode mounts effects twice: the worker for a canvas outlives an unmount until the next task,
// so a remount of the same canvas takes it back.
const byCanvas = new WeakMap<HTMLCanvasElement, { worker: Worker; release: ReturnType<typeof setTimeout> | null }>();

function workerPainter(canvas: HTMLCanvasElement, onPainted: (p: PaintReport) => void): Painter {
  let held = byCanvas.get(canvas);
  if (held?.release) clearTimeout(held.release);
  if (!held) {
    const worker = new Worker(new URL('./packetPainter.worker.ts', import.meta.url), {
      type: 'module',
      name: 'packets',
    });
    const offscreen = canvas.transferControlToOffscreen();
    worker.postMessage({ type: 'canvas', canvas: offscreen } satisfies ToPainter, [offscreen]);
    held = { worker, release: null };
    byCanvas.set(canvas, held);
  }
  const { worker } = held;
  const post = (m: ToPainter): void => worker.postMessage(m);
  worker.onmessage = (e: MessageEvent<FromPainter>) => onPainted(e.data);
  return {
    setFlights: (delta) => post({ type: 'flights', delta }),
    setGeometry: (geometry) => post({ type: 'geometry', geometry }),
    setScene: (scene) => post({ type: 'scene', scene }),
    dispose: () => {
      worker.onmessage = null;
      const h = byCanvas.get(canvas);
      if (h)
        h.release = setTimeout(() => {
          h.worker.terminate();
          byCanvas.delete(canvas);
        }, 0);
    },
  };
}
