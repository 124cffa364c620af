// kubectl's Deployment and ReplicaSet describers (kubectl v0.34.0 pkg/describe/describe.go
// describeDeployment, describeReplicaSet, DescribePodTemplate, printReplicaSetsByLabels), with the
// Events the deployment and ReplicaSet controllers recorded (controllers/workloadEvents.ts).
import type { ClusterState } from '../../model/clusterState.ts';
import type { AdmittedDeployment, AdmittedPod, AdmittedReplicaSet } from '../../model/admitted.ts';
import { eventsAbout } from '../../controllers/clusterEvents.ts';
import { controllerOf } from '../../model/ownerReferences.ts';
import { formatLabelSelector, selectorString } from '../labelSelector.ts';
import { describeContainers, describeVolumes, printTolerations } from './pod.ts';
import { describeEvents, Lines, printAnnotationsMultiline, printLabelsMultiline, rfc1123z } from './writer.ts';

type Template = AdmittedDeployment['spec']['template'];
type Condition = { type: string; status: string; reason?: string };
type Described = { kind?: string; metadata: { namespace: string; name: string } };

/** DescribePodTemplate: the template's parts, each two spaces in (a container's or volume's name three). */
export function describePodTemplate(w: Lines, t: Template): void {
  w.write(0, 'Pod Template:\n');
  printLabelsMultiline(w, '  Labels', t.metadata?.labels);
  if (Object.keys(t.metadata?.annotations ?? {}).length > 0)
    printAnnotationsMultiline(w, '  Annotations', t.metadata?.annotations);
  const spec = t.spec;
  if (spec.serviceAccountName) w.write(1, `Service Account:\t${spec.serviceAccountName}\n`);
  if ((spec.initContainers ?? []).length > 0)
    describeContainers(w, 'Init Containers', spec.initContainers ?? [], undefined, '  ');
  describeContainers(w, 'Containers', spec.containers, undefined, '  ');
  describeVolumes(w, spec.volumes, '  ');
  if (spec.priorityClassName) w.write(1, `Priority Class Name:\t${spec.priorityClassName}\n`);
  printLabelsMultiline(w, '  Node-Selectors', spec.nodeSelector);
  printTolerations(w, spec.tolerations, '  Tolerations');
}

function describeConditions(w: Lines, conditions: readonly Condition[] | undefined): void {
  if ((conditions ?? []).length === 0) return;
  w.write(0, 'Conditions:\n  Type\tStatus\tReason\n');
  w.write(1, '----\t------\t------\n');
  for (const c of conditions ?? []) w.write(1, `${c.type} \t${c.status}\t${c.reason ?? ''}\n`);
}

export const eventsOf = (w: Lines, state: ClusterState, kind: string, obj: Described) =>
  describeEvents(w, eventsAbout(state, { ...obj, kind }), state.now);

/** IntOrString.String(). */
const intOrString = (v: string | number | undefined) => String(v ?? '');

export function describeDeployment(d: AdmittedDeployment, state: ClusterState): string {
  const w = new Lines();
  const status = d.status ?? {};
  w.write(0, `Name:\t${d.metadata.name}\n`);
  w.write(0, `Namespace:\t${d.metadata.namespace}\n`);
  w.write(0, `CreationTimestamp:\t${rfc1123z(d.metadata.creationTimestamp ?? state.createdAt)}\n`);
  printLabelsMultiline(w, 'Labels', d.metadata.labels);
  printAnnotationsMultiline(w, 'Annotations', d.metadata.annotations);
  w.write(0, `Selector:\t${selectorString(d.spec.selector)}\n`);
  w.write(
    0,
    `Replicas:\t${d.spec.replicas ?? 1} desired | ${status.updatedReplicas ?? 0} updated | ${status.replicas ?? 0} total | ${status.availableReplicas ?? 0} available | ${status.unavailableReplicas ?? 0} unavailable\n`,
  );
  w.write(0, `StrategyType:\t${d.spec.strategy?.type ?? ''}\n`);
  w.write(0, `MinReadySeconds:\t${d.spec.minReadySeconds ?? 0}\n`);
  const ru = d.spec.strategy?.rollingUpdate;
  if (ru)
    w.write(
      0,
      `RollingUpdateStrategy:\t${intOrString(ru.maxUnavailable)} max unavailable, ${intOrString(ru.maxSurge)} max surge\n`,
    );
  describePodTemplate(w, d.spec.template);
  describeConditions(w, status.conditions);
  // Every ReplicaSet here is the Deployment's first (its template is the Deployment's): the new one.
  const owned = state.replicaSets.filter((rs) => {
    const owner = controllerOf(rs);
    return (
      rs.metadata.namespace === d.metadata.namespace && owner?.kind === 'Deployment' && owner.name === d.metadata.name
    );
  });
  if (owned.length > 0) {
    w.write(0, 'OldReplicaSets:\t<none>\n');
    w.write(
      0,
      `NewReplicaSet:\t${owned.map((rs) => `${rs.metadata.name} (${rs.status?.replicas ?? 0}/${rs.spec.replicas ?? 1} replicas created)`).join(', ')}\n`,
    );
  }
  eventsOf(w, state, 'Deployment', d);
  return w.tabbed();
}

/** getPodStatusForController: the controller's pods by phase (Pending counts as Waiting). */
export function podsStatus(owner: Described & { metadata: { uid?: string } }, pods: readonly AdmittedPod[]): string {
  const count = (phase: string) =>
    pods.filter(
      (p) => p.metadata.ownerReferences?.some((o) => o.uid === owner.metadata.uid) && p.status?.phase === phase,
    ).length;
  return `${count('Running')} Running / ${count('Pending')} Waiting / ${count('Succeeded')} Succeeded / ${count('Failed')} Failed`;
}

export function describeReplicaSet(rs: AdmittedReplicaSet, state: ClusterState): string {
  const w = new Lines();
  w.write(0, `Name:\t${rs.metadata.name}\n`);
  w.write(0, `Namespace:\t${rs.metadata.namespace}\n`);
  w.write(0, `Selector:\t${formatLabelSelector(rs.spec.selector)}\n`);
  printLabelsMultiline(w, 'Labels', rs.metadata.labels);
  printAnnotationsMultiline(w, 'Annotations', rs.metadata.annotations);
  const owner = controllerOf(rs);
  if (owner) w.write(0, `Controlled By:\t${owner.kind}/${owner.name}\n`);
  w.write(0, `Replicas:\t${rs.status?.replicas ?? 0} current / ${rs.spec.replicas ?? 1} desired\n`);
  w.write(0, `Pods Status:\t${podsStatus(rs, state.pods)}\n`);
  describePodTemplate(w, rs.spec.template);
  describeConditions(w, rs.status?.conditions);
  eventsOf(w, state, 'ReplicaSet', rs);
  return w.tabbed();
}
