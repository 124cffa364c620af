// The packet layer's state and its frame: the flights, the diagram's geometry and one canvas.
// It lives where the painting happens, in the painter worker or on the page (packetPainter.ts).
import { packetDots, paintPackets, pictureOf, samePicture, type Picture } from './paintPackets.ts';
import {
  NO_GEOMETRY,
  packetPositions,
  type FrameView,
  type Geometry,
  type PaintFlight,
  type Stress,
} from './packetScene.ts';
import type { WrapCache } from '../failureLabels.ts';
import { PathSamples } from './pathSamples.ts';
import { applyDelta, type FlightDelta } from './flightDelta.ts';

/** One frame to paint: the viewport, the simulated moment and how packets move. */
export interface PaintFrame {
  view: FrameView;
  now: number;
  /** prefers-reduced-motion: packets jump box to box instead of flying. */
  reduced: boolean;
  stress?: Stress;
}

/** What a painted frame reports back (the e2e probe and the benchmark read it). */
export interface Painted {
  drawn: number;
  frames: number;
}

/** A painted frame, and when the next packet appears if none is in the air (packetAnimator.ts sleeps till then). */
export interface PaintedFrame extends Painted {
  /** The simulated moment the next flight starts; null: no flight after this frame's moment. */
  next: number | null;
}

type Context2D = CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D;

export class PacketLayer {
  private flights: PaintFlight[] = [];
  private geometry: Geometry = NO_GEOMETRY;
  private readonly wraps: WrapCache = new Map();
  private readonly samples = new PathSamples();
  private readonly dots = packetDots((size) =>
    typeof OffscreenCanvas === 'function'
      ? new OffscreenCanvas(size, size)
      : Object.assign(document.createElement('canvas'), { width: size, height: size }),
  );
  /** What the canvas shows (null: not known, as after a resize, which clears it). */
  private shown: Picture | null = null;
  private frames = 0;

  private readonly ctx: Context2D;

  constructor(ctx: Context2D) {
    this.ctx = ctx;
  }

  /** Drops what the page no longer shows and appends the new flights (the list stays in start order). */
  setFlights(delta: FlightDelta<PaintFlight>): void {
    this.flights = applyDelta(this.flights, delta);
  }

  setGeometry(g: Geometry): void {
    this.geometry = g;
  }

  paint(frame: PaintFrame): PaintedFrame {
    const { ctx } = this;
    const { width, height, dpr } = frame.view;
    const w = Math.round(width * dpr);
    const h = Math.round(height * dpr);
    if (ctx.canvas.width !== w || ctx.canvas.height !== h) {
      ctx.canvas.width = w;
      ctx.canvas.height = h;
      this.shown = null;
    }
    const pos = packetPositions(this.flights, this.geometry, frame.now, frame.reduced, this.samples, frame.stress);
    this.frames++;
    // A frame that would paint what the canvas shows is not painted: an untouched canvas is not sent
    // to the screen, and each frame sent cost the painter and Chrome's compositor a few ms of CPU.
    // Packets stand still on a failure's mark, between the jumps of reduced motion, and not at all
    // with none in the air. The frame still counts: the canvas shows its moment.
    const picture = pictureOf(pos, frame.view, this.dots);
    if (!(this.shown && samePicture(this.shown, picture))) {
      paintPackets(ctx, picture, pos, frame.view, this.wraps, this.dots, this.geometry.boxes);
      this.shown = picture;
    }
    return { drawn: pos.drawn, frames: this.frames, next: pos.next };
  }
}
