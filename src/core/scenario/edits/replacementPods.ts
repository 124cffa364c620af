// What the workload controllers do after a history command removed or released one of their
// pods: the ReplicaSet controller creates a replacement (replica_set.go manageReplicas: diff < 0
// → create), the StatefulSet controller recreates the pod under the same name, the DaemonSet
// controller recreates it on the same node. The scheduler here places only these new pods:
// fewest pods first (the spreading score), and the node's CNI hands out the address after the
// last one it reserved (host-local allocator.go: it continues from lastReservedIP, it does not
// reuse the freed address first).
import type { ClusterState } from '../../model/clusterState.ts';
import type { Node, Pod } from '../../model/objects.ts';
import type { Rng } from '../../sim/rng.ts';
import { cidrContains, formatIPv4, parseCidr, parseIPv4 } from '../../net/ipv4.ts';
import { isNodeReady } from '../../controllers/nodes.ts';
import { pendingStatus, runningStatus } from '../../controllers/podStatus.ts';
import { generateName } from '../../controllers/names.ts';
import { deepClone, ensureUid, mut, recordOrigin, type KObject } from '../../controllers/meta.ts';
import { podFromTemplate } from '../../controllers/podTemplate.ts';
import { selectorMatches } from '../../api/validation/objectMeta.ts';

const ns = (o: KObject) => o.metadata?.namespace ?? 'default';

export function controllerOf(pod: Pod): { kind: string; name: string; uid: string } | undefined {
  const ref = pod.metadata?.ownerReferences?.find((r) => r.controller);
  return ref ? { kind: ref.kind, name: ref.name, uid: ref.uid } : undefined;
}

function ownedPods(state: ClusterState, uid: string): Pod[] {
  return state.pods.filter((p) => p.metadata?.ownerReferences?.some((r) => r.controller && r.uid === uid) && !p.metadata?.deletionTimestamp);
}

function nextIP(state: ClusterState, node: Node, lastReserved?: string): string | null {
  const cidr = node.spec?.podCIDR ? parseCidr(node.spec.podCIDR) : null;
  if (!cidr) return null;
  const used = new Set<number>();
  for (const p of state.pods) {
    const ip = p.status?.podIP ? parseIPv4(p.status.podIP) : null;
    if (ip !== null && cidrContains(cidr, ip) && !p.spec?.hostNetwork) used.add(ip);
  }
  const first = cidr.base + 2;
  const last = cidr.base + cidr.size - 2;
  let start = first;
  const last0 = lastReserved ? parseIPv4(lastReserved) : null;
  for (const ip of [...used, ...(last0 !== null && cidrContains(cidr, last0) ? [last0] : [])]) if (ip + 1 > start) start = ip + 1;
  for (let i = 0; i <= last - first; i++) {
    const candidate = first + ((start - first + i) % (last - first + 1));
    if (!used.has(candidate)) return formatIPv4(candidate);
  }
  return null;
}

/** Binds `pod` to `only` or to the ready node (matching nodeSelector) with the fewest pods. */
export function placeReplacement(state: ClusterState, pod: Pod, only?: Node, lastReserved?: string): void {
  const at = pod.metadata?.creationTimestamp ?? state.now;
  const sel = pod.spec?.nodeSelector ?? {};
  const fits = (n: Node) => isNodeReady(n) && Object.entries(sel).every(([k, v]) => n.metadata?.labels?.[k] === v)
    && !(n.spec?.taints ?? []).some((t) => t.effect === 'NoSchedule' && !(pod.spec?.tolerations ?? []).some((x) => x.operator === 'Exists' ? !x.key || x.key === t.key : x.key === t.key));
  const load = (n: Node) => state.pods.filter((p) => p.spec?.nodeName === n.metadata?.name).length;
  const candidates = (only ? [only] : state.nodes).filter(fits).sort((a, b) => load(a) - load(b) || (a.metadata?.name ?? '').localeCompare(b.metadata?.name ?? ''));
  const node = candidates[0];
  if (!node) {
    const total = state.nodes.length;
    pendingStatus(pod, at, false, `0/${total} nodes are available: ${total} node(s) didn't match Pod's node affinity/selector.`);
    return;
  }
  (pod.spec ??= { containers: [] }).nodeName = node.metadata?.name ?? '';
  const ip = nextIP(state, node, lastReserved);
  if (ip === null) pendingStatus(pod, at, true, 'no IP addresses available in range set', node.status?.addresses?.[0]?.address);
  else runningStatus(pod, node, ip, at);
}

