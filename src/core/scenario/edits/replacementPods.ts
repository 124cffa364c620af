// What the workload controllers do after a history command removed or released one of their
// pods: the ReplicaSet controller creates a replacement (replica_set.go manageReplicas: diff < 0
// → create), the StatefulSet controller recreates the pod under the same name, the DaemonSet
// controller recreates it on the same node. The first sync's scheduler and IPAM place them
// (controllers/scheduler.ts resumed over the bound pods, controllers/podIPAM.ts): fewest pods
// first, and the node's CNI hands out the address after the last one it reserved (host-local
// continues from lastReservedIP, it does not reuse the freed address first).
import type { ClusterState } from '../../model/clusterState.ts';

import type { AdmittedPod, AdmittedNode } from '../../model/admitted.ts';
import type { Rng } from '../../random/rng.ts';
import { createScheduler } from '../../controllers/scheduler.ts';
import type { ControllerContext } from '../../controllers/runControllers.ts';
import { generateName } from '../../controllers/names.ts';
import { deepClone, ensureUid, mut, recordOrigin, type KObject } from '../../controllers/meta.ts';
import { controllerOf, isControlledBy } from '../../model/ownerReferences.ts';
import { podFromTemplate } from '../../controllers/podTemplate.ts';
import { fillGeneration } from '../../api/systemMeta.ts';
import { labelSelectorMatches } from '../../model/labels.ts';

const ns = (o: KObject) => o.metadata?.namespace ?? 'default';

function ownedPods(state: ClusterState, uid: string): AdmittedPod[] {
  return state.pods.filter((p) => isControlledBy(p, uid) && !p.metadata.deletionTimestamp);
}

/** Where the scheduler's warnings go when the caller has no source positions (line 1). */
function unlocatedContext(state: ClusterState): ControllerContext {
  return { report: (d) => state.diagnostics.push(d), locate: () => ({ line: 1, column: 1, endLine: 1, endColumn: 1 }) };
}

/** Brings the controller of a removed/released pod back to its desired count. */
export function replaceFor(
  state: ClusterState,
  owner: { kind: string; uid: string },
  removed: AdmittedPod,
  rng: Rng,
  ctx: ControllerContext = unlocatedContext(state),
): AdmittedPod[] {
  const created: AdmittedPod[] = [];
  const scheduler = createScheduler(state, ctx, true);
  const namespace = ns(removed);
  const taken = (n: string) => state.pods.some((p) => ns(p) === namespace && p.metadata.name === n);
  const add = (
    pod: AdmittedPod,
    by: 'replicaset-controller' | 'statefulset-controller' | 'daemonset-controller',
    ownerObj: KObject,
    only?: AdmittedNode,
  ) => {
    ensureUid(state, pod);
    state.pods.push(pod);
    recordOrigin(state, 'Pod', namespace, pod.metadata.name, ownerObj, by, ['spec', 'template']);
    scheduler.place(pod, only);
    created.push(pod);
  };
  if (owner.kind === 'ReplicaSet') {
    const rs = state.replicaSets.find((r) => r.metadata.uid === owner.uid);
    if (!rs) return created;
    const desired = typeof rs.spec.replicas === 'number' ? rs.spec.replicas : 1;
    for (let have = ownedPods(state, owner.uid).length; have < desired; have++) {
      const name = generateName(`${rs.metadata.name}-`, rng, taken);
      const pod = podFromTemplate(rs.spec.template, rs, name, namespace, {}, state.now, state);
      // A refusal cannot happen here: the ReplicaSet's account admitted the pod being replaced.
      if (typeof pod !== 'string') add(pod, 'replicaset-controller', rs);
    }
  } else if (owner.kind === 'StatefulSet' || owner.kind === 'DaemonSet') {
    const list: KObject[] = owner.kind === 'StatefulSet' ? state.statefulSets : state.daemonSets;
    const ctrl = list.find((o) => o.metadata?.uid === owner.uid);
    if (!ctrl) return created;
    // Same identity (StatefulSet: same name; DaemonSet: same node), fresh object.
    const name =
      owner.kind === 'StatefulSet' ? removed.metadata.name : generateName(`${ctrl.metadata?.name ?? ''}-`, rng, taken);
    if (taken(name)) return created;
    const { uid: _uid, deletionTimestamp: _d, deletionGracePeriodSeconds: _g, ...meta } = deepClone(removed.metadata);
    const pod: AdmittedPod = {
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: { ...meta, name, creationTimestamp: state.now },
      spec: { ...deepClone(removed.spec) },
    };
    fillGeneration(pod); // a new object: 1, not the removed pod's
    const node = state.nodes.find((n) => n.metadata.name === removed.spec.nodeName);
    if (owner.kind === 'StatefulSet') mut(pod.spec!).nodeName = undefined;
    add(
      pod,
      owner.kind === 'StatefulSet' ? 'statefulset-controller' : 'daemonset-controller',
      ctrl,
      owner.kind === 'DaemonSet' ? node : undefined,
    );
  }
  return created;
}

/** ReplicaSet ClaimPods: a pod whose labels no longer match its controller's selector is released (ownerRef removed). */
export function releaseIfUnmatched(state: ClusterState, pod: AdmittedPod): { kind: string; uid: string } | undefined {
  const owner = controllerOf(pod);
  if (!owner) return undefined;
  const ctrl: KObject | undefined = [...state.replicaSets, ...state.statefulSets, ...state.daemonSets].find(
    (o) => o.metadata.uid === owner.uid,
  );
  const selector = (ctrl as { spec?: { selector?: Parameters<typeof labelSelectorMatches>[0] } } | undefined)?.spec
    ?.selector;
  if (!ctrl || labelSelectorMatches(selector, pod.metadata.labels)) return undefined;
  pod.metadata!.ownerReferences = (pod.metadata.ownerReferences ?? []).filter((r) => !r.controller);
  if (pod.metadata!.ownerReferences.length === 0) delete pod.metadata!.ownerReferences;
  return owner;
}
