// The clients a scenario starts with when the user has not configured any, so packets fly within
// seconds of opening the page: one external client per entry point the scenario exposes
// (LoadBalancer IP, else a NodePort on the first node) and one in-cluster client calling the first
// ClusterIP Service from a pod. Addresses come from the view (allocated by the core).
import type { ClientSpec, ClusterView } from '../../worker/protocol.ts';
import { isSystem } from '../diagram/fromClusterView.ts';

/**
 * External clients come from TEST-NET-3 (203.0.113.0/24, RFC 5737), the core's default for
 * outside addresses: TEST-NET-2 (198.51.100.0/24) is the simulated cloud's load-balancer pool, so
 * a client there would look like one of the cluster's own LB addresses.
 */
export const EXTERNAL_IPS = ['203.0.113.10', '203.0.113.25', '203.0.113.50', '203.0.113.77'] as const;

export function defaultClients(view: ClusterView): ClientSpec[] {
  const out: ClientSpec[] = [];
  const services = [...view.services]
    .filter((s) => !isSystem(s) && s.ports.length > 0 && s.endpoints.length > 0 && s.type !== 'ExternalName')
    .sort((a, b) => (`${a.namespace}/${a.name}` < `${b.namespace}/${b.name}` ? -1 : 1));
  const lb = services.find((s) => s.type === 'LoadBalancer' && s.lbIPs.length > 0);
  const np = services.find((s) => s.ports.some((p) => p.nodePort));
  const node = [...view.nodes].sort((a, b) => (a.name < b.name ? -1 : 1))[0];
  const nodes = [...view.nodes].sort((a, b) => (a.name < b.name ? -1 : 1));
  const nodePortOn = (n: (typeof nodes)[number] | undefined): string | null => {
    const port = np?.ports.find((p) => p.nodePort)?.nodePort;
    return n?.ip && port ? `http://${n.ip}:${port}` : null;
  };
  if (lb)
    out.push({
      id: 'laptop',
      from: { kind: 'external', ip: EXTERNAL_IPS[0] },
      to: `http://${lb.lbIPs[0]}:${lb.ports[0]!.port}`,
      rate: 2,
    });
  else if (nodePortOn(node))
    out.push({ id: 'laptop', from: { kind: 'external', ip: EXTERNAL_IPS[0] }, to: nodePortOn(node)!, rate: 2 });
  // A second outside client through another node's NodePort: shows that every node answers.
  const second = nodePortOn(lb ? node : nodes[1]);
  if (second && out.length > 0)
    out.push({ id: 'phone', from: { kind: 'external', ip: EXTERNAL_IPS[1] }, to: second, rate: 1 });
  const cip = services.find((s) => s.clusterIP && s.clusterIP !== 'None');
  const pods = [...view.pods]
    .filter((p) => !isSystem(p) && p.ip && p.phase === 'Running')
    .sort((a, b) => (`${a.namespace}/${a.name}` < `${b.namespace}/${b.name}` ? -1 : 1));
  const caller = pods.find((p) => !cip?.endpoints.some((e) => e.pod === p.name)) ?? pods[0];
  if (cip && caller)
    out.push({
      id: 'curl',
      from: { kind: 'pod', namespace: caller.namespace, name: caller.name },
      to: `http://${cip.clusterIP}:${cip.ports[0]!.port}`,
      rate: 2,
    });
  return out;
}
