// describe node's "Non-terminated Pods" table and "Allocated resources" (kubectl v0.34 describe.go
// describeNodeResource), byte for byte against what v1.34.0 clusters printed for the nodes of
// fixtures/node-resources.yaml (a kind worker and a minikube node, from public tutorials' output;
// their pods' ages were 17m and 6m31s..., ours are the playground's 60s), and against
// describe_test.go TestDescribeNode and TestDescribeNodeWithSidecar (fixtures/node-allocated.yaml).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../scenario/load.ts';
import { runKubectl } from '../runKubectl.ts';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8');
const describeNode = (yaml: string, node: string) => runKubectl(loadScenario(yaml), ['describe', 'node', node]).stdout;
/** The output from the line starting with `from` to the end of the line starting with `to`. */
const section = (out: string, from: string, to: string) => {
  const start = out.indexOf(`\n${from}`) + 1;
  const end = out.indexOf('\n', out.indexOf(`\n${to}`, start) + 1);
  return out.slice(start, end + 1);
};

describe('describe node: the pods on it and what they request', () => {
  const nodes = fixture('node-resources.yaml');

  it("prints a kind worker's DaemonSet pods and their totals as a v1.34 cluster did", () => {
    const out = describeNode(nodes, 'multi-node-k8s-worker');
    expect(section(out, 'PodCIDR:', '  hugepages-64Ki')).toBe(
      [
        'PodCIDR:                      10.244.1.0/24',
        'PodCIDRs:                     10.244.1.0/24',
        'ProviderID:                   kind://docker/multi-node-k8s/multi-node-k8s-worker',
        'Non-terminated Pods:          (2 in total)',
        '  Namespace                   Name                CPU Requests  CPU Limits  Memory Requests  Memory Limits  Age',
        '  ---------                   ----                ------------  ----------  ---------------  -------------  ---',
        '  kube-system                 kindnet-qwkcs       100m (2%)     100m (2%)   50Mi (1%)        50Mi (1%)      60s',
        '  kube-system                 kube-proxy-5crkh    0 (0%)        0 (0%)      0 (0%)           0 (0%)         60s',
        'Allocated resources:',
        '  (Total limits may be over 100 percent, i.e., overcommitted.)',
        '  Resource           Requests   Limits',
        '  --------           --------   ------',
        '  cpu                100m (2%)  100m (2%)',
        '  memory             50Mi (1%)  50Mi (1%)',
        '  ephemeral-storage  0 (0%)     0 (0%)',
        '  hugepages-1Gi      0 (0%)     0 (0%)',
        '  hugepages-2Mi      0 (0%)     0 (0%)',
        '  hugepages-32Mi     0 (0%)     0 (0%)',
        '  hugepages-64Ki     0 (0%)     0 (0%)',
        '',
      ].join('\n'),
    );
    // The deprecated field's line is still printed, empty (tabwriter pads it).
    expect(out).toContain('\n  Kubelet Version:            v1.34.0\n  Kube-Proxy Version:         \nPodCIDR:');
  });

  it("sums a minikube node's pods with Quantity.Add and truncates each share", () => {
    expect(section(describeNode(nodes, 'minikube'), 'Non-terminated Pods:', '  hugepages-2Mi')).toBe(
      [
        'Non-terminated Pods:          (7 in total)',
        '  Namespace                   Name                                CPU Requests  CPU Limits  Memory Requests  Memory Limits  Age',
        '  ---------                   ----                                ------------  ----------  ---------------  -------------  ---',
        '  kube-system                 coredns-66bc5c9577-nj7hb            100m (0%)     0 (0%)      70Mi (0%)        170Mi (2%)     60s',
        '  kube-system                 etcd-minikube                       100m (0%)     0 (0%)      100Mi (1%)       0 (0%)         60s',
        '  kube-system                 kube-apiserver-minikube             250m (2%)     0 (0%)      0 (0%)           0 (0%)         60s',
        '  kube-system                 kube-controller-manager-minikube    200m (1%)     0 (0%)      0 (0%)           0 (0%)         60s',
        '  kube-system                 kube-proxy-hbfxm                    0 (0%)        0 (0%)      0 (0%)           0 (0%)         60s',
        '  kube-system                 kube-scheduler-minikube             100m (0%)     0 (0%)      0 (0%)           0 (0%)         60s',
        '  kube-system                 storage-provisioner                 0 (0%)        0 (0%)      0 (0%)           0 (0%)         60s',
        'Allocated resources:',
        '  (Total limits may be over 100 percent, i.e., overcommitted.)',
        '  Resource           Requests    Limits',
        '  --------           --------    ------',
        '  cpu                750m (6%)   0 (0%)',
        '  memory             170Mi (2%)  170Mi (2%)',
        '  ephemeral-storage  0 (0%)      0 (0%)',
        '  hugepages-1Gi      0 (0%)      0 (0%)',
        '  hugepages-2Mi      0 (0%)      0 (0%)',
        '',
      ].join('\n'),
    );
  });

  it('shares of allocatable, hugepages included, and sidecars counted as PodRequestsAndLimits counts them', () => {
    const allocated = fixture('node-allocated.yaml');
    const block = (requests: string[]) =>
      [
        'Allocated resources:',
        '  (Total limits may be over 100 percent, i.e., overcommitted.)',
        '  Resource           Requests     Limits',
        '  --------           --------     ------',
        ...requests,
        '  ephemeral-storage  0 (0%)       0 (0%)',
        '  hugepages-1Gi      0 (0%)       0 (0%)',
        '  hugepages-2Mi      512Mi (25%)  512Mi (25%)',
      ].join('\n');
    expect(describeNode(allocated, 'bar')).toContain(
      block(['  cpu                1 (25%)      2 (50%)', '  memory             1Gi (8%)     2Gi (16%)']),
    );
    // An extended resource the node offers gets a row without shares.
    expect(describeNode(allocated, 'baz')).toContain(
      `${block(['  cpu                2 (50%)      2 (50%)', '  memory             2Gi (16%)    2Gi (16%)'])}\n  example.com/null   0            0\nEvents:`,
    );
  });

  it('lists the pods bound to the node that have not terminated; a node with no cpu divides by zero as Go on amd64 does', () => {
    const yaml = `apiVersion: v1
kind: Node
metadata:
  name: tiny
status:
  capacity:
    pods: "2"
---
apiVersion: v1
kind: Pod
metadata:
  name: done
spec:
  nodeName: tiny
  containers: [{name: app, image: busybox}]
status:
  phase: Succeeded
---
apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  nodeName: tiny
  containers: [{name: app, image: nginx}]
`;
    const out = describeNode(yaml, 'tiny');
    expect(section(out, 'Non-terminated Pods:', '  memory')).toBe(
      [
        'Non-terminated Pods:          (1 in total)',
        '  Namespace                   Name    CPU Requests               CPU Limits                 Memory Requests            Memory Limits              Age',
        '  ---------                   ----    ------------               ----------                 ---------------            -------------              ---',
        '  default                     web     0 (-9223372036854775808%)  0 (-9223372036854775808%)  0 (-9223372036854775808%)  0 (-9223372036854775808%)  60s',
        'Allocated resources:',
        '  (Total limits may be over 100 percent, i.e., overcommitted.)',
        '  Resource           Requests  Limits',
        '  --------           --------  ------',
        '  cpu                0 (0%)    0 (0%)',
        '  memory             0 (0%)    0 (0%)',
        '',
      ].join('\n'),
    );
  });
});
