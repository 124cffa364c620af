import { describe, expect, it } from 'vitest';
import { PacketAnimator, type Layer, type PaintReport, type PaintScene } from './packetAnimator.ts';
import type { PaintFrame } from './packetLayer.ts';
import { NO_GEOMETRY } from './packetLayer.ts';

/** A host whose "soon" and "next frame" queues the test runs by hand, with a wall clock it sets. */
function fakeHost() {
  const soon: (() => void)[] = [];
  const frames: (() => void)[] = [];
  const host = {
    wall: 0,
    reports: 0,
    wallNow: () => host.wall,
    soon: (run: () => void) => void soon.push(run),
    nextFrame: (run: () => void) => void frames.push(run),
    painted: () => void host.reports++,
    runSoon: () => soon.splice(0).forEach((r) => r()),
    runFrame: () => frames.splice(0).forEach((r) => r()),
    pending: () => soon.length + frames.length,
  };
  return host;
}
function fakeLayer() {
  const painted: PaintFrame[] = [];
  const layer: Layer = {
    setFlights: () => {},
    setGeometry: () => {},
    paint: (f) => (painted.push(f), { drawn: 0, frames: painted.length }),
  };
  return { layer, painted };
}
const view = { width: 100, height: 50, dpr: 1, transform: [0, 0, 1] as const };
const scene = (time: number, at: number, rate: number, stress = 0): PaintScene => ({
  view,
  clock: { time, at, rate },
  reduced: false,
  stress,
});

describe(PacketAnimator, () => {
  it('paints once soon after a change while paused, and then nothing', () => {
    const host = fakeHost();
    const { layer, painted } = fakeLayer();
    const a = new PacketAnimator(layer, host);
    a.setScene(scene(3, 0, 0));
    a.setFlights({ drop: [], add: [] });
    a.setGeometry(NO_GEOMETRY);
    host.runSoon();
    expect(painted.map((f) => f.now)).toEqual([3]);
    expect(host.pending()).toBe(0);
    expect(host.reports).toBe(1);
  });

  it('while the clock moves, paints every frame at the moment the clock tells, until paused', () => {
    const host = fakeHost();
    const { layer, painted } = fakeLayer();
    const a = new PacketAnimator(layer, host);
    host.wall = 1_000;
    a.setScene(scene(2, 1_000, 2));
    host.runSoon();
    host.wall = 1_500;
    host.runFrame();
    host.wall = 2_000;
    // A change between frames waits for the frame already asked for (one paint per frame).
    a.setFlights({ drop: [], add: [] });
    expect(host.pending()).toBe(1);
    host.runFrame();
    expect(painted.map((f) => f.now)).toEqual([2, 3, 4]);
    a.setScene(scene(4.2, 2_000, 0));
    host.runFrame();
    expect(painted.at(-1)!.now).toBe(4.2);
    expect(host.pending()).toBe(0);
  });

  it('reports when its first packet was painted, and keeps that moment', () => {
    const host = fakeHost();
    const reports: PaintReport[] = [];
    // Packets are in the air from the clock's second 1 on.
    const layer: Layer = {
      setFlights: () => {},
      setGeometry: () => {},
      paint: (f) => ({ drawn: f.now >= 1 ? 2 : 0, frames: 0 }),
    };
    const a = new PacketAnimator(layer, { ...host, painted: (p) => void reports.push(p) });
    host.wall = 5_000;
    a.setScene(scene(0.5, 5_000, 1));
    host.runSoon();
    for (const wall of [5_400, 5_600, 5_900]) {
      host.wall = wall;
      host.runFrame();
    }
    expect(reports.map((r) => [r.drawn, r.firstDrawnAt])).toEqual([
      [0, null],
      [0, null],
      [2, 5_600],
      [2, 5_600],
    ]);
  });

  it('loops synthetic packets while asked to, and nothing before a scene', () => {
    const host = fakeHost();
    const { layer, painted } = fakeLayer();
    const a = new PacketAnimator(layer, host);
    a.setFlights({ drop: [], add: [] });
    host.runSoon();
    expect(painted).toHaveLength(0);
    host.wall = 4_000;
    a.setScene(scene(0, 0, 0, 500));
    host.runSoon();
    host.runFrame();
    expect(painted).toHaveLength(2);
    expect(painted[0]!.stress).toEqual({ count: 500, t: 2 });
    expect(host.pending()).toBe(1);
  });
});
