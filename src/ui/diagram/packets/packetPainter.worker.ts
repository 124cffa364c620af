// The packet painter worker: owns the packet canvas (an OffscreenCanvas the page transferred) and
// runs its frames itself (packetAnimator.ts), so the page's main thread neither rasterises and
// uploads the canvas nor posts anything per frame (docs/toolchain.md §2). The first frame after a
// message is painted after the messages already queued (a burst paints once); the next ones at the
// worker's animation frames while the clock moves.
import { PacketLayer } from './packetLayer.ts';
import { PacketAnimator, type PaintReport } from './packetAnimator.ts';
import { wallNow } from './paintClock.ts';
import type { FromPainter, ToPainter } from './painterProtocol.ts';

interface PainterScope {
  onmessage: ((e: MessageEvent<ToPainter>) => void) | null;
  postMessage(m: FromPainter): void;
  requestAnimationFrame?: (run: () => void) => number;
}
const scope = self as unknown as PainterScope;

/**
 * How often the page hears what was painted (its probe and data-flying): at most every REPORT_MS,
 * at once when packets appear or go, and the last frame's count always arrives (a trailing report).
 */
const REPORT_MS = 100;
let reported: PaintReport | null = null;
let reportedAt = 0;
let latest: PaintReport | null = null;
let trailing: ReturnType<typeof setTimeout> | null = null;
const send = (): void => {
  trailing = null;
  if (!latest || latest === reported) return;
  reported = latest;
  reportedAt = performance.now();
  scope.postMessage({ type: 'painted', ...latest });
};
const report = (p: PaintReport): void => {
  latest = p;
  const wait = REPORT_MS - (performance.now() - reportedAt);
  if (!reported || reported.drawn > 0 !== p.drawn > 0 || wait <= 0) {
    if (trailing) clearTimeout(trailing);
    send();
  } else trailing ??= setTimeout(send, wait);
};

let animator: PacketAnimator | null = null;

scope.onmessage = (e) => {
  const m = e.data;
  switch (m.type) {
    case 'canvas': {
      const ctx = m.canvas.getContext('2d');
      if (ctx)
        animator = new PacketAnimator(new PacketLayer(ctx), {
          wallNow,
          soon: (run) => setTimeout(run, 0),
          nextFrame: (run) => (scope.requestAnimationFrame ? scope.requestAnimationFrame(run) : setTimeout(run, 16)),
          later: (run, ms) => setTimeout(run, ms),
          painted: report,
        });
      break;
    }
    case 'flights':
      animator?.setFlights(m.delta);
      break;
    case 'geometry':
      animator?.setGeometry(m.geometry);
      break;
    case 'scene':
      animator?.setScene(m.scene);
      break;
  }
};
