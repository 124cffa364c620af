// Messages between the page and the packet painter worker (packetPainter.worker.ts). Everything in
// them is structured-clone data; the canvas is transferred once, at start.
import type { Geometry, PaintFlight } from './packetScene.ts';
import type { PaintFrame, Painted } from './packetLayer.ts';

export type ToPainter =
  | { type: 'canvas'; canvas: OffscreenCanvas }
  | { type: 'flights'; drop: number; add: readonly PaintFlight[] }
  | { type: 'geometry'; geometry: Geometry }
  | { type: 'frame'; frame: PaintFrame };

export type FromPainter = { type: 'painted' } & Painted;
