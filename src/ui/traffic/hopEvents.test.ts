import { describe, expect, it } from 'vitest';
import type { RequestResult } from '../../worker/protocol.ts';
import { adjacentHopEvent, hopEventTime, hopsShown } from './hopEvents.ts';
import { LEG_SECONDS } from './flight.ts';

const req = (index: number, time: number, hops: number, clientId = 'a'): RequestResult =>
  ({ index, time, clientId, outcome: 'ok', hops: Array.from({ length: hops }, () => ({ kind: 'x' })) }) as never;

describe('stepping the hop event list', () => {
  const a = req(0, 0, 3);
  const b = req(1, LEG_SECONDS / 2, 2, 'b');
  const all = [b, a];
  const walk = (dir: 1 | -1, from: number): string[] => {
    const seen: string[] = [];
    let now = from;
    let focused: { result: RequestResult; hopIndex: number } | null = null;
    for (;;) {
      const e = adjacentHopEvent(all, now, dir, focused);
      if (!e) return seen;
      seen.push(`${e.result.clientId}${e.hopIndex}`);
      now = e.time;
      focused = e;
    }
  };

  it('visits every hop of every request once, in the order they show, interleaving requests', () => {
    expect(walk(1, 0)).toEqual(['a0', 'b0', 'a1', 'b1', 'a2']);
  });

  it('steps back through the same events in reverse', () => {
    expect(walk(-1, 100)).toEqual(['a2', 'b1', 'a1', 'b0', 'a0']);
  });

  it('from a clock between events, goes to the next one after it', () => {
    const e = adjacentHopEvent(all, hopEventTime(a, 1) - 0.01, 1, null)!;
    expect([e.result.clientId, e.hopIndex]).toEqual(['a', 1]);
    expect(adjacentHopEvent([], 3, 1, null)).toBeNull();
  });
});

describe('a request on its way', () => {
  it('shows its hops one by one, and all of them (the answer) only at its last hop event', () => {
    const r = req(0, 2, 3);
    expect(hopsShown(r, 2)).toBe(0);
    expect(hopsShown(r, hopEventTime(r, 0))).toBe(1);
    expect(hopsShown(r, hopEventTime(r, 2) - 0.01)).toBe(2);
    expect(hopsShown(r, hopEventTime(r, 2))).toBe(3);
  });
});
