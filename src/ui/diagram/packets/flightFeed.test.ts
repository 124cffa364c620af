import { describe, expect, it } from 'vitest';
import { flightFeed } from './flightFeed.ts';
import { applyDelta, type FlightDelta } from './flightDelta.ts';
import type { Flight } from '../../traffic/useFlights.ts';
import type { RequestResult } from '../../../worker/protocol.ts';

const flight = (start: number, reason?: string): Flight => ({
  start,
  color: '#E69F00',
  path: { start: 'client:a', legs: [], ...(reason ? { stop: { at: 'svc:web', reason, hop: 0 } } : {}) },
  result: {} as RequestResult,
});

/** The painter's list after applying what the feed sent (as PacketLayer.setFlights does). */
function painter() {
  let list: { start: number; stopText?: string }[] = [];
  return {
    apply: (d: FlightDelta<{ start: number; stopText?: string }> | null) => {
      if (d) list = applyDelta(list, d);
      return list;
    },
  };
}

describe('flightFeed', () => {
  const text = (f: Flight, lang: string) => (f.path.stop ? `${lang}: ${f.path.stop.reason}` : undefined);

  it('sends only new flights, and nothing when the painter holds them already', () => {
    const feed = flightFeed(text);
    const [a, b, c] = [flight(1), flight(2), flight(3)];
    expect(feed.next([a, b], 'en')!.add.map((f) => f.start)).toEqual([1, 2]);
    expect(feed.next([a, b, c], 'en')).toMatchObject({ drop: [], add: [{ start: 3 }] });
    const same = [a, b, c];
    feed.next(same, 'en');
    expect(feed.next(same, 'en')).toBeNull();
  });

  it('a new language replaces the flights with their new texts; it never appends them again', () => {
    const feed = flightFeed(text);
    const p = painter();
    const flights = [flight(1), flight(2, 'no endpoints'), flight(3)];
    p.apply(feed.next(flights, 'en'));
    const after = p.apply(feed.next(flights, 'ko'));
    // One list in start order, as the painter's binary search needs.
    expect(after.map((f) => f.start)).toEqual([1, 2, 3]);
    expect(after[1]!.stopText).toBe('ko: no endpoints');
    expect(feed.held()[1]!.stopText).toBe('ko: no endpoints');
  });
});
