// The API server reports some errors on fields the user did not write: it copies
// `spec.clusterIP` into `spec.clusterIPs` before validating (NormalizeClusterIPs), so an error on
// `spec.clusterIPs[0]` is about the `clusterIP:` line the user typed. Map such paths back. A Pod's
// account refused by the ServiceAccount plugin is the deprecated `serviceAccount:` line when that is
// the one written (the v1 conversion reads it, api/pod/podAdmission.ts).
import type { K8sObject } from '../model/objects.ts';

export function sourcePathFor(obj: K8sObject, field: string): string {
  const spec = (obj.spec ?? {}) as Record<string, unknown>;
  if (/^spec\.clusterIPs(\[0\])?$/.test(field) && spec.clusterIPs === undefined && spec.clusterIP !== undefined)
    return 'spec.clusterIP';
  if (/^spec\.ipFamilies(\[\d+\])?$/.test(field) && spec.ipFamilies === undefined) return 'spec';
  if (field === 'spec.serviceAccountName' && !spec.serviceAccountName) return 'spec.serviceAccount';
  return field;
}