/** Brings the controller of a removed/released pod back to its desired count. */
export function replaceFor(state: ClusterState, owner: { kind: string; uid: string }, removed: Pod, rng: Rng): Pod[] {
  const created: Pod[] = [];
  const namespace = ns(removed);
  const taken = (n: string) => state.pods.some((p) => ns(p) === namespace && p.metadata?.name === n);
  const add = (pod: Pod, by: 'replicaset-controller' | 'statefulset-controller' | 'daemonset-controller', ownerObj: KObject, only?: Node) => {
    ensureUid(state, pod);
    state.pods.push(pod);
    recordOrigin(state, 'Pod', namespace, pod.metadata?.name ?? '', ownerObj, by, ['spec', 'template']);
    placeReplacement(state, pod, only, removed.status?.podIP);
    created.push(pod);
  };
  if (owner.kind === 'ReplicaSet') {
    const rs = state.replicaSets.find((r) => r.metadata?.uid === owner.uid);
    if (!rs) return created;
    const desired = typeof rs.spec?.replicas === 'number' ? rs.spec.replicas : 1;
    for (let have = ownedPods(state, owner.uid).length; have < desired; have++) {
      const name = generateName(`${rs.metadata?.name ?? ''}-`, rng, taken);
      add(podFromTemplate(rs.spec?.template, rs, name, namespace, {}, state.now), 'replicaset-controller', rs);
    }
  } else if (owner.kind === 'StatefulSet' || owner.kind === 'DaemonSet') {
    const list: KObject[] = owner.kind === 'StatefulSet' ? state.statefulSets : state.daemonSets;
    const ctrl = list.find((o) => o.metadata?.uid === owner.uid);
    if (!ctrl) return created;
    // Same identity (StatefulSet: same name; DaemonSet: same node), fresh object.
    const name = owner.kind === 'StatefulSet' ? removed.metadata?.name ?? '' : generateName(`${ctrl.metadata?.name ?? ''}-`, rng, taken);
    if (taken(name)) return created;
    const { uid: _uid, deletionTimestamp: _d, deletionGracePeriodSeconds: _g, ...meta } = deepClone(removed.metadata ?? {});
    const pod: Pod = { apiVersion: 'v1', kind: 'Pod', metadata: { ...meta, name, creationTimestamp: state.now }, spec: { ...deepClone(removed.spec ?? { containers: [] }) } };
    const node = state.nodes.find((n) => n.metadata?.name === removed.spec?.nodeName);
    if (owner.kind === 'StatefulSet') mut(pod.spec!).nodeName = undefined;
    add(pod, owner.kind === 'StatefulSet' ? 'statefulset-controller' : 'daemonset-controller', ctrl, owner.kind === 'DaemonSet' ? node : undefined);
  }
  return created;
}

/** ReplicaSet ClaimPods: a pod whose labels no longer match its controller's selector is released (ownerRef removed). */
export function releaseIfUnmatched(state: ClusterState, pod: Pod): { kind: string; uid: string } | undefined {
  const owner = controllerOf(pod);
  if (!owner) return undefined;
  const ctrl: KObject | undefined = [...state.replicaSets, ...state.statefulSets, ...state.daemonSets].find((o) => o.metadata?.uid === owner.uid);
  const selector = (ctrl as { spec?: { selector?: Parameters<typeof selectorMatches>[0] } } | undefined)?.spec?.selector;
  if (!ctrl || selectorMatches(selector, pod.metadata?.labels)) return undefined;
  pod.metadata!.ownerReferences = (pod.metadata?.ownerReferences ?? []).filter((r) => !r.controller);
  if (pod.metadata!.ownerReferences.length === 0) delete pod.metadata!.ownerReferences;
  return owner;
}
