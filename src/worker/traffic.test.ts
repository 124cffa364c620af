import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createTraffic, TRAFFIC_LIMITS } from '../core/sim/index.ts';
import { loadScenario } from '../core/scenario/index.ts';
import { createTrafficRunner, runTraffic } from './traffic.ts';
import { appendKept, type ClientDecl, type ClientSpec } from './protocol.ts';

const scenario = loadScenario(readFileSync(new URL('../scenarios/default.yaml', import.meta.url), 'utf8'), { seed: 3 });
const url = (u: string): ClientDecl['to'] => ({ kind: 'url', url: u });
const clients: ClientDecl[] = [
  { id: 'laptop', from: { kind: 'external', ip: '198.51.100.7' }, to: url('http://192.168.1.11:30080'), rate: 2 },
  { id: 'inside', from: { kind: 'node', name: 'node-2' }, to: url('my-service.default.svc.cluster.local:80'), rate: 1 },
];
/** A URL declaration runs as the ClientSpec with that URL. */
const specs = (cs: ClientDecl[]): ClientSpec[] =>
  cs.map((c) => ({ id: c.id, from: c.from as ClientSpec['from'], to: (c.to as { url: string }).url, rate: c.rate }));
const run = (cs: ClientDecl[], toTime: number) => runTraffic(scenario, cs, toTime);

describe(createTrafficRunner, () => {
  it('gives exactly what the core generator gives for the same clients and seed (no logic of its own)', () => {
    const mine = run(clients, 5);
    const core = createTraffic(scenario.state, scenario.state.seed, specs(clients));
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

  it('keeps the core caps', () => {
    const flood = run([{ id: 'x', from: { kind: 'external' }, to: url('http://192.168.1.11:30080'), rate: 1e9 }], 2);
    expect(flood.results.length).toBe(TRAFFIC_LIMITS.maxResults);
  });

  it("names each client's entry object, and each result's, as the core decides it", () => {
    const pod = scenario.state.pods.find((p) => p.metadata?.name?.startsWith('web-'))!;
    const answer = run(
      [
        ...clients,
        {
          id: 'curl',
          from: { kind: 'pod', namespace: 'default', name: pod.metadata!.name! },
          to: url('my-service'),
          rate: 1,
        },
        { id: 'nowhere', from: { kind: 'external' }, to: url('no-such-host'), rate: 1 },
      ],
      3,
    );
    expect(answer.entries).toEqual({
      laptop: { kind: 'Node', name: 'node-1' },
      // A node does not resolve cluster names (its own resolv.conf): no entry, like `nowhere`.
      curl: { kind: 'Service', namespace: 'default', name: 'my-service' },
    });
    for (const r of answer.results) expect(r.entry).toEqual(answer.entries[r.clientId!]);
  });

  it('resolves declarations on every load: the default clients follow the seed, a missing Service sends nothing', () => {
    const seven = loadScenario(readFileSync(new URL('../scenarios/default.yaml', import.meta.url), 'utf8'), {
      seed: 7,
    });
    for (const sc of [scenario, seven]) {
      const answer = runTraffic(sc, null, 5);
      expect(answer.declared.map((c) => c.id)).toEqual(['laptop', 'phone', 'curl']);
      expect(answer.clients.every((c) => c.ok)).toBe(true);
      // Every request of the default clients is answered by a pod: no failure the learner did not cause.
      expect(answer.results.length).toBeGreaterThan(10);
      expect(answer.results.filter((r) => r.outcome !== 'ok')).toEqual([]);
    }
    const gone = runTraffic(
      scenario,
      [
        {
          id: 'c',
          from: { kind: 'external' },
          to: { kind: 'nodePort', namespace: 'default', service: 'gone' },
          rate: 5,
        },
      ],
      5,
    );
    expect(gone.clients).toEqual([
      { id: 'c', ok: false, problem: { code: 'target-missing', namespace: 'default', service: 'gone' } },
    ]);
    expect(gone.results).toEqual([]);
  });
});

describe('answers that append (since: last)', () => {
  it('carry only the new results, and appending them keeps the same list as a whole answer, past the per-client cap', () => {
    const fast = clients.map((c) => ({ ...c, rate: 60 }));
    const runner = createTrafficRunner();
    const first = runner(scenario, fast, 2, 'start');
    expect(first.appended).toBe(false);
    let kept = first.results;
    let lastTime = kept.at(-1)!.time;
    // 60 s at 60/s is 3,600 requests a client: past TRAFFIC_LIMITS.maxResults, so the cap trims.
    for (let t = 4; t <= 60; t += 2) {
      const next = runner(scenario, fast, t, 'last');
      expect(next.appended).toBe(true);
      expect(next.keepPerClient).toBe(TRAFFIC_LIMITS.maxResults);
      expect(next.results.length).toBeLessThan(2 * 60 * 2 + 2); // this step's, not every kept one
      expect(next.results.every((r) => r.time > lastTime)).toBe(true);
      lastTime = next.results.at(-1)!.time;
      kept = appendKept(kept, next.results, next.keepPerClient);
    }
    const whole = runTraffic(scenario, fast, 60);
    expect(kept.length).toBe(2 * TRAFFIC_LIMITS.maxResults);
    expect(JSON.stringify(kept)).toBe(JSON.stringify(whole.results));
  });

  it("start over on 'start', on going back in time and on other clients: those answers hold every kept result", () => {
    const runner = createTrafficRunner();
    runner(scenario, clients, 5, 'start');
    expect(runner(scenario, clients, 6, 'last').appended).toBe(true);
    expect(runner(scenario, clients, 6, 'start').appended).toBe(false);
    expect(runner(scenario, clients, 3, 'last').appended).toBe(false);
    const other = runner(scenario, clients.slice(0, 1), 4, 'last');
    expect(other.appended).toBe(false);
    expect(JSON.stringify(other.results)).toBe(JSON.stringify(run(clients.slice(0, 1), 4).results));
  });
});
