// The rules kube-proxy wrote for one service port, as the node's proxy mode prints them, and the
// hop texts that quote them — by name, so kubeProxy.ts reads as the decision only. The texts of the
// ClusterIP and of each endpoint are written at sync, when the view is built (proxySync.ts); those
// of other addresses (externalIPs, LB IPs, node ports) the first time a packet takes that rule, kept
// on the view for the life of the cluster state (ruleMemo.ts: slots, flattening). Builders: ruleText.ts.
import type { ClusterSettings, ProxyMode } from '../model/settings.ts';
import type { ProxyEndpoint, ServicePortProxy } from './proxyModel.ts';
import {
  chainsOf,
  computeProbability,
  iptablesAffinityRule,
  iptablesDnatRule,
  iptablesEntryRule,
  iptablesFilterRule,
  iptablesFirewallDropRule,
  iptablesRandomRule,
  ipvsVirtualServer,
  nftEndpointChain,
  nftNumgenRule,
  nftServiceChain,
  type EntryKind,
} from './ruleText.ts';
import { EXTERNAL_SLOT, KEYED_SIZE, SLOT, memo, memoKeyed, statisticThresholds } from './ruleMemo.ts';
import type { EndpointRules } from './proxySync.ts';
import { say, type Said } from './said.ts';
import { flat } from './flatString.ts';
import { nodePortsMatchAll } from './nodePortAddresses.ts';

export type { EntryKind };
export { chainsOf, computeProbability, iptablesRandomRule, ipvsVirtualServer, nftNumgenRule, statisticThresholds };

/** An external entry kind's first memo slot (ruleMemo.ts SLOT_COUNTS: node port first). */
const EXTERNAL_AT: Record<Exclude<EntryKind, 'cluster-ip'>, number> = {
  'node-port': SLOT.external,
  'external-ip': SLOT.external + EXTERNAL_SLOT.size,
  'load-balancer-ip': SLOT.external + 2 * EXTERNAL_SLOT.size,
};
const externalAt = (entry: EntryKind): number => EXTERNAL_AT[entry as Exclude<EntryKind, 'cluster-ip'>];

/**
 * The nat rule that matched the destination and jumped to `target` (iptables: KUBE-SERVICES or
 * KUBE-NODEPORTS → KUBE-SVC/SVL/EXT/FW; nftables: the service-ips / service-nodeports verdict map →
 * `nftChain`; IPVS: the virtual server).
 */
export function entryRuleText(
  mode: ProxyMode,
  settings: ClusterSettings,
  sp: ServicePortProxy,
  entry: EntryKind,
  dstIP: string,
  target: string,
  nftChain: 'service' | 'local' | 'external',
): string {
  if (mode === 'ipvs')
    return ipvsVirtualServer(sp, dstIP, entry === 'node-port' ? sp.nodePort : sp.port, settings.ipvsScheduler);
  if (mode === 'iptables') return iptablesEntryRule(sp, entry, dstIP, target);
  // The services chain's NodePort match (setupNFTables): any local address but localhost, or the nodeport-ips set.
  return `${entry === 'node-port' ? `${nodePortsMatchAll(settings) ? 'fib daddr type local' : 'ip daddr @nodeport-ips'} … th dport ${sp.nodePort}` : `ip daddr ${dstIP} ${sp.protocol.toLowerCase()} dport ${sp.port}`} goto ${nftServiceChain(sp, nftChain)}`;
}

/**
 * The external entry's rule (externalIP, load-balancer IP, node port → KUBE-EXT, or KUBE-FW for a
 * load-balancer IP with source ranges), kept on the view per destination: sync wrote only the
 * ClusterIP's. IPVS's virtual server names the scheduler, a setting: not kept.
 */
export function externalEntryRule(
  settings: ClusterSettings,
  sp: ServicePortProxy,
  entry: EntryKind,
  dstIP: string,
): string {
  const mode = settings.proxyMode;
  const make = () => {
    const chains = chainsOf(sp);
    const target = entry === 'load-balancer-ip' && sp.usesFWChain ? chains.fw : chains.ext;
    return entryRuleText(mode, settings, sp, entry, dstIP, target, 'external');
  };
  if (mode === 'ipvs') return make();
  const slot = mode === 'iptables' ? EXTERNAL_SLOT.iptablesRule : EXTERNAL_SLOT.nftablesRule;
  return memo(sp, externalAt(entry) + slot, dstIP, make);
}

/**
 * The external entry's hop text, rule and address (externalHopText, externalEntryRule,
 * externalAddress) for a packet, left on the view's ext fields: a view takes its packets from
 * outside at one address mostly (its node's, for a node port), so the last ones are kept on the
 * view's own lines, which the packet reads anyway; the memo (its array and its elements' lines,
 * cold with 10,000 Services) is read when they differ. IPVS's rule names the scheduler: made anew.
 */
