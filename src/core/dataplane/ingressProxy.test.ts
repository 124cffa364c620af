// ingress-nginx's round-robin over a backend's endpoints (ingressProxy.ts), read from the index's
// upstream table (one array, an endpoint's fields side by side at its route's place) against the
// straightforward answer: the backend Service port's ready endpoints in kube-proxy's order, taken
// in turn per controller pod and backend, whichever route of it a request matched
// (ingress-nginx balancer.lua: one balancer per upstream, round_robin by default).
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { loadScenario } from '../scenario/load.ts';
import { createRng } from '../random/rng.ts';
import { createDataplane } from './send.ts';
import { buildClusterIndex } from './clusterIndex.ts';
import type { RequestResult } from './types.ts';

const load = (file: string) =>
  loadScenario(readFileSync(new URL(`./fixtures/${file}`, import.meta.url), 'utf8'), { seed: 1, fileName: file });

describe('ingress-nginx round-robin through the upstream table', () => {
  it('each request gets the next endpoint of its backend, its texts and pod, as the endpoint list gives them', () => {
    const { state } = load('ingress.yaml');
    const dp = createDataplane(state, createRng(1));
    const index = buildClusterIndex(state);
    // The routes of the fixture and the backend each reaches: `/api` Exact goes to web, the
    // `/api/…` Prefix and the wildcard host to api (by port name and by number: one Service port).
    const targets: [string, string][] = [
      ['http://shop.example.com/', 'web'],
      ['http://shop.example.com/api/v1', 'api'],
      ['http://shop.example.com/api', 'web'],
      ['http://a.example.org/', 'api'],
      ['http://shop.example.com/static', 'web'],
      ['http://b.example.org/x', 'api'],
    ];
    const turn = new Map<string, number>();
    let checked = 0;
    for (let i = 0; i < 60; i++) {
      const [to, service] = targets[(i * 7) % targets.length]!;
      const r: RequestResult = dp.send({ from: { kind: 'external' }, to, time: i });
      expect(r.outcome).toBe('ok');
      const upstream = r.hops.find((h) => h.kind === 'ingress')!;
      const svc = state.services.find((s) => s.metadata.name === service)!;
      const eps = index.servicePort(upstream.node!, svc, 0)!.clusterEndpoints;
      const key = `${upstream.node}|${service}`;
      const next = ((turn.get(key) ?? -1) + 1) % eps.length;
      turn.set(key, next);
      const ep = eps[next]!;
      expect(upstream.toIP).toBe(ep.ip);
      expect(upstream.packet?.dst).toBe(ep.endpoint);
      expect(upstream.detail).toBe(
        `ingress-nginx matched ${upstream.rule}; upstream ${upstream.say?.params.upstream as string} round-robin → ${ep.endpoint}`,
      );
      expect(upstream.say?.params.endpoint).toBe(ep.endpoint);
      const pod = state.pods.find((p) => p.status?.podIP === ep.ip)!;
      expect(r.pod).toBe(`${pod.metadata.namespace}/${pod.metadata.name}`);
      expect([r.podIP, r.port]).toEqual([ep.ip, ep.port]);
      expect(r.reply![0]).toMatchObject({ step: 'pod', src: ep.endpoint });
      checked++;
    }
    expect(checked).toBe(60);
    // Both backends were taken in turn more than once round.
    expect([...turn.keys()].length).toBeGreaterThanOrEqual(2);
  });
});
