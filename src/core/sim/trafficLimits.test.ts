// The caps of a traffic run (TRAFFIC_LIMITS), each with the message the user sees.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { loadScenario } from '../scenario/load.ts';
import { createTraffic, fairShares, lookAheadSeconds, TRAFFIC_LIMITS, type ClientSpec } from './traffic.ts';

const scenario = loadScenario(
  readFileSync(new URL('../dataplane/fixtures/seed-nodeport.yaml', import.meta.url), 'utf8'),
  { seed: 1 },
);
const nodeIP = scenario.state.nodes[0]!.status!.addresses!.find((a) => a.type === 'InternalIP')!.address;
const client = (id: string, rate: number): ClientSpec => ({
  id,
  from: { kind: 'external', ip: '198.51.100.77' },
  to: `${nodeIP}:30007`,
  rate,
});

describe('traffic limits', () => {
  it('clamps a client over maxRate to maxRate and says so', () => {
    const t = createTraffic(scenario.state, 1, [client('flood', 50_000)]);
    expect(t.step(1)).toHaveLength(TRAFFIC_LIMITS.maxRate);
    expect(t.problems()).toEqual([{ code: 'rateClamped', client: 'flood', rate: 50_000, max: 1000 }]);
  });

  it('refuses a rate that is not a positive number, with the client named', () => {
    const t = createTraffic(scenario.state, 1, [client('zero', 0), client('nan', Number.NaN), client('ok', 1)]);
    expect(new Set(t.step(5).map((r) => r.clientId))).toEqual(new Set(['ok']));
    expect(t.problems()).toEqual([
      { code: 'rateNotPositive', client: 'zero', rate: '0' },
      { code: 'rateNotPositive', client: 'nan', rate: 'NaN' },
    ]);
  });

  it(`runs at most ${TRAFFIC_LIMITS.maxClients} clients`, () => {
    const many = Array.from({ length: TRAFFIC_LIMITS.maxClients + 5 }, (_, i) => client(`c${i}`, 1));
    const t = createTraffic(scenario.state, 1, many);
    const ids = new Set(t.step(2).map((r) => r.clientId));
    expect(ids.size).toBe(TRAFFIC_LIMITS.maxClients);
    expect(ids.has(`c${TRAFFIC_LIMITS.maxClients}`)).toBe(false);
    expect(t.problems()).toEqual([{ code: 'tooManyClients', clients: 55, max: 50 }]);
  });

  it('skips requests beyond maxPerStep in one step, counts them, and stays fast for a huge jump in time', () => {
    const t = createTraffic(scenario.state, 1, [client('a', 1000)], { maxPerStep: 100 });
    expect(t.step(1)).toHaveLength(100);
    expect(t.problems()).toEqual([{ code: 'skipped', count: 900, maxPerStep: 100 }]);
    const start = performance.now();
    expect(t.step(1e9)).toHaveLength(100);
    expect(performance.now() - start).toBeLessThan(2_000);
    expect(t.problems()[0]).toMatchObject({ code: 'skipped' });
    expect(String((t.problems()[0] as { count: number }).count)).toMatch(/^\d{12}$/);
  });

  it('never keeps more than maxResults, even when an option asks for more', () => {
    const t = createTraffic(scenario.state, 1, [client('a', 1000)], { maxResults: 1_000_000 });
    t.step(3);
    expect(t.results()).toHaveLength(TRAFFIC_LIMITS.maxResults);
    expect(t.results().at(-1)!.time).toBeLessThanOrEqual(3);
  });

  // Issue 19, item 3: three clients at the UI's maximum rate, computed 10 s ahead as the page does.
  it('keeps results per client, so three clients at 50/s still show their first second', () => {
    const t = createTraffic(scenario.state, 1, [client('a', 50), client('b', 50), client('c', 50)]);
    t.step(10);
    const results = t.results();
    expect(results).toHaveLength(1_500);
    for (const id of ['a', 'b', 'c']) expect(results.filter((r) => r.clientId === id && r.time <= 1)).toHaveLength(50);
    expect(results.map((r) => r.time)).toEqual([...results.map((r) => r.time)].sort((x, y) => x - y));
    // One client cannot push another's results out: each keeps its own last maxResults.
    const u = createTraffic(scenario.state, 1, [client('fast', 1000), client('slow', 1)]);
    u.step(5);
    expect(u.results().filter((r) => r.clientId === 'slow')).toHaveLength(5);
    expect(u.results().filter((r) => r.clientId === 'fast')).toHaveLength(TRAFFIC_LIMITS.maxResults);
  });

  it('shares the per-step cap fairly between clients, and says how many were skipped', () => {
    const t = createTraffic(scenario.state, 1, [client('a', 1000), client('b', 1000), client('c', 10)], {
      maxPerStep: 300,
    });
    const out = t.step(1);
    const count = (id: string) => out.filter((r) => r.clientId === id).length;
    expect([count('a'), count('b'), count('c')]).toEqual([145, 145, 10]);
    expect(t.problems()).toEqual([{ code: 'skipped', count: 1710, maxPerStep: 300 }]);
    expect(fairShares([5, 100, 100], 100)).toEqual([5, 47, 48]);
    expect(fairShares([0, 0], 10)).toEqual([0, 0]);
    expect(fairShares([10_000, 1], 10_000)).toEqual([9_999, 1]);
  });

  it('tallies the results it stops keeping, so counts so far stay exact past maxResults', () => {
    const t = createTraffic(scenario.state, 1, [client('a', 1000), client('b', 3)]);
    const all = [...t.step(1.5), ...t.step(4)];
    const kept = t.results();
    const dropped = t.dropped();
    expect(kept).toHaveLength(TRAFFIC_LIMITS.maxResults + 12);
    expect(dropped.reduce((n, d) => n + d.count, 0)).toBe(all.length - kept.length);
    const byPod = (list: { pod?: string; count?: number }[]) => {
      const m = new Map<string, number>();
      for (const r of list) m.set(r.pod ?? '', (m.get(r.pod ?? '') ?? 0) + (r.count ?? 1));
      return m;
    };
    const expected = byPod(all);
    for (const [pod, n] of byPod(kept)) expected.set(pod, (expected.get(pod) ?? 0) - n);
    expect(byPod(dropped)).toEqual(new Map([...expected].filter(([, n]) => n > 0)));
    expect(dropped.every((d) => d.clientId === 'a')).toBe(true);
  });

  it('looks ahead at most half of what the fastest client keeps, so results always reach back to now', () => {
    expect(lookAheadSeconds([])).toBe(10);
    expect(lookAheadSeconds([2, 1, 1])).toBe(10);
    expect(lookAheadSeconds([50, 50, 50])).toBe(10);
    expect(lookAheadSeconds([200])).toBe(2.5);
    expect(lookAheadSeconds([5_000])).toBe(0.5); // clamped to maxRate as the generator clamps it
    expect(lookAheadSeconds([0, Number.NaN, 1000])).toBe(0.5);
  });

  it('looks ahead less as the clients together send more, so one answer stays small', () => {
    // 20 clients at 50/s: 1,000 requests a second; 10 s ahead was 10,000 requests, maxPerStep.
    const twenty = Array.from({ length: 20 }, () => 50);
    expect(lookAheadSeconds(twenty)).toBe(2);
    expect(lookAheadSeconds(twenty) * 20 * 50).toBeLessThan(TRAFFIC_LIMITS.maxPerStep);
    // Never below half a second, however many clients send.
    expect(lookAheadSeconds(Array.from({ length: 50 }, () => 1000))).toBe(0.5);
    const t = createTraffic(
      scenario.state,
      1,
      twenty.map((r, i) => client(`c${i}`, r)),
    );
    t.step(lookAheadSeconds(twenty));
    expect(t.problems().filter((p) => p.code === 'skipped')).toEqual([]);
  });

  it('keeps the results of the fastest client reaching back to now', () => {
    // The property: with the page's refill rule (ask again when half the look-ahead is left), the
    // oldest kept result of the fastest client is never later than the clock.
    for (const rate of [1, 50, 150, 400, 1000]) {
      const ahead = lookAheadSeconds([rate, 1]);
      const t = createTraffic(scenario.state, 1, [client('fast', rate), client('slow', 1)]);
      for (let now = 0; now < 12; now += ahead / 2) {
        t.step(now + ahead);
        const own = t.results().filter((r) => r.clientId === 'fast');
        if (now >= 1) expect(own[0]!.time, `rate ${rate} at ${now}`).toBeLessThanOrEqual(now);
      }
    }
  });
});
