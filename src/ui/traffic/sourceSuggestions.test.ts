// What the client form offers as a traffic source, on the view the worker builds of a real scenario.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../core/scenario/index.ts';
import { toClusterView } from '../../worker/view.ts';
import { sourceSuggestions } from './clientSuggestions.ts';
import { fromClusterView } from '../diagram/fromClusterView.ts';

const scenario = (path: string) =>
  toClusterView(loadScenario(readFileSync(new URL(path, import.meta.url), 'utf8'), { seed: 1 }));

describe('traffic sources offered', () => {
  it("offers the learner's workloads, never what the cluster runs for itself (a Gateway's data plane, the controllers)", () => {
    // Lesson 15: Deployments web-v1 and web-v2, a Gateway shop (data plane shop-nginx, provisioned by the
    // built-in controller in the Gateway's namespace) and the controller's own nginx-gateway.
    const view = scenario('../../scenarios/lessons/15-canary-weights/solution-1.yaml');
    expect(view.workloads.map((w) => `${w.kind}/${w.namespace}/${w.name}`)).toEqual(
      expect.arrayContaining(['Deployment/default/shop-nginx', 'Deployment/nginx-gateway/nginx-gateway']),
    );
    expect(sourceSuggestions(view)).toEqual(['deployment/default/web-v1', 'deployment/default/web-v2']);
  });

  it('the diagram hides the same objects: the Gateway box stands for its data plane (docs/gateway-api.md §7)', () => {
    const view = scenario('../../scenarios/lessons/15-canary-weights/solution-1.yaml');
    const hidden = fromClusterView(view);
    const pods = hidden.nodes.flatMap((n) => n.pods.map((p) => `${p.namespace}/${p.name}`));
    expect(pods.filter((p) => /shop-nginx|nginx-gateway/.test(p))).toEqual([]);
    expect(pods.filter((p) => /web-v[12]-/.test(p)).length).toBeGreaterThan(0);
    expect(hidden.services.map((x) => x.name)).not.toContain('shop-nginx');
    expect(hidden.loadBalancers ?? []).toEqual([]);
    const all = fromClusterView(view, true);
    expect(all.services.map((x) => x.name)).toContain('shop-nginx');
    expect(all.nodes.flatMap((n) => n.pods.map((p) => p.name)).some((p) => p.startsWith('shop-nginx-'))).toBe(true);
  });

  it('nor the ingress controller of an Ingress scenario', () => {
    const view = scenario('../../core/dataplane/fixtures/ingress.yaml');
    expect(view.workloads.some((w) => w.namespace === 'ingress-nginx')).toBe(true);
    expect(sourceSuggestions(view).filter((s) => s.includes('ingress-nginx'))).toEqual([]);
  });
});
