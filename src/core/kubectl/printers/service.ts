// printService, getServiceExternalIP, loadBalancerStatusStringer, makePortString
// (k8s.io/kubernetes pkg/printers/internalversion/printers.go).

import type { AdmittedService, AdmittedServicePort } from '../../model/admitted.ts';
import { ageOf } from '../humanDuration.ts';
import { byteCompare, formatLabels } from '../labelSelector.ts';
import { cols, type TablePrinter } from './table.ts';

const LOAD_BALANCER_WIDTH = 16;

export function loadBalancerStatusString(
  ingress: readonly { ip?: string; hostname?: string }[] | undefined,
  wide: boolean,
): string {
  const set = new Set<string>();
  for (const i of ingress ?? []) {
    if (i.ip) set.add(i.ip);
    else if (i.hostname) set.add(i.hostname);
  }
  let r = [...set].sort(byteCompare).join(',');
  if (!wide && r.length > LOAD_BALANCER_WIDTH) r = `${r.slice(0, LOAD_BALANCER_WIDTH - 3)}...`;
  return r;
}

export function serviceExternalIP(svc: AdmittedService, wide: boolean): string {
  const externalIPs = svc.spec.externalIPs ?? [];
  switch (svc.spec.type) {
    case 'ClusterIP':
    case 'NodePort':
      return externalIPs.length > 0 ? externalIPs.join(',') : '<none>';
    case 'LoadBalancer': {
      const lb = loadBalancerStatusString(svc.status?.loadBalancer?.ingress, wide);
      if (externalIPs.length > 0) return [...(lb ? lb.split(',') : []), ...externalIPs].join(',');
      return lb || '<pending>';
    }
    case 'ExternalName':
      return svc.spec.externalName ?? '';
    default:
      return '<unknown>';
  }
}

export function makePortString(
  ports: readonly Pick<AdmittedServicePort, 'port' | 'nodePort' | 'protocol'>[] | undefined,
): string {
  return (ports ?? [])
    .map((p) => (p.nodePort && p.nodePort > 0 ? `${p.port}:${p.nodePort}/${p.protocol}` : `${p.port}/${p.protocol}`))
    .join(',');
}

export const servicePrinter: TablePrinter<AdmittedService> = {
  columns: cols(['Name', 'Type', 'Cluster-IP', 'External-IP', 'Port(s)', 'Age'], ['Selector']),
  row(svc, ctx) {
    const clusterIPs = svc.spec.clusterIPs ?? [];
    const cells = [
      svc.metadata.name,
      svc.spec.type,
      clusterIPs[0] ?? '<none>',
      serviceExternalIP(svc, ctx.wide),
      makePortString(svc.spec.ports) || '<none>',
      ageOf(svc.metadata, ctx.state),
    ];
    if (ctx.wide) cells.push(formatLabels(svc.spec.selector));
    return cells;
  },
};
