// The API server reports some errors on fields the user did not write: it copies
// `spec.clusterIP` into `spec.clusterIPs` before validating (NormalizeClusterIPs), so an error on
// `spec.clusterIPs[0]` is about the `clusterIP:` line the user typed. Map such paths back.
import type { K8sObject } from '../model/objects.ts';

export function sourcePathFor(obj: K8sObject, field: string): string {
  const spec = (obj.spec ?? {}) as Record<string, unknown>;
  if (/^spec\.clusterIPs(\[0\])?$/.test(field) && spec.clusterIPs === undefined && spec.clusterIP !== undefined)
    return 'spec.clusterIP';
  if (/^spec\.ipFamilies(\[\d+\])?$/.test(field) && spec.ipFamilies === undefined) return 'spec';
  return field;
}
