import { describe, expect, it } from 'vitest';
import { flightDelta } from './flightDelta.ts';

const apply = <T>(prev: readonly T[], d: { drop: number; add: readonly T[] }): T[] => [...prev.slice(d.drop), ...d.add];

describe('flightDelta', () => {
  const [a, b, c, d, e] = [{ n: 'a' }, { n: 'b' }, { n: 'c' }, { n: 'd' }, { n: 'e' }];

  it('sends only the flights appended at the end', () => {
    expect(flightDelta([a, b], [a, b, c, d])).toEqual({ drop: 0, add: [c, d] });
  });

  it('drops the flights that fell off the front and appends the new ones', () => {
    const delta = flightDelta([a, b, c], [c, d, e]);
    expect(delta).toEqual({ drop: 2, add: [d, e] });
    expect(apply([a, b, c], delta)).toEqual([c, d, e]);
  });

  it('replaces everything when the new list does not continue the old one', () => {
    // Same first flight, but a flight in the middle changed (a new scenario mapped new flights).
    const delta = flightDelta([a, b, c], [a, d, e]);
    expect(delta).toEqual({ drop: 3, add: [a, d, e] });
    expect(flightDelta([a, b], [c])).toEqual({ drop: 2, add: [c] });
    expect(flightDelta([a, b], [])).toEqual({ drop: 2, add: [] });
    expect(flightDelta([], [a])).toEqual({ drop: 0, add: [a] });
  });

  it('rebuilds the new list exactly, for every pair of lists drawn from five flights', () => {
    const pool = [a, b, c, d, e];
    const lists = Array.from({ length: 32 }, (_, m) => pool.filter((_, i) => m & (1 << i)));
    for (const prev of lists) for (const next of lists) expect(apply(prev, flightDelta(prev, next))).toEqual(next);
  });
});
