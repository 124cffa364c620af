// Runs the packet layer's frames where the painting happens (the painter worker, or the page when
// a browser cannot hand a canvas to a worker: packetPainter.ts). It paints soon after anything
// changes and, while packets are in the air and the clock moves, or synthetic packets loop, at
// every frame the host offers, each at the moment the clock tells (paintClock.ts). With nothing in
// the air it paints nothing until the next flight starts (a timer, not a frame loop) or something
// changes: an idle playing page had cost a frame in the worker and in the compositor 60 times a
// second. The page only says what changed.
import type { PacketLayer, Painted } from './packetLayer.ts';
import type { FrameView, Geometry, PaintFlight } from './packetScene.ts';
import { clockAt, msUntil, type PaintClock } from './paintClock.ts';
import type { FlightDelta } from './flightDelta.ts';

/** What to paint besides the flights and the geometry: the viewport, the clock and how packets move. */
export interface PaintScene {
  view: FrameView;
  clock: PaintClock;
  /** prefers-reduced-motion: packets jump box to box instead of flying. */
  reduced: boolean;
  /** Synthetic looping packets (the benchmark's and the e2e tests' stress hook); 0: none. */
  stress: number;
}

/** What a painted frame reports, and when the first packet was painted. */
export interface PaintReport extends Painted {
  /** The host's wall clock (paintClock.ts `wallNow`) at the first frame that held a packet; null before. */
  firstDrawnAt: number | null;
}

/** How the host runs frames: its clock, "soon" (after the messages already queued), "next frame" and "in `ms`". */
export interface AnimatorHost {
  wallNow(): number;
  soon(run: () => void): void;
  nextFrame(run: () => void): void;
  later(run: () => void, ms: number): void;
  painted(p: PaintReport): void;
}

/** The part of a PacketLayer the animator drives. */
export type Layer = Pick<PacketLayer, 'setFlights' | 'setGeometry' | 'paint'>;

export class PacketAnimator {
  private scene: PaintScene | null = null;
  private pending = false;
  /** The wake-up the animator sleeps till (a later change makes it stale). */
  private sleep: object | null = null;
  private firstDrawnAt: number | null = null;
  private readonly layer: Layer;
  private readonly host: AnimatorHost;

  constructor(layer: Layer, host: AnimatorHost) {
    this.layer = layer;
    this.host = host;
  }

  setFlights(delta: FlightDelta<PaintFlight>): void {
    this.layer.setFlights(delta);
    this.request();
  }

  setGeometry(g: Geometry): void {
    this.layer.setGeometry(g);
    this.request();
  }

  setScene(scene: PaintScene): void {
    this.scene = scene;
    this.request();
  }

  private request(): void {
    this.sleep = null;
    if (this.pending) return;
    this.pending = true;
    this.host.soon(this.frame);
  }

  private sleepFor(ms: number): void {
    const token = {};
    this.sleep = token;
    this.host.later(() => {
      if (this.sleep === token) this.request();
    }, ms);
  }

  private readonly frame = (): void => {
    this.pending = false;
    const scene = this.scene;
    if (!scene) return;
    const wall = this.host.wallNow();
    const now = clockAt(scene.clock, wall);
    const painted = this.layer.paint({
      view: scene.view,
      now,
      reduced: scene.reduced,
      ...(scene.stress > 0 ? { stress: { count: scene.stress, t: wall / 2000 } } : {}),
    });
    if (this.firstDrawnAt === null && painted.drawn > 0) this.firstDrawnAt = wall;
    this.host.painted({ drawn: painted.drawn, frames: painted.frames, firstDrawnAt: this.firstDrawnAt });
    if (scene.stress > 0 || (scene.clock.rate !== 0 && painted.drawn > 0)) {
      this.pending = true;
      this.host.nextFrame(this.frame);
    } else {
      const ms = msUntil(scene.clock, now, painted.next);
      if (ms < Infinity) this.sleepFor(ms);
    }
  };
}
