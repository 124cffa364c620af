import { describe, expect, it } from 'vitest';
import { countByPod } from './counters.ts';

describe('countByPod', () => {
  const results = [
    { time: 0, outcome: 'ok', pod: 'web-a', clientId: 'c1' },
    { time: 0.5, outcome: 'ok', pod: 'web-b', clientId: 'c1' },
    { time: 1, outcome: 'ok', pod: 'web-a', clientId: 'c2' },
    { time: 1.5, outcome: 'refused', reason: 'no endpoints', clientId: 'c2' },
    { time: 9, outcome: 'ok', pod: 'web-b', clientId: 'c1' },
  ];
  it('counts answered requests per pod and client up to now, and failures by outcome', () => {
    const d = countByPod(results, 2);
    expect(d.total).toBe(4);
    expect(d.pods).toEqual([
      { pod: 'default/web-a', total: 2, byClient: { c1: 1, c2: 1 } },
      { pod: 'default/web-b', total: 1, byClient: { c1: 1 } },
    ]);
    expect(d.failures).toEqual({ refused: 1 });
  });
  it('ignores the future (step back lowers the counts)', () => {
    expect(countByPod(results, 0.2).total).toBe(1);
    expect(countByPod(results, -1)).toEqual({ pods: [], failures: {}, total: 0 });
  });
  it('adds the tallies of results the worker no longer keeps, so counts are every request so far', () => {
    const before = [
      { outcome: 'ok', pod: 'default/web-a', clientId: 'c1', count: 1000 },
      { outcome: 'refused', clientId: 'c2', count: 7 },
    ];
    const d = countByPod(results, 2, 'default', before);
    expect(d.total).toBe(1011);
    expect(d.pods[0]).toEqual({ pod: 'default/web-a', total: 1002, byClient: { c1: 1001, c2: 1 } });
    expect(d.failures).toEqual({ refused: 8 });
  });
});
