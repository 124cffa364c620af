import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { loadScenario } from '../scenario/load.ts';
import { createRng } from '../random/rng.ts';
import { runKubectl } from '../kubectl/runKubectl.ts';
import { withPodAt, withTemporaryPod } from './tempPod.ts';

const text = readFileSync(new URL('./fixtures/failures.yaml', import.meta.url), 'utf8');
const s = loadScenario(text, { seed: 1 });

describe('the pod kubectl run creates', () => {
  it('is admitted like a Pod applied from YAML: the same defaults and admission fields', () => {
    const placed = withTemporaryPod(s.state, createRng(1), 'default', 'tmp', 'busybox');
    if (!('state' in placed)) throw new Error(JSON.stringify(placed));
    const manifest =
      'apiVersion: v1\nkind: Pod\nmetadata: {name: tmp, labels: {run: tmp}}\nspec:\n  restartPolicy: Never\n  containers: [{name: tmp, image: busybox}]\n';
    const applied = loadScenario(`${text}\n---\n${manifest}`, { seed: 1 }).state.pods.find(
      (p) => p.metadata.name === 'tmp',
    )!;
    const { nodeName, ...spec } = placed.pod.spec;
    expect(nodeName).toMatch(/^node-\d$/);
    const { nodeName: _scheduled, ...appliedSpec } = applied.spec;
    expect(spec).toEqual(appliedSpec);
    expect(spec).toMatchObject({
      dnsPolicy: 'ClusterFirst',
      serviceAccountName: 'default',
      priority: 0,
      enableServiceLinks: true,
      tolerations: [
        { key: 'node.kubernetes.io/not-ready', operator: 'Exists', effect: 'NoExecute', tolerationSeconds: 300 },
        { key: 'node.kubernetes.io/unreachable', operator: 'Exists', effect: 'NoExecute', tolerationSeconds: 300 },
      ],
      containers: [{ name: 'tmp', image: 'busybox', imagePullPolicy: 'Always', resources: {} }],
    });
    expect(placed.pod.metadata.uid).toBe(applied.metadata.uid);
    expect(placed.pod.status?.phase).toBe('Running');
    // A shell's later lines see the same pod again.
    const again = withPodAt(s.state, 'default', 'tmp', 'busybox', nodeName!, placed.pod.status!.podIP!);
    expect(again.pods.find((p) => p.metadata.name === 'tmp')).toEqual(placed.pod);
  });

  it("has kubelet's status like any running pod: five conditions, a container status, the node's IPs", () => {
    const placed = withTemporaryPod(s.state, createRng(1), 'default', 'tmp', 'busybox');
    if (!('state' in placed)) throw new Error(JSON.stringify(placed));
    const status = placed.pod.status!;
    expect(status.conditions?.map((c) => `${c.type}=${c.status}`)).toEqual([
      'PodReadyToStartContainers=True',
      'Initialized=True',
      'Ready=True',
      'ContainersReady=True',
      'PodScheduled=True',
    ]);
    expect(status.containerStatuses).toEqual([
      expect.objectContaining({ name: 'tmp', image: 'docker.io/library/busybox:latest', ready: true, started: true }),
    ]);
    expect(status).toMatchObject({ qosClass: 'BestEffort', startTime: placed.pod.metadata.creationTimestamp });
    expect(status.hostIP).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
  });

  it('in a namespace that does not exist is refused by the API server, as kubectl run prints it', () => {
    const r = runKubectl(s, ['run', 'tmp', '--image=busybox', '-n', 'nope', '-it', '--rm', '--', 'wget', '-qO-', 'x']);
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toBe('Error from server (NotFound): namespaces "nope" not found\n');
  });
});
