import { describe, expect, it } from 'vitest';
import { PacketAnimator, type Layer, type PaintReport, type PaintScene } from './packetAnimator.ts';
import type { PaintFrame } from './packetLayer.ts';
import { NO_GEOMETRY } from './packetScene.ts';

/**
 * A host whose "soon", "next frame" and timer queues the test runs by hand, with a wall clock it
 * sets; `timers` are the wall-clock moments the timers asked for are due.
 */
function fakeHost() {
  const soon: (() => void)[] = [];
  const frames: (() => void)[] = [];
  const timers: { at: number; run: () => void }[] = [];
  const host = {
    wall: 0,
    reports: 0,
    wallNow: () => host.wall,
    soon: (run: () => void) => void soon.push(run),
    nextFrame: (run: () => void) => void frames.push(run),
    later: (run: () => void, ms: number) => void timers.push({ at: host.wall + ms, run }),
    painted: () => void host.reports++,
    runSoon: () => soon.splice(0).forEach((r) => r()),
    runFrame: () => frames.splice(0).forEach((r) => r()),
    /** Runs the timers due by the wall clock. */
    runTimers: () => {
      const due = timers.filter((t) => t.at <= host.wall);
      timers.splice(0, timers.length, ...timers.filter((t) => t.at > host.wall));
      due.forEach((t) => t.run());
    },
    timers: () => timers.map((t) => t.at),
    pending: () => soon.length + frames.length,
  };
  return host;
}
/** A layer with a packet in the air at every moment (or as `air` says), the next flight starting at `next`. */
function fakeLayer(air: (now: number) => number = () => 1, next: (now: number) => number | null = () => null) {
  const painted: PaintFrame[] = [];
  const layer: Layer = {
    setFlights: () => {},
    setGeometry: () => {},
    paint: (f) => (painted.push(f), { drawn: air(f.now), frames: painted.length, next: next(f.now) }),
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
    const { layer } = fakeLayer(
      (now) => (now >= 1 ? 2 : 0),
      (now) => (now < 1 ? 1 : null),
    );
    const a = new PacketAnimator(layer, { ...host, painted: (p) => void reports.push(p) });
    host.wall = 5_000;
    a.setScene(scene(0.5, 5_000, 1));
    host.runSoon();
    host.wall = 5_600;
    host.runTimers();
    host.runSoon();
    host.wall = 5_900;
    host.runFrame();
    expect(reports.map((r) => [r.drawn, r.firstDrawnAt])).toEqual([
      [0, null],
      [2, 5_600],
      [2, 5_600],
    ]);
  });

  it('with nothing in the air sleeps till the next flight starts, then paints every frame again', () => {
    const host = fakeHost();
    // One flight, in the air from second 3 to second 4 of the clock.
    const { layer, painted } = fakeLayer(
      (now) => (now >= 3 && now < 4 ? 1 : 0),
      (now) => (now < 3 ? 3 : null),
    );
    const a = new PacketAnimator(layer, host);
    host.wall = 1_000;
    a.setScene(scene(1, 1_000, 2));
    host.runSoon();
    // At 2 simulated seconds a second, second 3 comes 1,000 ms later: no frame till then.
    expect(host.pending()).toBe(0);
    expect(host.timers()).toEqual([2_000]);
    host.wall = 1_999;
    host.runTimers();
    expect(host.pending()).toBe(0);
    host.wall = 2_000;
    host.runTimers();
    host.runSoon();
    expect(painted.map((f) => f.now)).toEqual([1, 3]);
    expect(host.pending()).toBe(1);
    host.wall = 2_400;
    host.runFrame();
    host.wall = 2_600;
    host.runFrame();
    // The packet has landed (second 4.2) and no flight follows: the loop stops, with no timer.
    expect(painted.map((f) => f.now)).toEqual([1, 3, 3.8, 4.2]);
    expect(host.pending()).toBe(0);
    expect(host.timers()).toEqual([]);
  });

  it('wakes at once when something changes while it sleeps, and the old wake-up then does nothing', () => {
    const host = fakeHost();
    const { layer, painted } = fakeLayer(
      () => 0,
      () => 10,
    );
    const a = new PacketAnimator(layer, host);
    a.setScene(scene(0, 0, 1));
    host.runSoon();
    expect(host.timers()).toEqual([10_000]);
    // A new flight (or a pan, a zoom, a resize) paints soon, whatever the timer.
    host.wall = 500;
    a.setFlights({ drop: [], add: [] });
    host.runSoon();
    expect(painted.map((f) => f.now)).toEqual([0, 0.5]);
    expect(host.timers()).toEqual([10_000, 10_000]);
    host.wall = 10_000;
    host.runTimers();
    host.runSoon();
    // Two timers were due; only the last one asked for a frame.
    expect(painted.map((f) => f.now)).toEqual([0, 0.5, 10]);
  });

  it("a looped clock with nothing ahead sleeps till it comes round, and a paused one doesn't wake", () => {
    const host = fakeHost();
    const { layer, painted } = fakeLayer(() => 0);
    const a = new PacketAnimator(layer, host);
    a.setScene({ ...scene(6, 0, 2), clock: { time: 6, at: 0, rate: 2, loop: 10 } });
    host.runSoon();
    expect(host.timers()).toEqual([2_000]);
    host.wall = 1_000;
    a.setScene(scene(8, 1_000, 0));
    host.runSoon();
    expect(painted.map((f) => f.now)).toEqual([6, 8]);
    expect(host.timers()).toEqual([2_000]);
    host.wall = 2_000;
    host.runTimers();
    expect(host.pending()).toBe(0);
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
