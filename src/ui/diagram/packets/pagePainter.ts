// The packet painter on the page, for browsers that cannot hand a canvas to a worker (and jsdom):
// the same PacketAnimator and PacketLayer the worker runs (packetPainter.worker.ts), on the page's
// own frames. Loaded only there (packetPainter.ts), so the first screen's JavaScript does not carry
// the painting code the worker already has.
import { PacketLayer } from './packetLayer.ts';
import { PacketAnimator, type PaintReport } from './packetAnimator.ts';
import { wallNow } from './paintClock.ts';
import type { Painter } from './packetPainter.ts';

type Context2D = CanvasRenderingContext2D;

export function pagePainter(ctx: Context2D, onPainted: (p: PaintReport) => void): Painter {
  let live = true;
  const animator = new PacketAnimator(new PacketLayer(ctx), {
    wallNow,
    soon: (run) => setTimeout(() => live && run(), 0),
    nextFrame: (run) => requestAnimationFrame(() => live && run()),
    later: (run, ms) => setTimeout(() => live && run(), ms),
    painted: onPainted,
  });
  return {
    setFlights: (delta) => animator.setFlights(delta),
    setGeometry: (g) => animator.setGeometry(g),
    setScene: (scene) => animator.setScene(scene),
    dispose: () => {
      live = false;
    },
  };
}
