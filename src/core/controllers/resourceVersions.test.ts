// metadata.resourceVersion on every object after loading (resourceVersions.ts) and generation on
// update (api/systemMeta.ts bumpGeneration): what `kubectl get -o yaml` shows.
import { describe, expect, it } from 'vitest';
import seed from '../../scenarios/default.yaml?raw';
import { loadScenario } from '../scenario/load.ts';
import { runKubectl } from '../kubectl/runKubectl.ts';
import { firstRevision } from './resourceVersions.ts';

const all = (yaml: string, s = 1) => {
  const st = loadScenario(yaml, { seed: s }).state;
  return [
    ...st.namespaces,
    ...st.nodes,
    ...st.services,
    ...st.deployments,
    ...st.replicaSets,
    ...st.pods,
    ...st.endpointSlices,
    ...st.endpoints,
    ...st.ingressClasses,
  ].map((o) => ({
    key: `${o.kind}/${o.metadata.namespace ?? ''}/${o.metadata.name}`,
    rv: o.metadata.resourceVersion,
    created: o.metadata.creationTimestamp ?? '',
  }));
};

describe('resourceVersion', () => {
  it('every object has one: a decimal string, unique, from the seed-derived first revision', () => {
    const objs = all(seed);
    const rvs = objs.map((o) => Number(o.rv));
    expect(objs.every((o) => /^[1-9][0-9]*$/.test(o.rv ?? ''))).toBe(true);
    expect(new Set(rvs).size).toBe(rvs.length);
    expect(Math.min(...rvs)).toBe(firstRevision(1));
  });
  it('older objects were written first', () => {
    const objs = all(seed).sort((a, b) => Number(a.rv) - Number(b.rv));
    const created = objs.map((o) => o.created);
    expect(created).toEqual([...created].sort());
  });
  it('same scenario and seed, same versions; another seed, other versions', () => {
    expect(all(seed)).toEqual(all(seed));
    expect(all(seed, 2).map((o) => o.rv)).not.toEqual(all(seed).map((o) => o.rv));
  });
  it('kubectl get -o yaml shows it; the List kubectl builds has an empty one', () => {
    const s = loadScenario(seed, { seed: 1 });
    const svc = s.state.services.find((x) => x.metadata.name === 'my-service');
    const out = runKubectl(s, ['get', 'svc', 'my-service', '-o', 'yaml']).stdout;
    expect(out).toContain(`  resourceVersion: "${svc?.metadata.resourceVersion ?? 'missing'}"\n`);
    expect(runKubectl(s, ['get', 'svc', '-o', 'yaml']).stdout).toMatch(/\nmetadata:\n {2}resourceVersion: ""\n$/);
  });
});

describe('generation (PrepareForUpdate)', () => {
  const deploy = (replicas: number) =>
    `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  replicas: ${replicas}\n  selector:\n    matchLabels: {app: web}\n  template:\n    metadata:\n      labels: {app: web}\n    spec:\n      containers:\n      - name: web\n        image: nginx\n`;
  it('1 on create, +1 when the spec changes, kept when it does not', () => {
    const changed = loadScenario(`${deploy(1)}---\n${deploy(2)}`, { seed: 1 });
    expect(changed.state.deployments.find((d) => d.metadata.name === 'web')?.metadata.generation).toBe(2);
    expect(changed.applied.map((a) => a.message)).toEqual([
      'deployment.apps/web created',
      'deployment.apps/web configured',
    ]);
    const same = loadScenario(`${deploy(1)}---\n${deploy(1)}`, { seed: 1 });
    expect(same.state.deployments.find((d) => d.metadata.name === 'web')?.metadata.generation).toBe(1);
    expect(same.applied.map((a) => a.message)).toEqual([
      'deployment.apps/web created',
      'deployment.apps/web unchanged',
    ]);
  });
});
