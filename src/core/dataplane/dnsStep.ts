// Name resolution as the client would do it. Pods ask the cluster DNS (kube-dns ClusterIP, search
// path `<ns>.svc.<zone> svc.<zone> <zone>`, ndots:5 — pkg/kubelet/network/dns/dns.go); a node's
// own processes use the node's resolv.conf, which does not know cluster names; hosts outside the
// cluster use public DNS, which here knows only the hosts of Ingress rules (pointing at the
// ingress controller's load balancer).
import type { ClusterState } from '../model/clusterState.ts';

export type { DnsAnswer } from '../controllers/dns.ts';
import type { DnsAnswer } from '../controllers/dns.ts';

/** The controllers' resolver (src/core/controllers/dns.ts resolveName). */
export type NameResolver = (state: ClusterState, name: string, fromNamespace: string) => DnsAnswer;

/** Follow CNAMEs that stay inside the cluster (an ExternalName pointing at another Service's FQDN). */
export function resolveChain(
  resolve: (name: string) => DnsAnswer,
  state: ClusterState,
  name: string,
): { answer: DnsAnswer; chain: string[] } {
  const chain: string[] = [];
  let current = name;
  for (let i = 0; i < 8; i++) {
    const answer = resolve(current);
    if (answer.kind !== 'CNAME') return { answer, chain };
    chain.push(`${answer.fqdn} CNAME ${answer.target}`);
    const zone = `.${state.settings.clusterDomain}`;
    if (!answer.target.replace(/\.$/, '').endsWith(zone)) return { answer, chain };
    current = answer.target.replace(/\.$/, '');
  }
  return { answer: { kind: 'NXDOMAIN', tried: [name] }, chain };
}
