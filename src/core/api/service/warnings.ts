// GetWarningsForService (k8s.io/kubernetes pkg/api/service/warnings.go, v1.34.2, in its order: the
// headless Service's ignored fields come before the externalIPs' IP warnings), with GetWarningsForIP /
// GetWarningsForCIDR of apimachinery pkg/util/validation/ip.go (validation/ipWarnings.ts);
// docs/api-server.md §2.4. The `trafficDistribution: "PreferClose" is deprecated` warning is not in
// v1.34.2's warnings.go (a later release added it), so the simulated v1.34 server does not send it.
import type { Service } from '../../model/objects.ts';
import { getWarningsForCIDR, getWarningsForIP, type ApiWarning } from '../validation/ipWarnings.ts';

export function serviceWarnings(svc: Service): ApiWarning[] {
  const spec = svc.spec ?? {};
  const out: ApiWarning[] = [];
  if (svc.metadata?.annotations?.['service.kubernetes.io/topology-aware-hints'] !== undefined) {
    out.push({
      field: 'metadata.annotations',
      message:
        'annotation service.kubernetes.io/topology-aware-hints is deprecated, please use service.kubernetes.io/topology-mode instead',
    });
  }
  const ips = spec.clusterIPs ?? [];
  if (ips.length > 0 && ips[0] !== 'None')
    ips.forEach((ip, i) => out.push(...getWarningsForIP(`spec.clusterIPs[${i}]`, ip)));
  if (spec.type === 'ClusterIP' && spec.clusterIP === 'None') {
    if (spec.loadBalancerIP)
      out.push({ field: 'spec.loadBalancerIP', message: 'spec.loadBalancerIP is ignored for headless services' });
    if ((spec.externalIPs?.length ?? 0) > 0)
      out.push({ field: 'spec.externalIPs', message: 'spec.externalIPs is ignored for headless services' });
    if (spec.sessionAffinity && spec.sessionAffinity !== 'None')
      out.push({ field: 'spec.sessionAffinity', message: 'spec.SessionAffinity is ignored for headless services' });
  }
  (spec.externalIPs ?? []).forEach((ip, i) => out.push(...getWarningsForIP(`spec.externalIPs[${i}]`, ip)));
  if (spec.loadBalancerIP) out.push(...getWarningsForIP('spec.loadBalancerIP', spec.loadBalancerIP));
  (spec.loadBalancerSourceRanges ?? []).forEach((c, i) =>
    out.push(...getWarningsForCIDR(`spec.loadBalancerSourceRanges[${i}]`, c)),
  );
  if (spec.type === 'ExternalName' && (spec.externalIPs?.length ?? 0) > 0) {
    out.push({ field: 'spec.externalIPs', message: 'spec.externalIPs is ignored when spec.type is "ExternalName"' });
  }
  if (spec.type !== 'ExternalName' && spec.externalName) {
    out.push({
      field: 'spec.externalName',
      message: 'spec.externalName is ignored when spec.type is not "ExternalName"',
    });
  }
  return out;
}
