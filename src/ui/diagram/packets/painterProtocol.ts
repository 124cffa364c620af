// Messages between the page and the packet painter worker (packetPainter.worker.ts). Everything in
// them is structured-clone data; the canvas is transferred once, at start. The page posts what
// changed, never a message per frame: the worker runs its own frames (packetAnimator.ts).
import type { Geometry, PaintFlight } from './packetScene.ts';
import type { FlightDelta } from './flightDelta.ts';
import type { PaintReport } from './packetAnimator.ts';
import type { PaintScene } from './packetAnimator.ts';

export type ToPainter =
  | { type: 'canvas'; canvas: OffscreenCanvas }
  | { type: 'flights'; delta: FlightDelta<PaintFlight> }
  | { type: 'geometry'; geometry: Geometry }
  | { type: 'scene'; scene: PaintScene };

export type FromPainter = { type: 'painted' } & PaintReport;
