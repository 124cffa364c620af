import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createTraffic, TRAFFIC_LIMITS } from '../core/sim/index.ts';
import { loadScenario } from '../core/scenario/index.ts';
import { createTrafficRunner, parseSource, runTraffic, toCoreClients } from './traffic.ts';
import type { ClientSpec } from './protocol.ts';

const scenario = loadScenario(readFileSync(new URL('../scenarios/default.yaml', import.meta.url), 'utf8'), { seed: 3 });
const clients: ClientSpec[] = [
  { id: 'laptop', from: 'external', to: 'http://192.168.1.11:30080', rate: 2, sourceIP: '198.51.100.7' },
  { id: 'inside', from: 'node:node-2', to: 'my-service.default.svc.cluster.local:80', rate: 1 },
];
const run = (cs: ClientSpec[], toTime: number) => runTraffic(scenario, cs, toTime);

describe(createTrafficRunner, () => {
  it('gives exactly what the core generator gives for the same clients and seed (no logic of its own)', () => {
    const mine = run(clients, 5);
    const core = createTraffic(scenario.state, scenario.state.seed, toCoreClients(clients));
    core.step(5);
    expect(JSON.stringify(mine.results)).toBe(JSON.stringify(core.results()));
    expect(mine.results.length).toBeGreaterThan(10);
  });

  it('tags each request with its client, in time order, and reaches the web pods through the NodePort', () => {
    const { results } = run(clients.slice(0, 1), 5);
    expect(results.every((r) => r.clientId === 'laptop' && r.outcome === 'ok' && r.port === 9376)).toBe(true);
    expect(results.every((r) => r.sourceIP !== undefined)).toBe(true);
    const times = results.map((r) => r.time);
    expect([...times].sort((a, b) => a - b)).toEqual(times);
  });

  it('playing forward in steps gives the same packets as one long run; going back starts over', () => {
    const runner = createTrafficRunner();
    runner(scenario, clients, 3);
    const stepped = runner(scenario, clients, 7);
    expect(JSON.stringify(stepped.results)).toBe(JSON.stringify(run(clients, 7).results));
    const back = runner(scenario, clients, 2);
    expect(JSON.stringify(back.results)).toBe(JSON.stringify(run(clients, 2).results));
  });

  it('keeps the core caps and ignores clients it cannot place', () => {
    const flood = run([{ id: 'x', from: 'external', to: 'http://192.168.1.11:30080', rate: 1e9 }], 2);
    expect(flood.results.length).toBe(TRAFFIC_LIMITS.maxResults);
    expect(run([{ id: 'y', from: 'somewhere', to: 'x', rate: 1 }], 5).results).toEqual([]);
  });
});

describe(parseSource, () => {
  it('parses client origins', () => {
    expect(parseSource('pod:default/web-1')).toEqual({ kind: 'pod', namespace: 'default', name: 'web-1' });
    expect(parseSource('node:node-1')).toEqual({ kind: 'node', name: 'node-1' });
    expect(parseSource('external', '1.2.3.4')).toEqual({ kind: 'external', ip: '1.2.3.4' });
    expect(parseSource('external')).toEqual({ kind: 'external' });
    expect(parseSource('pod:nonamespace')).toBeNull();
  });
});