export function externalTexts(
  settings: ClusterSettings,
  sp: ServicePortProxy,
  node: string,
  entry: EntryKind,
  dstIP: string,
  policyLocal: boolean,
  localOnly: boolean,
): ServicePortProxy {
  const mode = settings.proxyMode;
  if (sp.extKey !== dstIP || sp.extEntry !== entry || sp.extMode !== mode || sp.extLocal !== localOnly) {
    sp.extDetail = externalHopText(sp, node, entry, dstIP, policyLocal, localOnly);
    sp.extRule = externalEntryRule(settings, sp, entry, dstIP);
    sp.extAddress = externalAddress(sp, entry, dstIP);
    sp.extKey = dstIP;
    sp.extEntry = entry;
    sp.extMode = mode;
    sp.extLocal = localOnly;
  } else if (mode === 'ipvs') sp.extRule = externalEntryRule(settings, sp, entry, dstIP);
  return sp;
}

/** `dstIP:port` for an external entry (the node port for a node port), kept on the view per destination. */
export function externalAddress(sp: ServicePortProxy, entry: EntryKind, dstIP: string): string {
  return memo(
    sp,
    externalAt(entry) + EXTERNAL_SLOT.address,
    dstIP,
    () => `${dstIP}:${entry === 'node-port' ? sp.nodePort : sp.port}`,
  );
}

/** The hop for a ClusterIP entry: which endpoints internalTrafficPolicy lets through. */
export function clusterIPHopText(sp: ServicePortProxy, node: string, dstIP: string, local: boolean): string {
  return `kube-proxy on ${node}: ${dstIP}:${sp.port} is the ClusterIP of ${sp.spn} → ${local ? 'local endpoints only (internalTrafficPolicy: Local)' : 'any ready endpoint'}`;
}

/** The hop for an external entry (externalIP, load-balancer IP, node port): which endpoints externalTrafficPolicy lets through. */
export function externalHopText(
  sp: ServicePortProxy,
  node: string,
  entry: EntryKind,
  dstIP: string,
  policyLocal: boolean,
  localOnly: boolean,
): string {
  return memo(
    sp,
    externalAt(entry) + (localOnly ? EXTERNAL_SLOT.detailLocal : EXTERNAL_SLOT.detailAny),
    dstIP,
    () =>
      `kube-proxy on ${node}: ${where(sp, entry, dstIP)} belongs to ${sp.spn} (externalTrafficPolicy ${policyLocal ? 'Local' : 'Cluster'}) → ${localOnly ? 'endpoints on this node only, client IP kept' : 'any ready endpoint'}`,
  );
}

/** The same, as a code and parameters (said.ts). */
export function whereSaid(sp: ServicePortProxy, entry: EntryKind, dstIP: string): Said {
  if (entry === 'node-port') return say('where.nodePort', { port: sp.nodePort });
  const address = `${dstIP}:${sp.port}`;
  return say(
    entry === 'cluster-ip' ? 'where.clusterIP' : entry === 'external-ip' ? 'where.externalIP' : 'where.loadBalancerIP',
    { address },
  );
}

/** How a hop names the address the packet was sent to. */
export function where(sp: ServicePortProxy, entry: EntryKind, dstIP: string): string {
  return entry === 'node-port' ? `node port ${sp.nodePort}` : `${entryName(entry)} ${dstIP}:${sp.port}`;
}

function entryName(e: EntryKind): string {
  return e === 'cluster-ip'
    ? 'ClusterIP'
    : e === 'external-ip'
      ? 'externalIP'
      : e === 'load-balancer-ip'
        ? 'load-balancer IP'
        : 'node port';
}

/** The filter rule that REJECTs a service port with no endpoints at all. */
export function rejectNoEndpointsRule(mode: ProxyMode, sp: ServicePortProxy, entry: EntryKind, dstIP: string): string {
  if (mode === 'iptables') return iptablesFilterRule(sp, entry, dstIP, 'REJECT');
  if (mode === 'nftables')
    return `no-endpoint-services: ${dstIP} . ${sp.protocol.toLowerCase()} . ${sp.port} : goto reject-chain`;
  return `${sp.protocol}  ${dstIP}:${sp.port} (no real servers)`;
}

/** The filter rule that DROPs when the traffic policy is Local and no endpoint runs on this node. */
export function dropNoLocalEndpointsRule(
  mode: ProxyMode,
  sp: ServicePortProxy,
  entry: EntryKind,
  dstIP: string,
): string {
  if (mode === 'iptables') return iptablesFilterRule(sp, entry, dstIP, 'DROP');
  if (entry === 'cluster-ip')
    return mode === 'nftables'
      ? `no-endpoint-services: ${dstIP} . ${sp.protocol.toLowerCase()} . ${sp.port} : drop`
      : `${sp.protocol}  ${dstIP}:${sp.port} (no local real servers)`;
  return mode === 'nftables'
    ? `no-endpoint-nodeports / no-endpoint-services … : drop`
    : `${sp.protocol}  ${dstIP}:${entry === 'node-port' ? sp.nodePort : sp.port} (no local real servers)`;
}

