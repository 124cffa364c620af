import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { loadScenario } from '../scenario/load.ts';
import { resolveName } from './dns.ts';

const read = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');

describe('controllers behind the real API server (loadScenario)', () => {
  it('runs the web fixture end to end', () => {
    const { state, diagnostics } = loadScenario(read('web.yaml'));
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(state.pods.filter((p) => p.metadata.namespace === 'shop' && p.status?.phase === 'Running')).toHaveLength(3);
    const slice = state.endpointSlices.find((s) => s.metadata.labels?.['kubernetes.io/service-name'] === 'web');
    expect(slice?.endpoints).toHaveLength(3);
    expect(resolveName(state, 'web.shop', 'default')).toMatchObject({ kind: 'A' });
  });

  it('gives the seed LoadBalancer Service an external IP', () => {
    const text = readFileSync(new URL('../fixtures/seed/05-tomcat-loadbalancer.yaml', import.meta.url), 'utf8');
    const { state } = loadScenario(text);
    const svc = state.services.find((s) => s.metadata.name === 'tomcat-loadbalancer');
    expect(svc?.status?.loadBalancer?.ingress).toEqual([{ ip: '198.51.100.10', ipMode: 'VIP' }]);
  });

  it('loads every seed example with Endpoints and slices for each selector Service', () => {
    const dir = new URL('../fixtures/seed/', import.meta.url);
    for (const f of readdirSync(dir).filter((x) => x.endsWith('.yaml'))) {
      const { state } = loadScenario(readFileSync(new URL(f, dir), 'utf8'));
      for (const svc of state.services.filter((s) => s.spec.selector)) {
        expect(
          state.endpoints.some((e) => e.metadata.name === svc.metadata.name),
          `${f}: ${svc.metadata.name}`,
        ).toBe(true);
        expect(
          state.endpointSlices.some((e) => e.metadata.labels?.['kubernetes.io/service-name'] === svc.metadata.name),
        ).toBe(true);
      }
    }
  });

  it('is deterministic for a seed', () => {
    const a = loadScenario(read('lb-ingress.yaml'), { seed: 3 }).state;
    const b = loadScenario(read('lb-ingress.yaml'), { seed: 3 }).state;
    expect(JSON.stringify(a.pods)).toBe(JSON.stringify(b.pods));
    expect(JSON.stringify(a.endpointSlices)).toBe(JSON.stringify(b.endpointSlices));
  });
});

describe('bad input never crashes the controllers', () => {
  it('survives malformed workloads and services built without admission', async () => {
    const { buildState } = await import('./fixtures/buildState.ts');
    const yaml = [
      'apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: odd}\nspec: {replicas: "many", template: {spec: {containers: null}}}',
      'apiVersion: v1\nkind: Pod\nmetadata: {name: p, labels: {app: x}}\nspec: {containers: [null, {name: c, ports: [null]}]}',
      'apiVersion: v1\nkind: Service\nmetadata: {name: s}\nspec: {selector: {app: x}, ports: [{port: 80, targetPort: missing}]}',
      'apiVersion: apps/v1\nkind: StatefulSet\nmetadata: {name: st}\nspec: {replicas: -3}',
    ].join('\n---\n');
    const { state } = buildState(yaml);
    expect(state.pods.some((p) => p.metadata.name === 'p' && p.status?.phase === 'Running')).toBe(true);
    const slice = state.endpointSlices.find((s) => s.metadata.labels?.['kubernetes.io/service-name'] === 's');
    expect(slice?.ports).toEqual([]);
  });
});
