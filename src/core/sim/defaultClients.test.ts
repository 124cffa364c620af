import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../scenario/load.ts';
import { defaultClients } from './defaultClients.ts';
import { formatSourceDecl, formatTargetDecl } from './clientText.ts';
import { resolveClients } from './resolveClients.ts';

const defaultYaml = readFileSync(new URL('../../scenarios/default.yaml', import.meta.url), 'utf8');
const text = (yaml: string, seed = 1) =>
  defaultClients(loadScenario(yaml, { seed }).state).map(
    (c) => `${c.id}: ${formatSourceDecl(c.from)} → ${formatTargetDecl(c.to)} @${c.rate}/s`,
  );

describe('defaultClients', () => {
  it('declares outside clients on the NodePort of two nodes and a workload calling the ClusterIP, by name', () => {
    const expected = [
      'laptop: external/203.0.113.10 → nodeport/default/my-service-nodeport:80@node-1 @2/s',
      'phone: external/203.0.113.25 → nodeport/default/my-service-nodeport:80@node-2 @1/s',
      'curl: deployment/default/web → service/default/my-service:80 @2/s',
    ];
    expect(text(defaultYaml)).toEqual(expected);
    // The same declarations with any seed: no seeded pod name, no allocated address.
    expect(text(defaultYaml, 7)).toEqual(expected);
  });

  it('resolves at every seed to clients whose every request is answered', () => {
    for (const seed of [1, 3, 7, 42]) {
      const state = loadScenario(defaultYaml, { seed }).state;
      const resolved = resolveClients(state, defaultClients(state));
      expect(resolved.every((r) => r.ok)).toBe(true);
    }
  });

  it('prefers a LoadBalancer address when the cloud provisioned one', () => {
    const lb = defaultYaml.replace('  type: NodePort', '  type: LoadBalancer');
    expect(text(lb)[0]).toBe('laptop: external/203.0.113.10 → loadbalancer/default/my-service-nodeport:80 @2/s');
  });

  it("follows the scenario: the blog's first Service alone gets one in-cluster client, never the old NodePort", () => {
    const blog = readFileSync(new URL('./fixtures/blog-first-service.yaml', import.meta.url), 'utf8');
    expect(text(blog)).toEqual(['curl: deployment/default/my-app → service/default/my-service:80 @2/s']);
  });

  it('adds nothing when no Service has endpoints', () => {
    expect(text(defaultYaml.replace(/replicas: 3/, 'replicas: 0'))).toEqual([]);
  });
});
