// Runs the packet layer's frames where the painting happens (the painter worker, or the page when
// a browser cannot hand a canvas to a worker: packetPainter.ts). It paints soon after anything
// changes and, while the clock moves or synthetic packets loop, at every frame the host offers,
// each at the moment the clock tells (paintClock.ts). The page only says what changed.
import type { PacketLayer, Painted } from './packetLayer.ts';
import type { FrameView, Geometry, PaintFlight } from './packetScene.ts';
import { clockAt, type PaintClock } from './paintClock.ts';
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

/** How the host runs frames: its clock, "soon" (after the messages already queued) and "next frame". */
export interface AnimatorHost {
  wallNow(): number;
  soon(run: () => void): void;
  nextFrame(run: () => void): void;
  painted(p: PaintReport): void;
}

/** The part of a PacketLayer the animator drives. */
export type Layer = Pick<PacketLayer, 'setFlights' | 'setGeometry' | 'paint'>;

export class PacketAnimator {
  private scene: PaintScene | null = null;
  private pending = false;
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
    if (this.pending) return;
    this.pending = true;
    this.host.soon(this.frame);
  }

  private readonly frame = (): void => {
    this.pending = false;
    const scene = this.scene;
    if (!scene) return;
    const wall = this.host.wallNow();
    const painted = this.layer.paint({
      view: scene.view,
      now: clockAt(scene.clock, wall),
      reduced: scene.reduced,
      ...(scene.stress > 0 ? { stress: { count: scene.stress, t: wall / 2000 } } : {}),
    });
    if (this.firstDrawnAt === null && painted.drawn > 0) this.firstDrawnAt = wall;
    this.host.painted({ ...painted, firstDrawnAt: this.firstDrawnAt });
    if (scene.clock.rate !== 0 || scene.stress > 0) {
      this.pending = true;
      this.host.nextFrame(this.frame);
    }
  };
}
