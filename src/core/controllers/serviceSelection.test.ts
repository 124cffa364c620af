import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { podSelection, selectedPods } from './serviceSelection.ts';
import { emptyClusterState } from '../model/clusterState.ts';
import { defaultSettings } from '../model/settings.ts';
import type { Pod } from '../model/objects.ts';
import { storedPod, storedService } from '../api/defaults.ts';

const label = fc.constantFrom('app', 'tier', 'a.b/c');
const value = fc.constantFrom('web', 'db', '1', '');
const labels = fc.dictionary(label, value, { maxKeys: 3 });
const ns = fc.constantFrom('default', 'shop');

function state(pods: Pod[]) {
  const s = emptyClusterState(
    defaultSettings(),
    1,
    { createdAt: '2025-01-01T00:00:00Z', now: '2025-01-01T00:01:00Z' },
    [],
  );
  s.pods.push(...pods.map(storedPod));
  return s;
}

describe(podSelection, () => {
  it('selects exactly what selectedPods selects, in the same order', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ ns, labels }), { maxLength: 30 }),
        fc.array(fc.record({ ns, selector: labels }), { maxLength: 10 }),
        (podSpecs, svcSpecs) => {
          const s = state(
            podSpecs.map((p, i): Pod => ({
              apiVersion: 'v1',
              kind: 'Pod',
              metadata: { name: `p${i}`, namespace: p.ns, labels: p.labels },
              spec: { containers: [] },
            })),
          );
          const select = podSelection(s);
          for (const [i, sv] of svcSpecs.entries()) {
            const svc = storedService({
              apiVersion: 'v1',
              kind: 'Service',
              metadata: { name: `s${i}`, namespace: sv.ns },
              spec: { selector: sv.selector },
            });
            expect(select(svc).map((p) => p.metadata.name)).toEqual(selectedPods(s, svc).map((p) => p.metadata.name));
          }
        },
      ),
      { seed: 6, numRuns: 300 },
    );
  });

  it('matches no pod on a null label value, like the scan', () => {
    const pod = {
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: { name: 'p', namespace: 'default', labels: { app: null as unknown as string } },
      spec: { containers: [] },
    } satisfies Pod;
    const s = state([pod]);
    const svc = storedService({
      apiVersion: 'v1',
      kind: 'Service',
      metadata: { name: 's', namespace: 'default' },
      spec: { selector: { app: 'null' } },
    });
    expect(podSelection(s)(svc)).toEqual([]);
    expect(selectedPods(s, svc)).toEqual([]);
  });
});
