// The packet painter worker: owns the packet canvas (an OffscreenCanvas the page transferred) and
// paints every frame the page asks for, so the page's main thread spends no time rasterising and
// uploading the canvas (docs/toolchain.md §2). Frames that queue up while one paints are coalesced:
// only the newest is painted.
import { PacketLayer } from './packetLayer.ts';
import type { PaintFrame } from './packetLayer.ts';
import type { FromPainter, ToPainter } from './painterProtocol.ts';

interface PainterScope {
  onmessage: ((e: MessageEvent<ToPainter>) => void) | null;
  postMessage(m: FromPainter): void;
}
const scope = self as unknown as PainterScope;

let layer: PacketLayer | null = null;
let next: PaintFrame | null = null;
let scheduled = false;

const paintNewest = (): void => {
  scheduled = false;
  if (!layer || !next) return;
  const frame = next;
  next = null;
  scope.postMessage({ type: 'painted', ...layer.paint(frame) });
};

scope.onmessage = (e) => {
  const m = e.data;
  switch (m.type) {
    case 'canvas': {
      const ctx = m.canvas.getContext('2d');
      if (ctx) layer = new PacketLayer(ctx);
      break;
    }
    case 'flights':
      layer?.setFlights(m.drop, m.add);
      break;
    case 'geometry':
      layer?.setGeometry(m.geometry);
      break;
    case 'frame':
      next = m.frame;
      if (!scheduled) {
        scheduled = true;
        // After the messages already queued: a burst of frames paints once, with the newest.
        setTimeout(paintNewest, 0);
      }
      break;
  }
};
