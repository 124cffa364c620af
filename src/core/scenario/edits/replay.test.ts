// KubectlHistory replay: a deleted generated pod is replaced with a new seeded name, a relabelled
// pod leaves its ReplicaSet and the EndpointSlice, the readiness annotation makes it not ready,
// and the same YAML + seed always gives the same cluster.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { loadScenario } from '../load.ts';
import { deletePod, markPodReady, relabelPod } from './podEdits.ts';

const WEB = readFileSync('src/core/scenario/edits/fixtures/web.yaml', 'utf8');
const webPods = (s: ReturnType<typeof loadScenario>) =>
  s.state.pods.filter((p) => p.metadata.name.startsWith('web-')).map((p) => p.metadata.name);
const sliceTargets = (s: ReturnType<typeof loadScenario>) =>
  s.state.endpointSlices
    .filter((e) => e.metadata.labels?.['kubernetes.io/service-name'] === 'my-service')
    .flatMap((e) => (e.endpoints ?? []).map((x) => `${x.targetRef?.name ?? ''}:${String(x.conditions?.ready)}`))
    .sort();
const must = (r: { ok: boolean; yaml?: string }) => r.yaml ?? '';

describe('KubectlHistory replay', () => {
  const base = loadScenario(WEB);
  const [first, second] = webPods(base);

  it('delete pod: the ReplicaSet creates a replacement with a new name, and the slice follows', () => {
    // Pod names and IPs are seeded: inline snapshots, so a deliberate RNG change is one `vitest -u` away.
    expect(webPods(base)).toMatchInlineSnapshot(`
      [
        "web-7f9b6fc67c-97vnk",
        "web-7f9b6fc67c-fjwvk",
        "web-7f9b6fc67c-xxjws",
      ]
    `);
    const after = loadScenario(must(deletePod(WEB, first ?? '')));
    expect(after.diagnostics).toEqual([]);
    const replacementName = webPods(after).find((n) => !webPods(base).includes(n)) ?? '';
    expect(webPods(after)).toEqual([...webPods(base).filter((n) => n !== first), replacementName]);
    const replacement = after.state.pods.find((p) => p.metadata.name === replacementName);
    expect(replacement?.metadata.ownerReferences?.[0]?.name).toBe('web-7f9b6fc67c');
    expect({ name: replacementName, podIP: replacement?.status?.podIP }).toMatchInlineSnapshot(`
      {
        "name": "web-7f9b6fc67c-h2l6t",
        "podIP": "10.244.1.4",
      }
    `);
    expect(sliceTargets(after)).toEqual(
      webPods(after)
        .map((n) => `${n}:true`)
        .sort(),
    );
    // The slice keeps its name (updated in place).
    expect(after.state.endpointSlices.map((e) => e.metadata.name)).toEqual(
      base.state.endpointSlices.map((e) => e.metadata.name),
    );
  });

  it('relabel out of the selector: released from the ReplicaSet, replaced, removed from the slice', () => {
    const after = loadScenario(must(relabelPod(WEB, second ?? '', { app: 'other' }, [], 'default', { app: 'web' })));
    const moved = after.state.pods.find((p) => p.metadata.name === second);
    expect(moved?.metadata.labels?.app).toBe('other');
    expect(moved?.metadata.ownerReferences).toBeUndefined();
    expect(webPods(after)).toHaveLength(4);
    expect(sliceTargets(after)).not.toContain(`${second ?? ''}:true`);
    expect(sliceTargets(after)).toHaveLength(3);
  });

  it('markPodReady(false) on a generated pod: not ready in the slice, 0/1 READY', () => {
    const after = loadScenario(must(markPodReady(WEB, first ?? '', false)));
    expect(sliceTargets(after)).toContain(`${first ?? ''}:false`);
    const rs = after.state.replicaSets[0];
    expect(rs?.status?.readyReplicas).toBe(2);
  });

  it('a command that no longer applies is a warning at its line, not a crash', () => {
    const yaml = `${WEB}---\napiVersion: playground.ksp.dev/v1alpha1\nkind: KubectlHistory\ncommands:\n- kubectl delete pod gone-12345\n- kubectl scale deployment web --replicas=2\n`;
    const s = loadScenario(yaml);
    expect(s.diagnostics.map((d) => `${d.line}: ${d.message}`)).toEqual([
      '50: KubectlHistory: "kubectl delete pod gone-12345" was not replayed: Error from server (NotFound): pods "gone-12345" not found',
      '51: KubectlHistory: "kubectl scale deployment web --replicas=2" was not replayed: only "kubectl delete|label|annotate pod …" is replayed',
    ]);
  });

  it('is deterministic: same YAML and seed give the same pods, IPs and slices', () => {
    const yaml = must(deletePod(must(deletePod(WEB, first ?? '')), second ?? ''));
    const snap = (s: ReturnType<typeof loadScenario>) => JSON.stringify([s.state.pods, s.state.endpointSlices]);
    expect(snap(loadScenario(yaml, { seed: 7 }))).toBe(snap(loadScenario(yaml, { seed: 7 })));
    expect(webPods(loadScenario(yaml))).toHaveLength(3);
  });
});
