// How the packets of one moment (packetScene.ts) are painted on a canvas: each dot its colour's
// sprite (dotSprites.ts), then the failure labels in screen pixels. Only the painter needs it: the
// worker, or the page where a browser cannot hand a canvas to a worker (pagePainter.ts).
import {
  LABEL_LINE_HEIGHT,
  placeFailureLabels,
  type PlacedLabel,
  type Rect,
  type WrapCache,
} from '../failureLabels.ts';
import { DotSprites, type SpriteCanvas } from './dotSprites.ts';
import { PACKET_RADIUS, type Box, type FrameView, type Positions } from './packetScene.ts';

/** The sprites of the packets' dots (a dot, outlined), drawn on canvases `make` gives. */
export const packetDots = (make: (size: number) => SpriteCanvas): DotSprites =>
  new DotSprites({ radius: PACKET_RADIUS, outline: 1.5, outlineColor: 'rgba(0,0,0,0.55)' }, make);

/** The 2D context calls painting uses (a page canvas's and an OffscreenCanvas's have them). */
type Context2D = CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D;

/**
 * What a frame shows: the sprites' scale, each colour with its dots' top-left corners in whole device
 * pixels (`[color, count, x, y, x, y, …]`), and the failure marks in screen pixels with the canvas
 * size their labels are placed in. Frames with equal pictures paint the same pixels (samePicture).
 */
export interface Picture {
  scale: number;
  dots: (string | number)[];
  marks: (string | number)[];
}

/** Where `pos`'s packets land on the canvas under `view` (paintPackets copies the sprites there). */
export function pictureOf(pos: Positions, view: FrameView, dots: DotSprites): Picture {
  const { dpr, width, height } = view;
  const [tx, ty, zoom] = view.transform;
  const scale = dpr * zoom;
  const half = dots.size(scale) / 2;
  const placed: (string | number)[] = [];
  for (const [color, pts] of pos.byColor) {
    placed.push(color, pts.length);
    for (const p of pts)
      placed.push(Math.round(dpr * tx + p.x * scale - half), Math.round(dpr * ty + p.y * scale - half));
  }
  const marks: (string | number)[] = [];
  if (pos.marks.length > 0) marks.push(width, height, dpr);
  for (const m of pos.marks) marks.push(tx + m.p.x * zoom, ty + m.p.y * zoom, m.reason);
  return { scale, dots: placed, marks };
}

const sameList = (a: readonly (string | number)[], b: readonly (string | number)[]): boolean =>
  a.length === b.length && a.every((x, i) => x === b[i]);

/** Whether two frames paint the same pixels (an unchanged frame need not be painted or sent to the screen). */
export const samePicture = (a: Picture, b: Picture): boolean =>
  a.scale === b.scale && sameList(a.dots, b.dots) && sameList(a.marks, b.marks);

/**
 * Paints one frame onto a canvas already sized `view.width × view.dpr` by `view.height × view.dpr`:
 * the dots where `picture` places them (pictureOf), then the failure labels in screen pixels,
 * kept inside the canvas (wrapped, never cut at its edge).
 */
export function paintPackets(
  ctx: Context2D,
  picture: Picture,
  pos: Positions,
  view: FrameView,
  wraps: WrapCache,
  dots: DotSprites,
  boxes: ReadonlyMap<string, Box> = new Map(),
): void {
  const { dpr, width, height } = view;
  const [tx, ty, zoom] = view.transform;
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  ctx.clearRect(0, 0, ctx.canvas.width, ctx.canvas.height);
  // Each dot is its colour's sprite copied to its place, in device pixels (dotSprites.ts).
  const placed = picture.dots;
  for (let i = 0; i < placed.length;) {
    const sprite = dots.sprite(placed[i] as string, picture.scale);
    const end = i + 2 + 2 * (placed[i + 1] as number);
    if (sprite)
      for (let j = i + 2; j < end; j += 2) ctx.drawImage(sprite, placed[j] as number, placed[j + 1] as number);
    i = end;
  }
  if (pos.marks.length === 0) return;
  ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
  ctx.font = LABEL_FONT;
  const screen = pos.marks.map((m) => ({ p: { x: tx + m.p.x * zoom, y: ty + m.p.y * zoom }, reason: m.reason }));
  const covered = labelObstacles(boxes).map((b) => ({
    x: tx + b.x * zoom,
    y: ty + b.y * zoom,
    w: b.w * zoom,
    h: b.h * zoom,
  }));
  for (const l of placeFailureLabels(screen, (s) => ctx.measureText(s).width, width, height, wraps, covered))
    drawFailure(ctx, l);
}

// What a failure label should not cover, in flow coordinates, per geometry: every box that holds no
// other box (a client, a Service, a pod, a kube-proxy pill…), and of a box that holds others (a
// node) only its header, whose name and address the learner reads; its empty floor is room.
const obstacles = new WeakMap<ReadonlyMap<string, Box>, Rect[]>();
function labelObstacles(boxes: ReadonlyMap<string, Box>): Rect[] {
  let out = obstacles.get(boxes);
  if (out) return out;
  const all = [...boxes.values()].filter((b) => b.w > 0 && b.h > 0);
  const holds = (a: Box, b: Box) =>
    a !== b && b.x >= a.x && b.y >= a.y && b.x + b.w <= a.x + a.w && b.y + b.h <= a.y + a.h;
  out = all.map((a) => {
    // A node's header (its name, address and kube-proxy pill) ends where its highest pod starts;
    // the pill, a short box, sits inside the header.
    const head = Math.min(a.h, ...all.filter((b) => holds(a, b) && b.h >= 60).map((b) => b.y - a.y));
    return all.some((b) => holds(a, b)) ? { ...a, h: head } : a;
  });
  obstacles.set(boxes, out);
  return out;
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
