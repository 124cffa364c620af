// printPersistentVolumeClaim, printPersistentVolume and printResourceQuota (k8s.io/kubernetes
// pkg/printers/internalversion/printers.go), over the objects as the API server stored them
// (api/stored/: defaults and a create's status). A claim's CAPACITY and ACCESS MODES are its status's, shown only once it
// names a volume; a volume's CLAIM is `namespace/name` of its claimRef. A quota's REQUEST and LIMIT
// list `resource: used/hard` from its status, which kube-controller-manager's quota controller fills.
import type { PersistentVolume, PersistentVolumeClaim, ResourceQuota } from 'kubernetes-types/core/v1';
import type { AdmittedObject } from '../../model/admitted.ts';
import { parseQuantity, quantityString } from '../../api/resource/quantity.ts';
import { ageOf } from '../humanDuration.ts';
import { byteCompare } from '../labelSelector.ts';
import { cols, type TablePrinter } from './table.ts';

/** Quantity.String() of a stored quantity (the API server keeps the canonical form); `0` for none. */
export function quantityText(v: unknown): string {
  if (v === undefined || v === null) return '0';
  const q = parseQuantity(String(v));
  return q ? quantityString(q) : String(v);
}

/** helper.GetAccessModesAsString: RWO, ROX, RWX, RWOP in that order, each once. */
export function accessModesText(modes: readonly string[] | undefined): string {
  const has = (m: string) => (modes ?? []).includes(m);
  const out: string[] = [];
  if (has('ReadWriteOnce')) out.push('RWO');
  if (has('ReadOnlyMany')) out.push('ROX');
  if (has('ReadWriteMany')) out.push('RWX');
  if (has('ReadWriteOncePod')) out.push('RWOP');
  return out.join(',');
}

/** GetPersistentVolume(Claim)Class: the beta annotation first, then spec.storageClassName. */
export function storageClassOf(o: {
  metadata?: { annotations?: Record<string, string> };
  spec?: { storageClassName?: string };
}): string {
  return o.metadata?.annotations?.['volume.beta.kubernetes.io/storage-class'] ?? o.spec?.storageClassName ?? '';
}

const phaseOf = (o: { metadata?: { deletionTimestamp?: string } }, phase: string | undefined) =>
  o.metadata?.deletionTimestamp ? 'Terminating' : (phase ?? '');

export const persistentVolumeClaimPrinter: TablePrinter<AdmittedObject & PersistentVolumeClaim> = {
  columns: cols(
    ['Name', 'Status', 'Volume', 'Capacity', 'Access Modes', 'StorageClass', 'VolumeAttributesClass', 'Age'],
    ['VolumeMode'],
  ),
  row(pvc, ctx) {
    const bound = (pvc.spec?.volumeName ?? '') !== '';
    return [
      pvc.metadata.name,
      phaseOf(pvc, pvc.status?.phase),
      pvc.spec?.volumeName ?? '',
      bound ? quantityText(pvc.status?.capacity?.['storage']) : '',
      bound ? accessModesText(pvc.status?.accessModes) : '',
      storageClassOf(pvc),
      pvc.spec?.volumeAttributesClassName ?? '<unset>',
      ageOf(pvc.metadata, ctx.state),
      ...(ctx.wide ? [pvc.spec?.volumeMode ?? '<unset>'] : []),
    ];
  },
};

export const persistentVolumePrinter: TablePrinter<AdmittedObject & PersistentVolume> = {
  columns: cols(
    [
      'Name',
      'Capacity',
      'Access Modes',
      'Reclaim Policy',
      'Status',
      'Claim',
      'StorageClass',
      'VolumeAttributesClass',
      'Reason',
      'Age',
    ],
    ['VolumeMode'],
  ),
  row(pv, ctx) {
    const ref = pv.spec?.claimRef;
    return [
      pv.metadata.name,
      quantityText(pv.spec?.capacity?.['storage']),
      accessModesText(pv.spec?.accessModes),
      pv.spec?.persistentVolumeReclaimPolicy ?? '',
      phaseOf(pv, pv.status?.phase),
      ref ? `${ref.namespace ?? ''}/${ref.name ?? ''}` : '',
      storageClassOf(pv),
      pv.spec?.volumeAttributesClassName ?? '<unset>',
      pv.status?.reason ?? '',
      ageOf(pv.metadata, ctx.state),
      ...(ctx.wide ? [pv.spec?.volumeMode ?? '<unset>'] : []),
    ];
  },
};

export const resourceQuotaPrinter: TablePrinter<AdmittedObject & ResourceQuota> = {
  columns: cols(['Name', 'Request', 'Limit', 'Age']),
  row(q, ctx) {
    const hard = q.status?.hard ?? {};
    const used = q.status?.used ?? {};
    const request: string[] = [];
    const limit: string[] = [];
    for (const name of Object.keys(hard).sort(byteCompare)) {
      const pieces = name.split('.');
      (pieces.length > 1 && pieces[0] === 'limits' ? limit : request).push(
        `${name}: ${quantityText(used[name])}/${quantityText(hard[name])}`,
      );
    }
    return [q.metadata.name, request.join(', '), limit.join(', '), ageOf(q.metadata, ctx.state)];
  },
};
