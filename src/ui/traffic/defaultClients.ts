// The clients a scenario starts with when the user has not configured any, so packets fly within
// seconds of opening the page: one external client per entry point the scenario exposes
// (LoadBalancer IP, else a NodePort on the first node) and one in-cluster client calling the first
// ClusterIP Service from a pod. Addresses come from the view (allocated by the core).
import type { ClientSpec, ClusterView } from '../../worker/protocol.ts';
import { isSystem } from '../diagram/fromClusterView.ts';

/** TEST-NET addresses (RFC 5737) for external clients. */
export const EXTERNAL_IPS = ['198.51.100.7', '198.51.100.23', '203.0.113.50', '203.0.113.77'] as const;

export function defaultClients(view: ClusterView): ClientSpec[] {
  const out: ClientSpec[] = [];
  const services = [...view.services].filter((s) => !isSystem(s) && s.ports.length > 0 && s.endpoints.length > 0 && s.type !== 'ExternalName')
    .sort((a, b) => (`${a.namespace}/${a.name}` < `${b.namespace}/${b.name}` ? -1 : 1));
  const lb = services.find((s) => s.type === 'LoadBalancer' && s.lbIPs.length > 0);
  const np = services.find((s) => s.ports.some((p) => p.nodePort));
  const node = [...view.nodes].sort((a, b) => (a.name < b.name ? -1 : 1))[0];
  if (lb) out.push({ id: 'laptop', from: 'external', to: `http://${lb.lbIPs[0]}:${lb.ports[0]!.port}`, rate: 2, sourceIP: EXTERNAL_IPS[0] });
  else if (np && node?.ip) out.push({ id: 'laptop', from: 'external', to: `http://${node.ip}:${np.ports.find((p) => p.nodePort)!.nodePort}`, rate: 2, sourceIP: EXTERNAL_IPS[0] });
  const cip = services.find((s) => s.clusterIP && s.clusterIP !== 'None');
  const pods = [...view.pods].filter((p) => !isSystem(p) && p.ip && p.phase === 'Running').sort((a, b) => (`${a.namespace}/${a.name}` < `${b.namespace}/${b.name}` ? -1 : 1));
  const caller = pods.find((p) => !cip?.endpoints.some((e) => e.pod === p.name)) ?? pods[0];
  if (cip && caller) out.push({ id: 'curl', from: `pod:${caller.namespace}/${caller.name}`, to: `http://${cip.clusterIP}:${cip.ports[0]!.port}`, rate: 2 });
  return out;
}
