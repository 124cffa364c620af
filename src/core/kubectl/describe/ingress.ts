// IngressDescriber.describeIngressV1, describeBackendV1, serviceBackendStringer,
// describeIngressTLSV1 (kubectl pkg/describe/describe.go).
import type { ClusterState } from '../../model/clusterState.ts';
import type { AdmittedIngress } from '../../model/admitted.ts';
import { loadBalancerStatusString } from '../printers/service.ts';
import {
  describeNoEvents,
  formatEndpointSlices,
  Lines,
  printAnnotationsMultiline,
  printLabelsMultiline,
  slicesOf,
} from './writer.ts';

type Backend = NonNullable<NonNullable<AdmittedIngress['spec']>['defaultBackend']>;

function describeBackend(state: ClusterState, ns: string, b: Backend): string {
  if (b.service) {
    const port = b.service.port?.number !== undefined ? String(b.service.port.number) : (b.service.port?.name ?? '');
    const sb = `${b.service.name}:${port}`;
    const svc = state.services.find((s) => s.metadata.name === b.service?.name && s.metadata.namespace === ns);
    if (!svc) return `${sb} (<error: services "${b.service.name}" not found>)`;
    let spName = '';
    for (const sp of svc.spec.ports ?? []) {
      if (b.service.port?.number && b.service.port.number === sp.port) spName = sp.name ?? '';
      else if (b.service.port?.name && b.service.port.name === sp.name) spName = sp.name ?? '';
    }
    return `${sb} (${formatEndpointSlices(slicesOf(state.endpointSlices, ns, b.service.name), new Set([spName]))})`;
  }
  if (b.resource)
    return `APIGroup: ${b.resource.apiGroup ?? '<none>'}, Kind: ${b.resource.kind}, Name: ${b.resource.name}`;
  return '';
}

export function describeIngress(ing: AdmittedIngress, state: ClusterState): string {
  const w = new Lines();
  const ns = ing.metadata.namespace;
  w.write(0, `Name:\t${ing.metadata.name}\n`);
  printLabelsMultiline(w, 'Labels', ing.metadata.labels);
  w.write(0, `Namespace:\t${ing.metadata.namespace}\n`);
  w.write(0, `Address:\t${loadBalancerStatusString(ing.status?.loadBalancer?.ingress, true)}\n`);
  w.write(0, `Ingress Class:\t${ing.spec?.ingressClassName ?? '<none>'}\n`);
  const def = ing.spec?.defaultBackend;
  const defaultBackend = def ? describeBackend(state, ns, def) : '<default>';
  w.write(0, `Default backend:\t${defaultBackend}\n`);
  if ((ing.spec?.tls ?? []).length > 0) {
    w.write(0, 'TLS:\n');
    for (const t of ing.spec?.tls ?? []) {
      w.write(
        1,
        t.secretName
          ? `${t.secretName} terminates ${(t.hosts ?? []).join(',')}\n`
          : `SNI routes ${(t.hosts ?? []).join(',')}\n`,
      );
    }
  }
  w.write(0, 'Rules:\n  Host\tPath\tBackends\n');
  w.write(1, '----\t----\t--------\n');
  let count = 0;
  for (const rule of ing.spec?.rules ?? []) {
    if (!rule.http) continue;
    count++;
    w.write(1, `${rule.host || '*'}\t\n`);
    for (const p of rule.http.paths ?? []) w.write(2, `\t${p.path ?? ''} \t${describeBackend(state, ns, p.backend)}\n`);
  }
  if (count === 0) w.write(1, `*\t*\t${defaultBackend}\n`);
  printAnnotationsMultiline(w, 'Annotations', ing.metadata.annotations);
  describeNoEvents(w);
  return w.tabbed();
}
