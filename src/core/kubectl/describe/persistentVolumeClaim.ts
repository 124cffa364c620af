// describePersistentVolumeClaim (kubectl pkg/describe/describe.go PersistentVolumeClaimDescriber,
// printPersistentVolumeClaim, printPodsMultiline), over the claim as the API server stored it
// (api/stored/: phase Pending, volumeMode Filesystem, the pvc-protection finalizer). Capacity
// and access modes are the status's, shown once the claim names a volume; Used By lists the pods of
// its namespace whose volumes name the claim, by name. No component of the playground records
// Events about claims.
import type { PersistentVolumeClaim } from 'kubernetes-types/core/v1';
import type { ClusterState } from '../../model/clusterState.ts';
import { byteCompare } from '../labelSelector.ts';
import { accessModesText, quantityText, storageClassOf } from '../printers/storage.ts';
import { describeNoEvents, Lines, printAnnotationsMultiline, printLabelsMultiline } from './writer.ts';

/** Go's %v of a []string: `[a b]`. */
export const goList = (xs: readonly string[] | undefined): string => `[${(xs ?? []).join(' ')}]`;

export function describePersistentVolumeClaim(pvc: PersistentVolumeClaim, state: ClusterState): string {
  const name = pvc.metadata?.name ?? '';
  const namespace = pvc.metadata?.namespace ?? '';
  const w = new Lines();
  w.write(0, `Name:\t${name}\n`);
  w.write(0, `Namespace:\t${namespace}\n`);
  w.write(0, `StorageClass:\t${storageClassOf(pvc)}\n`);
  w.write(0, `Status:\t${pvc.status?.phase ?? ''}\n`);
  w.write(0, `Volume:\t${pvc.spec?.volumeName ?? ''}\n`);
  printLabelsMultiline(w, 'Labels', pvc.metadata?.labels);
  printAnnotationsMultiline(w, 'Annotations', pvc.metadata?.annotations);
  w.write(0, `Finalizers:\t${goList(pvc.metadata?.finalizers)}\n`);
  const bound = (pvc.spec?.volumeName ?? '') !== '';
  w.write(0, `Capacity:\t${bound ? quantityText(pvc.status?.capacity?.['storage']) : ''}\n`);
  w.write(0, `Access Modes:\t${bound ? accessModesText(pvc.status?.accessModes) : ''}\n`);
  if (pvc.spec?.volumeMode) w.write(0, `VolumeMode:\t${pvc.spec.volumeMode}\n`);
  const source = pvc.spec?.dataSource;
  if (source) {
    w.write(0, 'DataSource:\n');
    if (source.apiGroup !== undefined) w.write(1, `APIGroup:\t${source.apiGroup}\n`);
    w.write(1, `Kind:\t${source.kind}\n`);
    w.write(1, `Name:\t${source.name}\n`);
  }
  const users = state.pods
    .filter(
      (p) =>
        (p.metadata.namespace ?? 'default') === namespace &&
        (p.spec.volumes ?? []).some((v) => v.persistentVolumeClaim?.claimName === name),
    )
    .map((p) => p.metadata.name)
    .sort(byteCompare);
  w.write(0, `Used By:\t${users.length === 0 ? '<none>' : users.join('\n\t')}\n`);
  describeNoEvents(w);
  return w.tabbed();
}
