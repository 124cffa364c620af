// Where the packets are painted. Where the browser can hand a canvas to a worker
// (transferControlToOffscreen), a painter worker owns it and the page only posts what changed and
// the moment of each frame: rasterising 1,000 dots and uploading the canvas then costs the page's
// main thread nothing, which keeps the diagram smooth on a slow laptop (README, "Performance").
// Elsewhere (older browsers, jsdom) the same PacketLayer paints on the page.
import { PacketLayer, type PaintFrame, type Painted } from './packetLayer.ts';
import type { Geometry, PaintFlight } from './packetScene.ts';
import type { FromPainter, ToPainter } from './painterProtocol.ts';

export interface Painter {
  /** Drops the `drop` oldest flights and appends `add`. */
  setFlights(drop: number, add: readonly PaintFlight[]): void;
  setGeometry(g: Geometry): void;
  paint(frame: PaintFrame): void;
  dispose(): void;
}

/** A painter for `canvas`; `onPainted` hears of every frame painted (possibly later, from the worker). */
export function createPainter(canvas: HTMLCanvasElement, onPainted: (p: Painted) => void): Painter | null {
  if (typeof canvas.transferControlToOffscreen === 'function' && typeof Worker === 'function')
    return workerPainter(canvas, onPainted);
  const ctx = canvas.getContext('2d');
  if (!ctx) return null;
  const layer = new PacketLayer(ctx);
  return {
    setFlights: (drop, add) => layer.setFlights(drop, add),
    setGeometry: (g) => layer.setGeometry(g),
    paint: (frame) => onPainted(layer.paint(frame)),
    dispose: () => {},
  };
}

// A canvas hands its control over once (a second transferControlToOffscreen throws), and React's
// StrictMode mounts effects twice: the worker for a canvas outlives an unmount until the next task,
// so a remount of the same canvas takes it back.
const byCanvas = new WeakMap<HTMLCanvasElement, { worker: Worker; release: ReturnType<typeof setTimeout> | null }>();

function workerPainter(canvas: HTMLCanvasElement, onPainted: (p: Painted) => void): Painter {
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
    setFlights: (drop, add) => post({ type: 'flights', drop, add }),
    setGeometry: (geometry) => post({ type: 'geometry', geometry }),
    paint: (frame) => post({ type: 'frame', frame }),
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
