// host-local IPAM (podIPAM.ts): addresses from .2 in order on the first sync; later ones continue
// after the last reserved address and wrap around, so a replacement pod never gets the address of
// the pod it replaces while the range has others.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { loadScenario } from '../scenario/load.ts';
import { deletePod } from '../scenario/edits/podEdits.ts';
import type { ClusterState } from '../model/clusterState.ts';
import type { Pod } from '../model/objects.ts';
import type { AdmittedNode } from '../model/admitted.ts';
import { createPodIPAM } from './podIPAM.ts';

/** The edited YAML; a failed edit fails the test. */
const edited = (r: { ok: true; yaml: string } | { ok: false; error: string }): string => {
  if (!r.ok) throw new Error(r.error);
  return r.yaml;
};

const WEB = readFileSync('src/core/scenario/edits/fixtures/web.yaml', 'utf8');
const ipOf = (s: ReturnType<typeof loadScenario>) =>
  new Map(s.state.pods.map((p) => [p.metadata.name, p.status?.podIP ?? '']));
const node = (name: string, podCIDR: string): AdmittedNode => ({
  apiVersion: 'v1',
  kind: 'Node',
  metadata: { name },
  spec: { podCIDR },
});
const pod = (name: string, nodeName: string, podIP: string): Pod => ({
  apiVersion: 'v1',
  kind: 'Pod',
  metadata: { name },
  spec: { containers: [], nodeName },
  status: { podIP },
});
const emptyState = (pods: Pod[], podIPAM?: Map<string, string>): ClusterState =>
  ({ pods, ...(podIPAM ? { podIPAM } : {}) }) as unknown as ClusterState;

describe('pod IPAM (host-local)', () => {
  it('hands out .2, .3, … per node on the first sync, ignoring addresses written in a pod status', () => {
    const n = node('n1', '10.244.1.0/29');
    const s = emptyState([pod('declared', 'n1', '10.244.1.2')]);
    const ipam = createPodIPAM(s, 'none');
    expect(Array.from({ length: 6 }, () => ipam.allocate(n))).toEqual([
      '10.244.1.2',
      '10.244.1.3',
      '10.244.1.4',
      '10.244.1.5',
      '10.244.1.6',
      null,
    ]);
    expect(s.podIPAM?.get('n1')).toBe('10.244.1.6');
    expect(createPodIPAM(s, 'none').allocate(node('n2', '10.244.2.0/30'))).toBe('10.244.2.2');
    expect(createPodIPAM(s, 'none').allocate(node('n3', '10.244.3.0/31'))).toBeNull();
    expect(createPodIPAM(s, 'none').allocate({ metadata: { name: 'bare' } })).toBeNull();
  });

  it('continues after the last reserved address, wraps, and skips addresses pods hold', () => {
    const n = node('n1', '10.244.1.0/29');
    const s = emptyState([pod('a', 'n1', '10.244.1.2'), pod('b', 'n1', '10.244.1.4')], new Map([['n1', '10.244.1.5']]));
    const ipam = createPodIPAM(s, 'from-pods');
    expect([ipam.allocate(n), ipam.allocate(n), ipam.allocate(n), ipam.allocate(n)]).toEqual([
      '10.244.1.6',
      '10.244.1.3',
      '10.244.1.5',
      null,
    ]);
  });

  it("gives a replacement pod a new address: never the deleted pod's, nor any other pod's", () => {
    const base = loadScenario(WEB);
    const before = ipOf(base);
    const web = [...before.keys()].filter((n) => n.startsWith('web-'));
    expect(web).toHaveLength(3);
    for (const victim of web) {
      const after = loadScenario(edited(deletePod(WEB, victim)));
      const now = ipOf(after);
      const added = [...now.keys()].filter((n) => !before.has(n));
      expect(added).toHaveLength(1);
      const fresh = now.get(added[0]!) ?? '';
      expect(fresh).toMatch(/^10\.244\.\d+\.\d+$/);
      expect([...before.values()]).not.toContain(fresh);
      // The pods that stayed keep their addresses.
      for (const [name, ip] of now) if (before.has(name)) expect(ip).toBe(before.get(name));
    }
  });

  it('deleting the replacement too gives yet another address (the CNI remembers across commands)', () => {
    const base = loadScenario(WEB);
    const victim = base.state.pods.find((p) => p.metadata.name.startsWith('web-'))!;
    const once = loadScenario(edited(deletePod(WEB, victim.metadata!.name!)));
    const replacement = once.state.pods.find((p) => !base.state.pods.some((b) => b.metadata.name === p.metadata.name))!;
    const twiceYaml = edited(deletePod(edited(deletePod(WEB, victim.metadata!.name!)), replacement.metadata!.name!));
    const twice = loadScenario(twiceYaml);
    const second = twice.state.pods.find((p) => !once.state.pods.some((b) => b.metadata.name === p.metadata.name))!;
    const seen = new Set([...base.state.pods, replacement].map((p) => p.status?.podIP));
    expect(second.status?.podIP).toBeDefined();
    expect(seen.has(second.status?.podIP)).toBe(false);
    expect(second.spec.nodeName).toBeDefined();
  });
});
