// printIngress (formatHosts, formatPorts, ingressLoadBalancerStatusStringer), printIngressClass
// and printNamespace (k8s.io/kubernetes pkg/printers/internalversion/printers.go).
import type { AdmittedIngress, AdmittedIngressClass, AdmittedNamespace } from '../../model/admitted.ts';
import { ageOf } from '../humanDuration.ts';
import { loadBalancerStatusString } from './service.ts';
import { cols, type TablePrinter } from './table.ts';

export function formatHosts(rules: NonNullable<AdmittedIngress['spec']>['rules']): string {
  const list: string[] = [];
  const max = 3;
  let more = false;
  const rs = rules ?? [];
  for (const r of rs) {
    if (list.length === max) more = true;
    if (!more && r.host) list.push(r.host);
  }
  if (list.length === 0) return '*';
  const ret = list.join(',');
  return more ? `${ret} + ${rs.length - max} more...` : ret;
}

export const ingressPrinter: TablePrinter<AdmittedIngress> = {
  columns: cols(['Name', 'Class', 'Hosts', 'Address', 'Ports', 'Age']),
  row: (ing, ctx) => [
    ing.metadata.name,
    ing.spec?.ingressClassName ?? '<none>',
    formatHosts(ing.spec?.rules),
    loadBalancerStatusString(ing.status?.loadBalancer?.ingress, ctx.wide),
    (ing.spec?.tls ?? []).length !== 0 ? '80, 443' : '80',
    ageOf(ing.metadata, ctx.state),
  ],
};

export const namespacePrinter: TablePrinter<AdmittedNamespace> = {
  columns: cols(['Name', 'Status', 'Age']),
  row: (ns, ctx) => [ns.metadata.name, ns.status.phase, ageOf(ns.metadata, ctx.state)],
};

/**
 * printIngressClass: parameters as `Kind[.apiGroup]/name`. The ` (default)` marker after the name of
 * the default class (kubernetes/kubernetes#134422) came in v1.35; these servers are v1.34.
 */
export const ingressClassPrinter: TablePrinter<AdmittedIngressClass> = {
  columns: cols(['Name', 'Controller', 'Parameters', 'Age']),
  row: (c, ctx) => {
    const p = c.spec?.parameters;
    const parameters = p ? `${p.kind}${p.apiGroup ? `.${p.apiGroup}` : ''}/${p.name}` : '<none>';
    return [c.metadata.name, c.spec?.controller ?? '', parameters, ageOf(c.metadata, ctx.state)];
  },
};
