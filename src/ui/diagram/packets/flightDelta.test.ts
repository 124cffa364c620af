import { describe, expect, it } from 'vitest';
import { applyDelta, DROP_ALL, flightDelta } from './flightDelta.ts';

describe('flightDelta', () => {
  const [a, b, c, d, e] = [{ n: 'a' }, { n: 'b' }, { n: 'c' }, { n: 'd' }, { n: 'e' }];

  it('sends only the flights appended at the end', () => {
    expect(flightDelta([a, b], [a, b, c, d])).toEqual({ drop: [], add: [c, d] });
  });

  it('drops the flights that fell off the front and appends the new ones', () => {
    const delta = flightDelta([a, b, c], [c, d, e]);
    expect(delta).toEqual({ drop: [0, 2], add: [d, e] });
    expect(applyDelta([a, b, c], delta)).toEqual([c, d, e]);
  });

  it('drops flights from anywhere in the list: one client reaching its share drops its oldest, between the others', () => {
    const delta = flightDelta([a, b, c, d], [b, d, e]);
    expect(delta).toEqual({ drop: [0, 1, 2, 3], add: [e] });
    expect(applyDelta([a, b, c, d], delta)).toEqual([b, d, e]);
  });

  it('drops the rest of the held list where the new one stops following it', () => {
    // Same first flight, then new ones (a new scenario mapped new flights).
    expect(flightDelta([a, b, c], [a, d, e])).toEqual({ drop: [1, 3], add: [d, e] });
    expect(flightDelta([a, b], [c])).toEqual({ drop: [0, 2], add: [c] });
    expect(flightDelta([a, b], [])).toEqual({ drop: [0, 2], add: [] });
    expect(flightDelta([], [a])).toEqual({ drop: [], add: [a] });
  });

  it('rebuilds the new list exactly, for every pair of ordered lists drawn from five flights', () => {
    const pool = [a, b, c, d, e];
    const lists = Array.from({ length: 32 }, (_, m) => pool.filter((_, i) => m & (1 << i)));
    for (const prev of lists) for (const next of lists) expect(applyDelta(prev, flightDelta(prev, next))).toEqual(next);
  });

  it('rebuilds lists in any order too (a reordered list is rebuilt, not assumed)', () => {
    expect(applyDelta([a, b, c], flightDelta([a, b, c], [c, b, a]))).toEqual([c, b, a]);
    expect(applyDelta([a, b, c], flightDelta([a, b, c], [b, a, d]))).toEqual([b, a, d]);
  });

  it('DROP_ALL empties whatever is held', () => {
    expect(applyDelta([a, b, c], { drop: DROP_ALL, add: [d] })).toEqual([d]);
    expect(applyDelta([], { drop: DROP_ALL, add: [] })).toEqual([]);
  });
});
