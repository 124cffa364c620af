// StatefulSet and DaemonSet pods (pkg/controller/statefulset/stateful_set_utils.go newStatefulSetPod:
// name `<sts>-<ordinal>`, hostname = pod name, subdomain = spec.serviceName, labels
// controller-revision-hash / statefulset.kubernetes.io/pod-name / apps.kubernetes.io/pod-index;
// pkg/controller/daemon: one pod per eligible node, `<ds>-<5 chars>`, node affinity on
// metadata.name, labels controller-revision-hash / pod-template-generation).
import type { ClusterState } from '../model/clusterState.ts';

import type { AdmittedStatefulSet, AdmittedDaemonSet } from '../model/admitted.ts';
import type { Rng } from '../random/rng.ts';
import type { ControllerContext } from './runControllers.ts';
import { computeHash, generateName } from './names.ts';
import { ensureUid, mut, recordOrigin } from './meta.ts';
import { podFromTemplate, type PodBudget } from './podTemplate.ts';
import type { Scheduler } from './scheduler.ts';
import { recordEvent } from './workloadEvents.ts';
import { desiredReplicas } from './workloads.ts';
import { isPodReady } from '../model/podReady.ts';
import { isNodeReady } from './nodes.ts';
import { matchesSet } from '../model/labels.ts';

export function reconcileStatefulSet(
  state: ClusterState,
  sts: AdmittedStatefulSet,
  budget: PodBudget,
  ctx: ControllerContext,
  scheduler: Scheduler,
): void {
  const ns = sts.metadata.namespace;
  const name = sts.metadata.name;
  ensureUid(state, sts);
  const replicas = desiredReplicas(state, sts, budget, ctx);
  const revision = `${name}-${computeHash(sts.spec.template)}`;
  // OrderedReady (the default): pod N+1 is created only once pod N is Running and Ready.
  const ordered = (sts.spec.podManagementPolicy ?? 'OrderedReady') === 'OrderedReady';
  for (let i = 0; i < replicas; i++) {
    const podName = `${name}-${i}`;
    if (state.pods.some((p) => p.metadata.namespace === ns && p.metadata.name === podName)) continue;
    const pod = podFromTemplate(
      sts.spec.template,
      sts,
      podName,
      ns,
      {
        'apps.kubernetes.io/pod-index': String(i),
        'controller-revision-hash': revision,
        'statefulset.kubernetes.io/pod-name': podName,
      },
      sts.metadata.creationTimestamp ?? state.createdAt,
      state,
    );
    // Refused: the set's next pods wait for this one, whatever the policy (stateful_set_control.go runForAll).
    if (typeof pod === 'string') break;
    pod.spec!.hostname = podName;
    if (sts.spec.serviceName) pod.spec!.subdomain = sts.spec.serviceName;
    ensureUid(state, pod);
    state.pods.push(pod);
    recordOrigin(state, 'Pod', ns, podName, sts, 'statefulset-controller', ['spec', 'template']);
    recordEvent(
      state,
      sts,
      'statefulset-controller',
      'SuccessfulCreate',
      `create Pod ${podName} in StatefulSet ${name} successful`,
    );
    scheduler.place(pod);
    if (ordered && !(pod.status?.phase === 'Running' && isPodReady(pod))) break;
  }
  mut(sts).status = { replicas: 0, ...(sts.status ?? {}), currentRevision: revision, updateRevision: revision };
}

export function reconcileDaemonSet(
  state: ClusterState,
  ds: AdmittedDaemonSet,
  rng: Rng,
  budget: PodBudget,
  scheduler: Scheduler,
): void {
  const ns = ds.metadata.namespace;
  const name = ds.metadata.name;
  ensureUid(state, ds);
  const hash = computeHash(ds.spec.template);
  const names = rng.fork(`pods:${ns}/${name}`);
  const taken = (n: string) => state.pods.some((p) => p.metadata.namespace === ns && p.metadata.name === n);
  const selector = ds.spec.template.spec.nodeSelector ?? {};
  let desired = 0;
  let refused = false;
  for (const node of state.nodes) {
    if (!matchesSet(selector, node.metadata.labels)) continue;
    // NodeShouldRunDaemonPod: a NotReady node's not-ready:NoSchedule taint is not tolerated.
    if (!isNodeReady(node)) continue;
    desired++;
    if (budget.remaining <= 0 || refused) continue;
    budget.remaining--;
    const podName = generateName(`${name}-`, names, taken);
    const pod = podFromTemplate(
      ds.spec.template,
      ds,
      podName,
      ns,
      { 'controller-revision-hash': hash, 'pod-template-generation': '1' },
      ds.metadata.creationTimestamp ?? state.createdAt,
      state,
    );
    // Refused: the first slow-start batch failed, so no node gets one.
    if ((refused = typeof pod === 'string')) continue;
    const nodeName = node.metadata.name;
    // ReplaceDaemonSetPodNodeNameNodeAffinity: the default scheduler binds it to exactly this node.
    pod.spec!.affinity = {
      ...(pod.spec!.affinity ?? {}),
      nodeAffinity: {
        requiredDuringSchedulingIgnoredDuringExecution: {
          nodeSelectorTerms: [{ matchFields: [{ key: 'metadata.name', operator: 'In', values: [nodeName] }] }],
        },
      },
    };
    ensureUid(state, pod);
    state.pods.push(pod);
    recordOrigin(state, 'Pod', ns, podName, ds, 'daemonset-controller', ['spec', 'template']);
    recordEvent(state, ds, 'daemonset-controller', 'SuccessfulCreate', `Created pod: ${podName}`);
    scheduler.place(pod, node);
  }
  mut(ds).status = {
    ...(ds.status ?? {}),
    desiredNumberScheduled: desired,
    currentNumberScheduled: 0,
    numberMisscheduled: 0,
    numberReady: 0,
  };
}
