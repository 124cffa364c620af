// A Deployment's running pod as `kubectl get pod -o yaml` prints it, against the sample of
// kubernetes/website debug-running-pod.md (containerd node): every condition's `lastProbeTime: null`
// (a metav1.Time struct, k8s.io/api core/v1 PodCondition), the runtime's image name and digest,
// `containerd://` container ids, an empty lastState, and the v1 alias `serviceAccount`.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { loadScenario } from '../scenario/load.ts';
import { runKubectl } from '../kubectl/runKubectl.ts';

const s = loadScenario(readFileSync('src/core/controllers/fixtures/nginx-deployment.yaml', 'utf8'));
const name = s.state.pods.find((p) => p.metadata.labels?.app === 'nginx')!.metadata.name;
const get = (...args: string[]) => runKubectl(s, ['get', 'pod', name, ...args]).stdout;

describe("a Deployment's running pod, field by field", () => {
  it('prints lastProbeTime: null on each of the five conditions', () => {
    const yaml = get('-o', 'yaml');
    expect(yaml.match(/\n {2}- lastProbeTime: null\n {4}lastTransitionTime: /g)).toHaveLength(5);
    expect(JSON.parse(get('-o', 'json')).status.conditions.map((c: object) => 'lastProbeTime' in c)).toEqual(
      Array(5).fill(true),
    );
  });

  it("prints the container status kubelet reports from containerd's", () => {
    const yaml = get('-o', 'yaml');
    expect(yaml).toMatch(
      /\n {2}containerStatuses:\n {2}- containerID: containerd:\/\/[0-9a-f]{64}\n {4}image: docker\.io\/library\/nginx:latest\n {4}imageID: docker\.io\/library\/nginx@sha256:[0-9a-f]{64}\n {4}lastState: \{\}\n {4}name: nginx\n {4}ready: true\n {4}restartCount: 0\n {4}started: true\n {4}state:\n {6}running:\n {8}startedAt: "[^"]+"\n/,
    );
    // Deterministic: the same scenario and seed give the same ids.
    expect(get('-o', 'yaml')).toBe(yaml);
  });

  it('lists container statuses by name, as kubelet sorts them; the unready message keeps the spec order', () => {
    const pod = (ready: string) =>
      `apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\n  annotations: {playground.ksp.dev/ready: "${ready}"}\nspec:\n  containers: [{name: web, image: nginx}, {name: sidecar, image: busybox}]\n`;
    const status = (ready: string) =>
      JSON.parse(runKubectl(loadScenario(pod(ready)), ['get', 'pod', 'p', '-o', 'json']).stdout).status;
    expect(status('true').containerStatuses.map((c: { name: string }) => c.name)).toEqual(['sidecar', 'web']);
    expect(status('false').conditions.find((c: { type: string }) => c.type === 'Ready').message).toBe(
      'containers with unready status: [web sidecar]',
    );
  });

  it('prints the deprecated serviceAccount alias next to serviceAccountName', () => {
    expect(get('-o', 'yaml')).toContain('\n  serviceAccount: default\n  serviceAccountName: default\n');
  });

  it('keeps a name given only through the alias (conversion reads it when serviceAccountName is empty)', () => {
    const pod =
      'apiVersion: v1\nkind: ServiceAccount\nmetadata: {name: robot}\n---\n' +
      'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  serviceAccount: robot\n  containers: [{name: c, image: nginx}]\n';
    const spec = loadScenario(pod).state.pods[0]!.spec;
    expect([spec.serviceAccountName, spec.serviceAccount]).toEqual(['robot', 'robot']);
  });
});
