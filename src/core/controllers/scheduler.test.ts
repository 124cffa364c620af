// kube-scheduler's pod-count check (NodeResourcesFit fitsRequest: a node takes a pod while the pods
// on it are fewer than its allocatable pods, kubelet's --max-pods, 110 by default; "Too many pods",
// before any resource reason) on fixtures/too-many-pods.yaml and on the default cluster.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../scenario/load.ts';
import { deletePod } from '../scenario/edits/podEdits.ts';
import type { ClusterState } from '../model/clusterState.ts';

const fixture = readFileSync(new URL('./fixtures/too-many-pods.yaml', import.meta.url), 'utf8');
const perNode = (state: ClusterState) => {
  const by: Record<string, number> = {};
  for (const p of state.pods) if (p.spec.nodeName) by[p.spec.nodeName] = (by[p.spec.nodeName] ?? 0) + 1;
  return by;
};
const failures = (state: ClusterState) =>
  new Set(state.events.filter((e) => e.reason === 'FailedScheduling').map((e) => e.message));
const deployment = (replicas: number) =>
  `apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: web}\nspec:\n  replicas: ${replicas}\n  selector: {matchLabels: {app: web}}\n  template:\n    metadata: {labels: {app: web}}\n    spec: {containers: [{name: web, image: nginx}]}\n`;

describe('scheduler: Too many pods', () => {
  const { state } = loadScenario(fixture);

  it("fills each node up to its allocatable pods, CoreDNS's counted, and leaves the rest Pending", () => {
    expect(perNode(state)).toEqual({ 'node-1': 3, 'node-2': 4 });
    const waiting = state.pods.filter((p) => !p.spec.nodeName);
    expect(waiting.map((p) => p.status?.phase)).toEqual(['Pending', 'Pending', 'Pending']);
    // node-1 is full; node-2 is full and has 100m of CPU left for a pod asking 600m: both of
    // fitsRequest's reasons for it, the count's first.
    expect([...failures(state)]).toEqual([
      '0/2 nodes are available: 1 Insufficient cpu, 2 Too many pods. preemption: 0/2 nodes are available: 2 No preemption victims found for incoming pod.',
    ]);
  });

  it('reads the pod count kubelet reports: allocatable defaulted from capacity by the API server, capacity from a declared allocatable', () => {
    const status = (name: string) => state.nodes.find((n) => n.metadata.name === name)?.status;
    expect(status('node-1')?.capacity).toEqual({ cpu: '2', memory: '4Gi', pods: '3' });
    // `pods: 4`, a YAML number, stored as the quantity's String().
    expect(status('node-2')?.allocatable).toEqual({ cpu: '2', memory: '4Gi', pods: '4' });
    // A declared node without a pod count has kubelet's default.
    const { state: bare } = loadScenario(
      'apiVersion: v1\nkind: Node\nmetadata: {name: n}\nstatus:\n  capacity: {cpu: "8"}\n',
    );
    expect(bare.nodes[0]?.status?.allocatable).toEqual({ cpu: '8', pods: '110' });
  });

  it('caps the default nodes at 110 pods each, without any resource requests', () => {
    const { state: big } = loadScenario(deployment(400));
    expect(perNode(big)).toEqual({ 'node-1': 110, 'node-2': 110, 'node-3': 110 });
    expect(big.pods.filter((p) => p.status?.phase === 'Pending')).toHaveLength(72);
    expect([...failures(big)]).toEqual([
      '0/3 nodes are available: 3 Too many pods. preemption: 0/3 nodes are available: 3 No preemption victims found for incoming pod.',
    ]);
  });

  it('counts a pod bound by spec.nodeName, not one that has terminated', () => {
    const pinned = (name: string, phase?: string) =>
      `apiVersion: v1\nkind: Pod\nmetadata: {name: ${name}}\nspec:\n  nodeName: node-1\n  containers: [{name: c, image: nginx}]\n${phase ? `status: {phase: ${phase}}\n` : ''}`;
    const node =
      'apiVersion: v1\nkind: Node\nmetadata: {name: node-1}\nstatus:\n  allocatable: {cpu: "4", memory: 8Gi, pods: "3"}\n';
    const docs = [node, pinned('done', 'Succeeded'), pinned('failed', 'Failed'), pinned('app'), deployment(2)];
    const { state: s } = loadScenario(docs.join('---\n'));
    // app and the two CoreDNS pods fill the node's three: the Deployment's pods wait.
    expect(s.pods.filter((p) => p.metadata.name.startsWith('web-')).map((p) => p.status?.phase)).toEqual([
      'Pending',
      'Pending',
    ]);
    expect([...failures(s)]).toEqual([
      '0/1 nodes are available: 1 Too many pods. preemption: 0/1 nodes are available: 1 No preemption victims found for incoming pod.',
    ]);
  });

  it("a deleted pod's place goes to the ReplicaSet's replacement (the replay's scheduler resumes over the bound pods)", () => {
    const bound = state.pods.find((p) => p.metadata.name.startsWith('web-') && p.spec.nodeName === 'node-1');
    const edit = deletePod(fixture, bound?.metadata.name ?? '');
    const { state: after } = loadScenario(edit.ok ? edit.yaml : '');
    const replacement = after.pods.find((p) => !state.pods.some((q) => q.metadata.name === p.metadata.name));
    expect(replacement?.spec.nodeName).toBe('node-1');
    expect(perNode(after)).toEqual({ 'node-1': 3, 'node-2': 4 });
    // The three still wait (a real scheduler would retry them, oldest first, when a pod is deleted).
    expect(after.pods.filter((p) => !p.spec.nodeName)).toHaveLength(3);
  });
});
