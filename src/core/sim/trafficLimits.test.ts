// The caps of a traffic run (TRAFFIC_LIMITS), each with the message the user sees.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { loadScenario } from '../scenario/load.ts';
import { createTraffic, TRAFFIC_LIMITS, type ClientSpec } from './traffic.ts';

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
    expect(t.problems()).toEqual([
      'client "flood": rate 50000 requests/s is over the playground\'s limit of 1000 per client, so it sends 1000 per second',
    ]);
  });

  it('refuses a rate that is not a positive number, with the client named', () => {
    const t = createTraffic(scenario.state, 1, [client('zero', 0), client('nan', Number.NaN), client('ok', 1)]);
    expect(new Set(t.step(5).map((r) => r.clientId))).toEqual(new Set(['ok']));
    expect(t.problems()).toEqual([
      'client "zero": rate 0 is not a number of requests per second above 0, so it sends nothing',
      'client "nan": rate NaN is not a number of requests per second above 0, so it sends nothing',
    ]);
  });

  it(`runs at most ${TRAFFIC_LIMITS.maxClients} clients`, () => {
    const many = Array.from({ length: TRAFFIC_LIMITS.maxClients + 5 }, (_, i) => client(`c${i}`, 1));
    const t = createTraffic(scenario.state, 1, many);
    const ids = new Set(t.step(2).map((r) => r.clientId));
    expect(ids.size).toBe(TRAFFIC_LIMITS.maxClients);
    expect(ids.has(`c${TRAFFIC_LIMITS.maxClients}`)).toBe(false);
    expect(t.problems()).toEqual([
      '55 traffic clients; the playground runs at most 50, so only the first 50 send requests',
    ]);
  });

  it('skips requests beyond maxPerStep in one step, counts them, and stays fast for a huge jump in time', () => {
    const t = createTraffic(scenario.state, 1, [client('a', 1000)], { maxPerStep: 100 });
    expect(t.step(1)).toHaveLength(100);
    expect(t.problems()).toEqual([
      '900 requests were skipped: one step sends at most 100 requests (advance the clock in smaller steps or lower the rates)',
    ]);
    const start = performance.now();
    expect(t.step(1e9)).toHaveLength(100);
    expect(performance.now() - start).toBeLessThan(2_000);
    expect(t.problems()[0]).toMatch(/^\d{12} requests were skipped/);
  });

  it('never keeps more than maxResults, even when an option asks for more', () => {
    const t = createTraffic(scenario.state, 1, [client('a', 1000)], { maxResults: 1_000_000 });
    t.step(3);
    expect(t.results()).toHaveLength(TRAFFIC_LIMITS.maxResults);
    expect(t.results().at(-1)!.time).toBeLessThanOrEqual(3);
  });
});
