import { afterEach, describe, expect, it, vi } from 'vitest';
import { PacketLayer, type PaintFrame } from './packetLayer.ts';
import type { Box, PaintFlight } from './packetScene.ts';
import { LEG_SECONDS } from '../../traffic/flight.ts';

/** A 2D context (and its canvas) that records the calls made on it. */
function recordingContext(calls: string[]) {
  const canvas = { width: 0, height: 0 };
  const measureText = (s: string) => ({ width: 6 * s.length });
  return new Proxy(
    { canvas, measureText },
    {
      get: (target, key) =>
        key in target
          ? target[key as keyof typeof target]
          : (...args: unknown[]) => void calls.push(`${String(key)}(${args.map(String).join(',')})`),
      set: (_t, key, value) => (calls.push(`${String(key)}=${String(value)}`), true),
    },
  ) as unknown as OffscreenCanvasRenderingContext2D;
}

// The sprites are drawn on OffscreenCanvases (the painter worker's); here each is a recording one.
class FakeOffscreenCanvas {
  width: number;
  height: number;
  constructor(w: number, h: number) {
    this.width = w;
    this.height = h;
  }
  getContext() {
    return recordingContext([]);
  }
  transferToImageBitmap() {
    return { close() {} };
  }
}

const box = (x: number): Box => ({ x, y: 0, w: 40, h: 40 });
const boxes = new Map([
  ['client:laptop', box(0)],
  ['pod:web', box(400)],
]);
const ok: PaintFlight = {
  start: 0,
  color: 'red',
  path: { start: 'client:laptop', legs: [{ from: 'client:laptop', to: 'pod:web', hop: 0 }] },
};
const refused: PaintFlight = {
  start: 0,
  color: 'blue',
  path: { ...ok.path, stop: { at: 'pod:web', reason: 'connection refused', hop: 1 } },
};
const frame = (now: number, reduced = false): PaintFrame => ({
  view: { width: 500, height: 100, dpr: 1, transform: [0, 0, 1] },
  now,
  reduced,
});

function layerWith(flights: PaintFlight[]) {
  const calls: string[] = [];
  const layer = new PacketLayer(recordingContext(calls));
  layer.setGeometry({ boxes, paths: new Map() });
  layer.setFlights({ drop: [], add: flights });
  /** How many frames cleared the canvas (each painted frame starts with a clear). */
  const painted = () => calls.filter((c) => c.startsWith('clearRect')).length;
  return { layer, painted, calls };
}

describe(PacketLayer, () => {
  afterEach(() => vi.unstubAllGlobals());

  it('paints a frame only when its picture differs from what the canvas shows', () => {
    vi.stubGlobal('OffscreenCanvas', FakeOffscreenCanvas);
    const { layer, painted, calls } = layerWith([ok]);
    // Flying: every moment puts the dot on another pixel.
    layer.paint(frame(0.1));
    layer.paint(frame(0.15));
    expect(painted()).toBe(2);
    expect(calls.filter((c) => c.startsWith('drawImage'))).toHaveLength(2);
    // The same moment again, and a moment whose dot lands on the same whole pixel: nothing painted.
    layer.paint(frame(0.15));
    layer.paint(frame(0.15 + 1e-6));
    expect(painted()).toBe(2);
    // Landed: one empty frame clears the canvas, the empty ones after it paint nothing.
    layer.paint(frame(LEG_SECONDS + 1));
    layer.paint(frame(LEG_SECONDS + 2));
    expect(painted()).toBe(3);
    // Every frame counts (the canvas shows each one's moment).
    expect(layer.paint(frame(LEG_SECONDS + 3)).frames).toBe(7);
  });

  it('paints a failure once while its packet stands on the mark', () => {
    vi.stubGlobal('OffscreenCanvas', FakeOffscreenCanvas);
    const { layer, painted, calls } = layerWith([refused]);
    for (const t of [LEG_SECONDS + 0.1, LEG_SECONDS + 0.2, LEG_SECONDS + 0.5]) layer.paint(frame(t));
    expect(painted()).toBe(1);
    expect(calls.filter((c) => c.startsWith('fillText(connection refused'))).toHaveLength(1);
  });

  it('with reduced motion, paints each jump once', () => {
    vi.stubGlobal('OffscreenCanvas', FakeOffscreenCanvas);
    const { layer, painted } = layerWith([ok]);
    // The dot stands at the leg's start for its first half and at its end for the second.
    for (const t of [0.01, 0.05, 0.1, 0.2, 0.25]) layer.paint(frame(t, true));
    expect(painted()).toBe(2);
  });

  it('paints again after a resize (which clears the canvas) and on a new viewport', () => {
    vi.stubGlobal('OffscreenCanvas', FakeOffscreenCanvas);
    const { layer, painted } = layerWith([refused]);
    layer.paint(frame(LEG_SECONDS + 0.1));
    layer.paint({ ...frame(LEG_SECONDS + 0.1), view: { width: 600, height: 100, dpr: 1, transform: [0, 0, 1] } });
    layer.paint({ ...frame(LEG_SECONDS + 0.1), view: { width: 600, height: 100, dpr: 1, transform: [5, 0, 1] } });
    expect(painted()).toBe(3);
  });
});
