// A node's own IPs, one home for the kubelet (pod hostIP), the scheduler (hostNetwork pods),
// kube-proxy (its node IP) and the dataplane. Upstream: k8s.io/component-helpers/node/util
// GetNodeHostIPs — InternalIPs first, then ExternalIPs, unparsable addresses skipped; the first
// is the primary IP, followed by the first IP of the other family (dual-stack nodes).
import type { Node } from './objects.ts';
import { parseIPv4 } from '../net/ipv4.ts';

const isIPv6 = (a: string) => a.includes(':') && /^[0-9a-fA-F:.]+$/.test(a);

/** GetNodeHostIPs: the primary IP, then the first IP of the other family; [] when none parses. */
export function nodeHostIPs(node: Node): string[] {
  const addrs = Array.isArray(node.status?.addresses) ? node.status.addresses : [];
  const ips = ['InternalIP', 'ExternalIP'].flatMap((type) =>
    addrs
      .filter((a) => a?.type === type && typeof a.address === 'string')
      .map((a) => a.address)
      .filter((a) => parseIPv4(a) !== null || isIPv6(a)),
  );
  const first = ips[0];
  if (first === undefined) return [];
  const other = ips.find((ip) => isIPv6(ip) !== isIPv6(first));
  return other === undefined ? [first] : [first, other];
}

/** The node's IPv4 host IP: what the simulator's single-stack IPv4 kube-proxy and dataplane use. */
export function nodeIPv4(node: Node): string | undefined {
  return nodeHostIPs(node).find((ip) => !isIPv6(ip));
}
