// kubectl's StatefulSet and DaemonSet describers (kubectl v0.34.0 pkg/describe/describe.go
// describeStatefulSet, describeVolumeClaimTemplates, describeDaemonSet), with the Pod Template
// block and the Events of workloads.ts.
import type { ClusterState } from '../../model/clusterState.ts';
import type { AdmittedDaemonSet, AdmittedStatefulSet } from '../../model/admitted.ts';
import { formatLabels, selectorString } from '../labelSelector.ts';
import { describePodTemplate, eventsOf, podsStatus } from './workloads.ts';
import { Lines, printAnnotationsMultiline, printLabelsMultiline, rfc1123z } from './writer.ts';

type ClaimTemplates = NonNullable<AdmittedStatefulSet['spec']['volumeClaimTemplates']>;

/** describeVolumeClaimTemplates: name, class, labels, annotations, requested storage, access modes. */
function describeVolumeClaimTemplates(w: Lines, templates: ClaimTemplates | undefined): void {
  if ((templates ?? []).length === 0) {
    w.write(0, 'Volume Claims:\t<none>\n');
    return;
  }
  w.write(0, 'Volume Claims:\n');
  for (const pvc of templates ?? []) {
    w.write(1, `Name:\t${pvc.metadata?.name ?? ''}\n`);
    // storageutil.GetPersistentVolumeClaimClass: the beta annotation, else spec.storageClassName.
    const annotations = pvc.metadata?.annotations;
    const storageClass = annotations?.['volume.beta.kubernetes.io/storage-class'] ?? pvc.spec?.storageClassName ?? '';
    w.write(1, `StorageClass:\t${storageClass}\n`);
    printLabelsMultiline(w, 'Labels', pvc.metadata?.labels, '  ');
    printLabelsMultiline(w, 'Annotations', annotations, '  ');
    w.write(1, `Capacity:\t${pvc.spec?.resources?.requests?.storage ?? '<default>'}\n`);
    // %s of a []PersistentVolumeAccessMode: Go's slice form.
    w.write(1, `Access Modes:\t[${(pvc.spec?.accessModes ?? []).join(' ')}]\n`);
  }
}

export function describeStatefulSet(sts: AdmittedStatefulSet, state: ClusterState): string {
  const w = new Lines();
  w.write(0, `Name:\t${sts.metadata.name}\n`);
  w.write(0, `Namespace:\t${sts.metadata.namespace}\n`);
  w.write(0, `CreationTimestamp:\t${rfc1123z(sts.metadata.creationTimestamp ?? state.createdAt)}\n`);
  w.write(0, `Selector:\t${selectorString(sts.spec.selector)}\n`);
  printLabelsMultiline(w, 'Labels', sts.metadata.labels);
  printAnnotationsMultiline(w, 'Annotations', sts.metadata.annotations);
  w.write(0, `Replicas:\t${sts.spec.replicas} desired | ${sts.status?.replicas ?? 0} total\n`);
  w.write(0, `Update Strategy:\t${sts.spec.updateStrategy?.type ?? ''}\n`);
  const ru = sts.spec.updateStrategy?.rollingUpdate;
  if (ru?.partition !== undefined) {
    w.write(1, `Partition:\t${ru.partition}\n`);
    if (ru.maxUnavailable !== undefined) w.write(1, `MaxUnavailable:\t${String(ru.maxUnavailable)}\n`);
  }
  w.write(0, `Pods Status:\t${podsStatus(sts, state.pods)}\n`);
  describePodTemplate(w, sts.spec.template);
  describeVolumeClaimTemplates(w, sts.spec.volumeClaimTemplates);
  eventsOf(w, state, 'StatefulSet', sts);
  return w.tabbed();
}

export function describeDaemonSet(ds: AdmittedDaemonSet, state: ClusterState): string {
  const w = new Lines();
  const status = ds.status;
  w.write(0, `Name:\t${ds.metadata.name}\n`);
  w.write(0, `Namespace:\t${ds.metadata.namespace}\n`);
  w.write(0, `Selector:\t${selectorString(ds.spec.selector)}\n`);
  w.write(0, `Node-Selector:\t${formatLabels(ds.spec.template.spec.nodeSelector)}\n`);
  printLabelsMultiline(w, 'Labels', ds.metadata.labels);
  printAnnotationsMultiline(w, 'Annotations', ds.metadata.annotations);
  // These five lines have no tab: the tabwriter leaves them as they are.
  w.write(0, `Desired Number of Nodes Scheduled: ${status?.desiredNumberScheduled ?? 0}\n`);
  w.write(0, `Current Number of Nodes Scheduled: ${status?.currentNumberScheduled ?? 0}\n`);
  w.write(0, `Number of Nodes Scheduled with Up-to-date Pods: ${status?.updatedNumberScheduled ?? 0}\n`);
  w.write(0, `Number of Nodes Scheduled with Available Pods: ${status?.numberAvailable ?? 0}\n`);
  w.write(0, `Number of Nodes Misscheduled: ${status?.numberMisscheduled ?? 0}\n`);
  w.write(0, `Pods Status:\t${podsStatus(ds, state.pods)}\n`);
  describePodTemplate(w, ds.spec.template);
  eventsOf(w, state, 'DaemonSet', ds);
  return w.tabbed();
}
