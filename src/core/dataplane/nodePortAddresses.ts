// Which addresses of a node accept NodePorts, and whether 127.0.0.1 is one of them.
// Upstream: pkg/proxy/util/nodeport_addresses.go (NewNodePortAddresses: only IPv4 CIDRs count; none
// means 0.0.0.0/0, "match all"; ContainsIPv4Loopback), pkg/proxy/iptables/proxier.go NewProxier
// ("if !nodePortAddresses.ContainsIPv4Loopback() { localhostNodePorts = false }") and syncProxyRules
// (match all: one `--dst-type LOCAL` jump to KUBE-NODEPORTS; else one `-d <ip>` jump per node IP in
// the CIDRs, 127.0.0.1 only while localhost NodePorts are on), cmd/kube-proxy/app/server_linux.go
// (`nodePortAddresses: [primary]` is the node IP as a /32). Localhost NodePorts exist only in iptables
// mode (route_localnet); nftables and IPVS never accept NodePorts on 127.0.0.1.
// The node's addresses here are its InternalIP and the loopback 127.0.0.1 (the simulated node has
// no other interface a CIDR could match).
import type { ClusterSettings } from '../model/settings.ts';
import { cidrContains, parseCidr, type Cidr } from '../net/ipv4.ts';

export const LOOPBACK = '127.0.0.1';

export interface NodePortAddresses {
  /** No usable CIDR: every local address (`--dst-type LOCAL`). */
  matchAll: boolean;
  cidrs: Cidr[];
  containsLoopback: boolean;
}

/** NewNodePortAddresses for IPv4 (after `primary` was replaced by the node IP). */
export function nodePortAddresses(settings: ClusterSettings, nodeIP: string | null): NodePortAddresses {
  const strings =
    settings.nodePortAddresses.length === 1 && settings.nodePortAddresses[0] === 'primary'
      ? nodeIP
        ? [`${nodeIP}/32`]
        : []
      : settings.nodePortAddresses;
  const cidrs = strings.map((s) => parseCidr(s)).filter((c): c is Cidr => c !== null);
  if (cidrs.length === 0 || cidrs.some((c) => c.size >= 2 ** 32))
    return { matchAll: true, cidrs: [], containsLoopback: true };
  // cidr.IP.IsLoopback() || cidr.Contains(127.0.0.0)
  return {
    matchAll: false,
    cidrs,
    containsLoopback: cidrs.some((c) => c.text.startsWith('127.') || cidrContains(c, '127.0.0.0')),
  };
}

/**
 * No usable --nodeport-addresses: NodePorts on every local address (NodePortAddresses.MatchAll). With
 * `[primary]` it is the node's IP, which every simulated node that takes a packet has.
 */
export function nodePortsMatchAll(settings: ClusterSettings): boolean {
  const a = settings.nodePortAddresses;
  return !(a.length === 1 && a[0] === 'primary') && nodePortAddresses(settings, null).matchAll;
}

/** The iptables proxier's localhostNodePorts after NewProxier: off without a loopback CIDR. */
export function localhostNodePorts(settings: ClusterSettings, npa: NodePortAddresses): boolean {
  return settings.proxyMode === 'iptables' && settings.localhostNodePorts && npa.containsLoopback;
}

/** GetNodeIPs: the node's addresses inside the CIDRs (only asked when not matchAll); upstream's order comes from a map, ours is fixed. */
export function nodePortIPs(npa: NodePortAddresses, nodeIP: string | null): string[] {
  return [nodeIP, LOOPBACK].filter((ip): ip is string => ip !== null && npa.cidrs.some((c) => cidrContains(c, ip)));
}

/** Does a packet to `ip` (one of this node's addresses) reach KUBE-NODEPORTS? */
export function acceptsNodePorts(settings: ClusterSettings, nodeIP: string | null, ip: string): boolean {
  const npa = nodePortAddresses(settings, nodeIP);
  const loopback = ip.startsWith('127.');
  if (loopback && !localhostNodePorts(settings, npa)) return false;
  if (npa.matchAll) return true;
  return nodePortIPs(npa, nodeIP).includes(ip);
}
