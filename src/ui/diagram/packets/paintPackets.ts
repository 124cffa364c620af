// How the packets of one moment (packetScene.ts) are painted on a canvas: each dot its colour's
// sprite (dotSprites.ts), then the failure labels in screen pixels. Only the painter needs it: the
// worker, or the page where a browser cannot hand a canvas to a worker (pagePainter.ts).
import { LABEL_LINE_HEIGHT, placeFailureLabels, type PlacedLabel, type WrapCache } from '../failureLabels.ts';
import { DotSprites, type SpriteCanvas } from './dotSprites.ts';
import { PACKET_RADIUS, type FrameView, type Positions } from './packetScene.ts';

/** The sprites of the packets' dots (a dot, outlined), drawn on canvases `make` gives. */
export const packetDots = (make: (size: number) => SpriteCanvas): DotSprites =>
  new DotSprites({ radius: PACKET_RADIUS, outline: 1.5, outlineColor: 'rgba(0,0,0,0.55)' }, make);

/** The 2D context calls painting uses (a page canvas's and an OffscreenCanvas's have them). */
type Context2D = CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D;

/**
 * Paints one frame onto a canvas already sized `view.width × view.dpr` by `view.height × view.dpr`:
 * the dots in flow units under the viewport's transform, then the failure labels in screen pixels,
 * kept inside the canvas (wrapped, never cut at its edge).
 */
export function paintPackets(
  ctx: Context2D,
  pos: Positions,
  view: FrameView,
  wraps: WrapCache,
  dots: DotSprites,
): void {
  const { dpr, width, height } = view;
  const [tx, ty, zoom] = view.transform;
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  ctx.clearRect(0, 0, ctx.canvas.width, ctx.canvas.height);
  // Each dot is its colour's sprite copied to its place, in device pixels (dotSprites.ts).
  const scale = dpr * zoom;
  const half = dots.size(scale) / 2;
  for (const [color, pts] of pos.byColor) {
    const sprite = dots.sprite(color, scale);
    if (!sprite) continue;
    for (const p of pts)
      ctx.drawImage(sprite, Math.round(dpr * tx + p.x * scale - half), Math.round(dpr * ty + p.y * scale - half));
  }
  if (pos.marks.length === 0) return;
  ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
  ctx.font = LABEL_FONT;
  const screen = pos.marks.map((m) => ({ p: { x: tx + m.p.x * zoom, y: ty + m.p.y * zoom }, reason: m.reason }));
  for (const l of placeFailureLabels(screen, (s) => ctx.measureText(s).width, width, height, wraps))
    drawFailure(ctx, l);
}

const LABEL_FONT = '600 11px system-ui, sans-serif';

/** A red cross where the packet stopped and its placed label (failureLabels.ts), in screen pixels. */
function drawFailure(ctx: Context2D, l: PlacedLabel): void {
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
