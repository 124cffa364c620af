import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../core/index.ts';
import { createTrafficRunner, parseSource, runTraffic, MAX_REQUESTS, MAX_RESULTS } from './traffic.ts';
import type { ClientSpec } from './protocol.ts';

const scenario = loadScenario(readFileSync(new URL('../scenarios/default.yaml', import.meta.url), 'utf8'), { seed: 3 });
const clients: ClientSpec[] = [
  { id: 'laptop', from: 'external', to: 'http://192.168.1.11:30080', rate: 2, sourceIP: '198.51.100.7' },
  { id: 'inside', from: 'node:node-2', to: 'my-service.default.svc.cluster.local:80', rate: 1 },
];

describe(runTraffic, () => {
  it('sends rate × time + 1 requests per client, in time order, tagged with the client', () => {
    const { results } = runTraffic(scenario, clients, 2);
    expect(results.map((r) => `${r.time}:${r.clientId}`)).toEqual([
      '0:laptop', '0:inside', '0.5:laptop', '1:laptop', '1:inside', '1.5:laptop', '2:laptop', '2:inside',
    ]);
    expect(results.map((r) => r.index)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
  });

  it('reaches the web pods through the NodePort on port 9376', () => {
    const { results } = runTraffic(scenario, clients.slice(0, 1), 5);
    expect(results.every((r) => r.outcome === 'ok')).toBe(true);
    expect(new Set(results.map((r) => r.port))).toEqual(new Set([9376]));
    expect(results.every((r) => r.pod?.startsWith('default/web-'))).toBe(true);
  });

  it('is deterministic for a scenario and seed', () => {
    const a = runTraffic(scenario, clients, 10);
    const b = runTraffic(scenario, clients, 10);
    expect(JSON.stringify(b)).toBe(JSON.stringify(a));
  });

  it('playing forward in steps gives the same packets as one long run', () => {
    const run = createTrafficRunner();
    run(scenario, clients, 3);
    const stepped = run(scenario, clients, 7);
    const whole = runTraffic(scenario, clients, 7);
    expect(JSON.stringify(stepped.results)).toBe(JSON.stringify(whole.results));
  });

  it('caps the number of requests and ignores clients it cannot place', () => {
    const flood = runTraffic(scenario, [{ id: 'x', from: 'external', to: 'http://192.168.1.11:30080', rate: 1e9 }], 1e6);
    expect(flood.results.length).toBe(MAX_RESULTS);
    expect(flood.results.at(-1)!.index).toBe(MAX_REQUESTS - 1);
    expect(runTraffic(scenario, [{ id: 'y', from: 'somewhere', to: 'x', rate: 1 }], 5).results).toEqual([]);
  });

  it('parses client origins', () => {
    expect(parseSource('pod:default/web-1')).toEqual({ kind: 'pod', namespace: 'default', name: 'web-1' });
    expect(parseSource('node:node-1')).toEqual({ kind: 'node', name: 'node-1' });
    expect(parseSource('external', '1.2.3.4')).toEqual({ kind: 'external', ip: '1.2.3.4' });
    expect(parseSource('pod:nonamespace')).toBeNull();
  });
});