/** The rule that DROPs a load-balancer packet from outside loadBalancerSourceRanges. */
export function firewallDropRule(mode: ProxyMode, sp: ServicePortProxy, dstIP: string, srcIP: string): string {
  if (mode === 'iptables') return iptablesFirewallDropRule(sp, dstIP);
  if (mode === 'nftables') return `firewall-check: ip daddr . meta l4proto . th dport vmap @firewall-ips → drop`;
  return `(iptables) KUBE-LOAD-BALANCER-SOURCE-CIDR does not list ${srcIP}`;
}

/** The key of the service port's affinity table (xt_recent lists / nftables sets): `spn/PROTO`, written at sync. */
export function affinityTableKey(sp: ServicePortProxy): string {
  return sp.affinityTableKey !== '' ? sp.affinityTableKey : (sp.affinityTableKey = flat(`${sp.spn}/${sp.protocol}`));
}

// The texts of one endpoint of a chain: written at sync, one record per endpoint (proxySync.ts).

/** The rule that sends a client with a live affinity entry back to `ep` (iptables, nftables). */
export function affinityRuleText(mode: ProxyMode, sp: ServicePortProxy, chain: string, ep: ProxyEndpoint): string {
  return mode === 'iptables'
    ? iptablesAffinityRule(sp, chain, ep)
    : `ip saddr @affinity-${nftEndpointChain(sp, ep).slice('endpoint-'.length)} goto ${nftEndpointChain(sp, ep)}`;
}

/** iptables: the hop saying rule i of the statistic cascade in `chain` matched. */
export function randomPickHopText(
  sp: ServicePortProxy,
  chain: string,
  eps: readonly ProxyEndpoint[],
  i: number,
): string {
  return `${chain}: random pick among ${eps.length} endpoint${eps.length === 1 ? '' : 's'}${i < eps.length - 1 ? ` (rule ${i + 1} matched with probability ${computeProbability(eps.length - i)})` : ' (last rule, no statistic match)'}${pickedText(eps[i]!.endpoint, eps[i]!.podRef?.name)}`;
}

/** nftables: the hop saying which element of the numgen verdict map was chosen. */
export function numgenHopText(eps: readonly ProxyEndpoint[], i: number): string {
  return `numgen random mod ${eps.length} = ${i}${pickedText(eps[i]!.endpoint, eps[i]!.podRef?.name)}`;
}

/** The rule that DNATs to `ep` (iptables KUBE-SEP, nftables endpoint chain, IPVS real server). */
export function dnatRuleText(mode: ProxyMode, sp: ServicePortProxy, ep: ProxyEndpoint): string {
  if (mode === 'iptables') return iptablesDnatRule(sp, ep);
  if (mode === 'nftables')
    return `meta l4proto ${sp.protocol.toLowerCase()} dnat to ${ep.endpoint}  (chain ${nftEndpointChain(sp, ep)})`;
  return `  -> ${ep.endpoint}  Masq  1`;
}

/** ` → ip:port (pod)`: the end of an endpoint-choice hop. */
/** The affinity hop's text after the client's address: which endpoint the client is pinned to, on which node, for how long. */
export function affinityPinnedText(endpoint: string, pod: string | undefined, node: string, timeout: number): string {
  return ` is pinned to ${endpoint}${pod !== undefined ? ` (${pod})` : ''} on ${node}; the ${timeout}s timer restarts now`;
}

export function pickedText(endpoint: string, pod: string | undefined): string {
  return ` → ${endpoint}${pod !== undefined ? ` (${pod})` : ''}`;
}

/** The DNAT hop: the address the packet was sent to, rewritten to `ep`. */
export function dnatHopTextOf(sp: ServicePortProxy, entry: EntryKind, dstIP: string, ep: ProxyEndpoint): string {
  return `DNAT ${dstIP}:${entry === 'node-port' ? sp.nodePort : sp.port} → ${ep.endpoint}${ep.podRef ? ` (pod ${ep.podRef.name})` : ''}`;
}

/** The same, kept on the endpoint's record per address (an address other than the ClusterIP the record holds). */
export function dnatHopText(sp: ServicePortProxy, entry: EntryKind, dstIP: string, rec: EndpointRules): string {
  if (entry === 'node-port') {
    if (rec.nodePortDnatKey === dstIP) return rec.nodePortDnat;
    if (rec.nodePortDnatKey === undefined) {
      rec.nodePortDnatKey = dstIP;
      return (rec.nodePortDnat = flat(dnatHopTextOf(sp, entry, dstIP, rec.ep)));
    }
  }
  return memoKeyed(
    (rec.keyed ??= new Array<undefined>(KEYED_SIZE).fill(undefined)),
    entry === 'node-port' ? 3 : 0,
    dstIP,
    () => dnatHopTextOf(sp, entry, dstIP, rec.ep),
  );
}
