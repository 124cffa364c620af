// GetWarningsForService (k8s.io/kubernetes pkg/api/service/warnings.go, with GetWarningsForIP /
// GetWarningsForCIDR of apimachinery pkg/util/validation/ip.go: validation/ipWarnings.ts);
// docs/api-server.md §2.4.
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
  (spec.externalIPs ?? []).forEach((ip, i) => out.push(...getWarningsForIP(`spec.externalIPs[${i}]`, ip)));
  if (spec.loadBalancerIP) out.push(...getWarningsForIP('spec.loadBalancerIP', spec.loadBalancerIP));
  (spec.loadBalancerSourceRanges ?? []).forEach((c, i) =>
    out.push(...getWarningsForCIDR(`spec.loadBalancerSourceRanges[${i}]`, c)),
  );
  if (spec.type === 'ClusterIP' && spec.clusterIP === 'None') {
    if (spec.loadBalancerIP)
      out.push({ field: 'spec.loadBalancerIP', message: 'spec.loadBalancerIP is ignored for headless services' });
    if ((spec.externalIPs?.length ?? 0) > 0)
      out.push({ field: 'spec.externalIPs', message: 'spec.externalIPs is ignored for headless services' });
    if (spec.sessionAffinity && spec.sessionAffinity !== 'None')
      out.push({ field: 'spec.sessionAffinity', message: 'spec.SessionAffinity is ignored for headless services' });
  }
  if (spec.type === 'ExternalName' && (spec.externalIPs?.length ?? 0) > 0) {
    out.push({ field: 'spec.externalIPs', message: 'spec.externalIPs is ignored when spec.type is "ExternalName"' });
  }
  if (spec.type !== 'ExternalName' && spec.externalName) {
    out.push({
      field: 'spec.externalName',
      message: 'spec.externalName is ignored when spec.type is not "ExternalName"',
    });
  }
  if (spec.trafficDistribution === 'PreferClose') {
    out.push({
      field: 'spec.trafficDistribution',
      message: 'spec.trafficDistribution: "PreferClose" is deprecated; use "PreferSameZone"',
    });
  }
  return out;
}
