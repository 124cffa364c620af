// The packet layer's state and its frame: the flights, the diagram's geometry and one canvas.
// It lives where the painting happens, in the painter worker or on the page (packetPainter.ts).
import { packetDots, paintPackets } from './paintPackets.ts';
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
  private wasEmpty = false;
  private frames = 0;

  private readonly ctx: Context2D;

  constructor(ctx: Context2D) {
    this.ctx = ctx;
  }

  /** Drops what the page no longer shows and appends the new flights (the list stays in start order). */
  setFlights(delta: FlightDelta<PaintFlight>): void {
    this.flights = applyDelta(this.flights, delta);
    this.wasEmpty = false;
  }

  setGeometry(g: Geometry): void {
    this.geometry = g;
    this.wasEmpty = false;
  }

  paint(frame: PaintFrame): PaintedFrame {
    const { ctx } = this;
    const { width, height, dpr } = frame.view;
    const w = Math.round(width * dpr);
    const h = Math.round(height * dpr);
    if (ctx.canvas.width !== w || ctx.canvas.height !== h) {
      ctx.canvas.width = w;
      ctx.canvas.height = h;
      this.wasEmpty = false;
    }
    const pos = packetPositions(this.flights, this.geometry, frame.now, frame.reduced, this.samples, frame.stress);
    this.frames++;
    // An empty frame after an empty frame changes no pixel: skip the clear (and the canvas upload).
    if (!(pos.drawn === 0 && pos.marks.length === 0 && this.wasEmpty)) {
      paintPackets(ctx, pos, frame.view, this.wraps, this.dots);
      this.wasEmpty = pos.drawn === 0 && pos.marks.length === 0;
    }
    return { drawn: pos.drawn, frames: this.frames, next: pos.next };
  }
}
