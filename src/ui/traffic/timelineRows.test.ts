import { describe, expect, it } from 'vitest';
import type { RequestResult } from '../../worker/protocol.ts';
import { filterChoices, NO_FILTER, rowKey, timelineRows, TIMELINE_ROWS } from './timelineRows.ts';

const req = (
  index: number,
  time: number,
  clientId: string,
  outcome: RequestResult['outcome'] = 'ok',
): RequestResult => ({
  index,
  time,
  outcome,
  clientId,
  hops: [],
});

/** 3 clients sending in turn, every 10th request of `phone` refused. */
const traffic = (n: number): RequestResult[] =>
  Array.from({ length: n }, (_, i) => {
    const client = ['laptop', 'phone', 'curl'][i % 3]!;
    return req(i, i * 0.1, client, client === 'phone' && i % 10 === 1 ? 'refused' : 'ok');
  });

describe('the Timeline rows', () => {
  it('keeps the last 1,000 requests sent by now, oldest first', () => {
    const all = traffic(2500);
    const rows = timelineRows(all, 200, NO_FILTER, new Map());
    expect(TIMELINE_ROWS).toBe(1000);
    expect(rows).toHaveLength(1000);
    // t = 200 s is request 2000: the window is requests 1001..2000.
    expect(rows[0]!.index).toBe(1001);
    expect(rows.at(-1)!.index).toBe(2000);
  });

  it('filters by client, by outcome, and to failures only', () => {
    const all = traffic(300);
    const phone = timelineRows(all, Infinity, { client: 'phone', outcome: 'all' }, new Map());
    expect(phone.every((r) => r.clientId === 'phone')).toBe(true);
    expect(phone).toHaveLength(100);
    const failures = timelineRows(all, Infinity, { client: null, outcome: 'failures' }, new Map());
    expect(failures.length).toBeGreaterThan(0);
    expect(failures.every((r) => r.outcome === 'refused')).toBe(true);
    expect(timelineRows(all, Infinity, { client: 'laptop', outcome: 'refused' }, new Map())).toEqual([]);
  });

  it('an opened row stays listed after newer requests push it out of the window and after the worker dropped it', () => {
    const all = traffic(1500);
    const opened = all[10]!;
    const pinned = new Map([[rowKey(opened), opened]]);
    // The worker no longer has it (only the last 1,200 are passed in): the row is still listed, in time order.
    const rows = timelineRows(all.slice(300), Infinity, NO_FILTER, pinned);
    expect(rows[0]).toBe(opened);
    expect(rows).toHaveLength(1001);
    // Without the pin it is gone.
    expect(timelineRows(all.slice(300), Infinity, NO_FILTER, new Map())[0]!.index).toBe(500);
  });

  it('a console request and a traffic request with the same index are two rows', () => {
    const a = req(1, 0, 'laptop');
    const b = req(1, 0.5, 'console:web-1');
    expect(rowKey(a)).not.toBe(rowKey(b));
    expect(filterChoices([a, b]).clients).toEqual(['console:web-1', 'laptop']);
  });
});
