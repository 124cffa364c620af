// GetWarningsForService (k8s.io/kubernetes pkg/api/service/warnings.go, with GetWarningsForIP /
// GetWarningsForCIDR of pkg/api/validation/ip.go); docs/api-server.md §2.4.
import type { Service } from '../../model/objects.ts';
import { formatIPv4 } from '../../net/ipv4.ts';
import { parseIPv4Sloppy } from '../validation/ip.ts';

export interface ApiWarning {
  message: string;
  field?: string;
}

/** A sloppily parsed IPv4 that is not in canonical form (leading zeros). */
function ipWarning(path: string, value: string): ApiWarning[] {
  const v = parseIPv4Sloppy(value);
  if (v === null) return [];
  const canonical = formatIPv4(v);
  if (canonical === value) return [];
  return [
    {
      field: path,
      message: `${path}: non-standard IP address ${JSON.stringify(value)} will be considered invalid in a future Kubernetes release: use ${JSON.stringify(canonical)}`,
    },
  ];
}

function cidrWarning(path: string, value: string): ApiWarning[] {
  const [ip, len] = value.split('/');
  if (ip === undefined || len === undefined || !/^\d+$/.test(len)) return [];
  const v = parseIPv4Sloppy(ip);
  const prefix = Number(len);
  if (v === null || prefix > 32) return [];
  const canonicalIP = formatIPv4(v);
  if (canonicalIP !== ip || String(prefix) !== len) {
    return [
      {
        field: path,
        message: `${path}: non-standard CIDR value ${JSON.stringify(value)} will be considered invalid in a future Kubernetes release: use ${JSON.stringify(`${canonicalIP}/${prefix}`)}`,
      },
    ];
  }
  const mask = prefix === 0 ? 0 : (0xffffffff << (32 - prefix)) >>> 0;
  const net = (v & mask) >>> 0;
  if (net !== v) {
    return [
      {
        field: path,
        message: `${path}: CIDR value ${JSON.stringify(value)} is ambiguous in this context (should be ${JSON.stringify(`${formatIPv4(net)}/${prefix}`)} or ${JSON.stringify(`${ip}/32`)}?)`,
      },
    ];
  }
  return [];
}

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
  if (ips.length > 0 && ips[0] !== 'None') ips.forEach((ip, i) => out.push(...ipWarning(`spec.clusterIPs[${i}]`, ip)));
  (spec.externalIPs ?? []).forEach((ip, i) => out.push(...ipWarning(`spec.externalIPs[${i}]`, ip)));
  if (spec.loadBalancerIP) out.push(...ipWarning('spec.loadBalancerIP', spec.loadBalancerIP));
  (spec.loadBalancerSourceRanges ?? []).forEach((c, i) =>
    out.push(...cidrWarning(`spec.loadBalancerSourceRanges[${i}]`, c)),
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
