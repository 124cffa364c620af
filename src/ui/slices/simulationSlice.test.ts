import { beforeEach, describe, expect, it } from 'vitest';
import { useStore } from '../store.ts';
import { freshStore } from './testBridge.ts';

let bridge = freshStore();
beforeEach(() => {
  bridge = freshStore();
});
const trafficCalls = () => bridge.calls.filter((c) => c[0] === 'traffic').map((c) => c[1]);

describe('simulation slice', () => {
  it('asks for more traffic when the clock passes half the look-ahead, not on every frame', () => {
    const s = useStore.getState();
    s.resetTime();
    const [first] = trafficCalls();
    expect(first).toBeGreaterThan(0);
    s.advance(first! / 4);
    expect(trafficCalls()).toHaveLength(1);
    s.advance(first! / 2);
    expect(trafficCalls()).toHaveLength(2);
    expect(trafficCalls()[1]).toBeCloseTo((first! * 3) / 4 + first!);
  });

  it('never runs the clock below zero, clamps the speed, refuses a bad seed', () => {
    const s = useStore.getState();
    s.stepBack();
    expect(useStore.getState().time).toBe(0);
    s.setSpeed(1000);
    expect(useStore.getState().speed).toBe(16);
    s.setSpeed(0);
    expect(useStore.getState().speed).toBe(0.125);
    bridge.calls.length = 0;
    s.setSeed(-1);
    s.setSeed(1.5);
    expect(bridge.calls).toEqual([]);
    s.setSeed(9);
    expect(bridge.calls).toEqual([['load', '', 9]]);
  });

  it('a restart clears the previous clock’s results and console requests', () => {
    useStore.setState({ time: 12, results: [{} as never], console: { requests: [{}] } as never });
    useStore.getState().setClients([]);
    expect(useStore.getState()).toMatchObject({ time: 0, results: [], clients: [] });
    expect(useStore.getState().console).toBe(useStore.getInitialState().console);
  });
});

describe('Step moves one hop event', () => {
  const hops = (n: number) => Array.from({ length: n }, (_, i) => ({ kind: `h${i}` }));
  it('pauses, focuses the next hop and puts the clock where the packet shows it; back returns', () => {
    const a = { index: 0, time: 1, clientId: 'a', outcome: 'ok', hops: hops(2) };
    const b = { index: 1, time: 1.1, clientId: 'b', outcome: 'ok', hops: hops(1) };
    useStore.setState({ results: [a, b] as never, playing: true, time: 0, computedUntil: 100 });
    const s = useStore.getState();
    const seen = (): string => {
      const f = useStore.getState().hopFocus!;
      return `${f.result.clientId}${f.hopIndex}@${useStore.getState().time.toFixed(2)}`;
    };
    s.step();
    expect(useStore.getState().playing).toBe(false);
    expect(seen()).toBe('a0@1.15');
    s.step();
    expect(seen()).toBe('b0@1.25');
    s.step();
    expect(seen()).toBe('a1@1.45');
    s.stepBack();
    expect(seen()).toBe('b0@1.25');
  });
});

describe('autoPlay (the default clients start on their own)', () => {
  it('plays when nobody chose, and keeps a pause or play chosen before it (a paused link, an embedding page, a click)', () => {
    useStore.setState(useStore.getInitialState(), true);
    useStore.getState().autoPlay();
    expect(useStore.getState().playing).toBe(true);
    useStore.setState(useStore.getInitialState(), true);
    useStore.getState().pause();
    useStore.getState().autoPlay();
    expect(useStore.getState().playing).toBe(false);
  });
});
