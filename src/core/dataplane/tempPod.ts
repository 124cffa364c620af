// The pod `kubectl run` creates, admitted like any pod (the API server's defaults and admission
// plugins, its uid and creation time) and placed like any pod: the scheduler picks a Ready,
// schedulable node (seeded choice among them) and the node's IPAM hands out the next free address of
// its podCIDR. Returns a copy of the state with the pod added; the original state is not changed.
import type { ClusterState } from '../model/clusterState.ts';
import type { AdmittedPod } from '../model/admitted.ts';
import type { K8sObject } from '../model/objects.ts';
import type { Rng } from '../random/rng.ts';
import { formatIPv4, parseCidr } from '../net/ipv4.ts';
import { admitObject } from '../api/admit.ts';
import { createAllocators } from '../api/allocators.ts';
import { createRng } from '../random/rng.ts';
import { kubeletStatus } from '../controllers/podStatus.ts';

/**
 * The Pod kubectl run's generator sends (run.go: label run=NAME, one container NAME), as the API
 * server stores it, or the server's refusal (a namespace that does not exist).
 */
function admitTemporaryPod(
  state: ClusterState,
  namespace: string,
  name: string,
  image: string,
): AdmittedPod | { refused: string } {
  const sent: K8sObject = {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { name, namespace, labels: { run: name } },
    spec: { restartPolicy: 'Never', containers: [{ name, image }] },
  };
  // A Pod takes no cluster IP or node port: the allocators are only the context admission expects.
  const allocators = createAllocators(state.settings, createRng(state.seed).fork('allocation'));
  const r = admitObject(sent, { state, allocators, fileName: '' });
  return r.outcome === 'created' && r.object ? (r.object as unknown as AdmittedPod) : { refused: r.message };
}

/** The admitted pod, running on `node` at `ip`: the scheduler's binding and kubelet's status, as for any pod. */
function runningAt(state: ClusterState, pod: AdmittedPod, node: string, ip: string): AdmittedPod {
  // Its node deleted in the editor since the shell started: the sandbox's address is all there is.
  const placed: AdmittedPod = {
    ...pod,
    spec: { ...pod.spec, nodeName: node },
    status: { phase: 'Running', podIP: ip, podIPs: [{ ip }] },
  };
  const bound = state.nodes.find((n) => n.metadata.name === node);
  if (bound) kubeletStatus(placed, bound, ip, pod.metadata.creationTimestamp ?? state.createdAt, state.now);
  return placed;
}

export function withTemporaryPod(
  state: ClusterState,
  rng: Rng,
  namespace: string,
  name: string,
  image: string,
): { state: ClusterState; pod: AdmittedPod } | { error: string } | { refused: string } {
  const admitted = admitTemporaryPod(state, namespace, name, image);
  if ('refused' in admitted) return admitted;
  const nodes = state.nodes.filter(
    (n) =>
      !n.spec?.unschedulable &&
      (n.status?.conditions ?? []).every((c) => c.type !== 'Ready' || c.status === 'True') &&
      !(n.spec?.taints ?? []).some((t) => t.effect === 'NoSchedule' || t.effect === 'NoExecute'),
  );
  if (nodes.length === 0) return { error: 'no schedulable node for the pod (0/0 nodes are available)' };
  const node = [...nodes].sort((a, b) => (a.metadata.name < b.metadata.name ? -1 : 1))[rng.int(nodes.length)]!;
  const cidr = node.spec?.podCIDR ? parseCidr(node.spec.podCIDR) : null;
  if (!cidr) return { error: `node ${node.metadata.name} has no podCIDR to give the pod an IP` };
  const used = new Set(state.pods.map((p) => p.status?.podIP).filter((x): x is string => !!x));
  let ip: string | undefined;
  for (let i = 2; i < cidr.size - 1; i++) {
    const candidate = formatIPv4((cidr.base + i) >>> 0);
    if (!used.has(candidate)) {
      ip = candidate;
      break;
    }
  }
  if (!ip) return { error: `node ${node.metadata.name} has no free pod IP in ${cidr.text}` };
  const pod = runningAt(state, admitted, node.metadata.name, ip);
  return { state: { ...state, pods: [...state.pods, pod] }, pod };
}

/** The temporary pod again, at the node and IP it was given (a pod shell's later commands: the pod is not in the YAML). */
export function withPodAt(
  state: ClusterState,
  namespace: string,
  name: string,
  image: string,
  node: string,
  ip: string,
): ClusterState {
  if (state.pods.some((p) => p.metadata.name === name && p.metadata.namespace === namespace)) return state;
  const admitted = admitTemporaryPod(state, namespace, name, image);
  // Refused now (its namespace deleted in the editor): no pod, so the shell's session ends.
  if ('refused' in admitted) return state;
  return { ...state, pods: [...state.pods, runningAt(state, admitted, node, ip)] };
}
