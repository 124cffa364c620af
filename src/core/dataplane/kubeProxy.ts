// What kube-proxy's rules on one node do with the first packet of a connection addressed to a
// service port: REJECT / DROP / pick an endpoint (affinity first, then the mode's random or
// round-robin choice), and whether the packet is marked for masquerade. The policy logic is
// syncProxyRules' (pkg/proxy/iptables/proxier.go; kube-proxy.md §1.5, §1.8, §1.9, §3); nftables
// and IPVS use the same endpoint sets and differ only in how they pick.
import type { ClusterSettings } from '../scenario/settings.ts';
import type { Rng } from '../sim/rng.ts';
import type { Hop } from './types.ts';
import type { ServicePortProxy, ProxyEndpoint } from './proxyModel.ts';
import type { AffinityStore } from './affinity.ts';
import { cidrContains, parseCidr } from '../net/ipv4.ts';
import {
  chainsOf, computeProbability, iptablesAffinityRule, iptablesDnatRule, iptablesEntryRule, iptablesFilterRule, iptablesFirewallDropRule,
  iptablesRandomRule, ipvsVirtualServer, nftEndpointChain, nftNumgenRule, nftServiceChain, type EntryKind,
} from './ruleText.ts';

export interface ProxyContext {
  settings: ClusterSettings;
  rng: Rng;
  affinity: AffinityStore;
  /** IPVS rr position per node|virtual server. */
  rrCursor: Map<string, number>;
}

export interface Packet {
  srcIP: string;
  dstIP: string;
  dstPort: number;
  /** The packet was sent by this node's own process (iptables `--src-type LOCAL`). */
  fromThisNode: boolean;
  time: number;
}

export type ProxyVerdict =
  | { verdict: 'dnat'; endpoint: ProxyEndpoint; masquerade: boolean; masqueradeWhy?: string; hops: Hop[] }
  | { verdict: 'reject' | 'drop'; why: 'no-endpoints' | 'no-local-endpoints' | 'source-range'; hops: Hop[] };

export function kubeProxyDecide(ctx: ProxyContext, node: string, sp: ServicePortProxy, entry: EntryKind, pkt: Packet): ProxyVerdict {
  const { settings } = ctx;
  const mode = settings.proxyMode;
  const hops: Hop[] = [];
  const at = { kind: 'Service', namespace: sp.namespace, name: sp.name };
  const chains = chainsOf(sp);
  const where = entry === 'node-port' ? `node port ${sp.nodePort}` : `${entryName(entry)} ${pkt.dstIP}:${sp.port}`;
  const fail = (verdict: 'reject' | 'drop', why: 'no-endpoints' | 'no-local-endpoints' | 'source-range', rule: string, detail: string): ProxyVerdict => {
    hops.push({ kind: verdict, node, detail, rule, at: { ...at, path: why === 'source-range' ? 'spec.loadBalancerSourceRanges' : why === 'no-local-endpoints' ? (entry === 'cluster-ip' ? 'spec.internalTrafficPolicy' : 'spec.externalTrafficPolicy') : 'spec.selector' } });
    return { verdict, why, hops };
  };

  if (!sp.hasAnyEndpoints) {
    return fail('reject', 'no-endpoints', modeRule(mode, () => iptablesFilterRule(sp, entry, pkt.dstIP, 'REJECT'), `no-endpoint-services: ${pkt.dstIP} . ${sp.protocol.toLowerCase()} . ${sp.port} : goto reject-chain`, `${sp.protocol}  ${pkt.dstIP}:${sp.port} (no real servers)`),
      `kube-proxy on ${node}: ${sp.spn} has no endpoints, so ${where} is REJECTed (connection refused)`);
  }
  let eps: ProxyEndpoint[];
  let chain: string;
  let masq = false;
  let masqWhy: string | undefined;
  const clusterCIDR = settings.clusterCIDR;
  const fromPod = clusterCIDR !== null && cidrContains(clusterCIDR, pkt.srcIP);
  if (entry === 'cluster-ip') {
    if (!sp.hasInternalEndpoints) {
      return fail('drop', 'no-local-endpoints', modeRule(mode, () => iptablesFilterRule(sp, entry, pkt.dstIP, 'DROP'), `no-endpoint-services: ${pkt.dstIP} . ${sp.protocol.toLowerCase()} . ${sp.port} : drop`, `${sp.protocol}  ${pkt.dstIP}:${sp.port} (no local real servers)`),
        `kube-proxy on ${node}: internalTrafficPolicy Local and no endpoint of ${sp.spn} runs on ${node}: the packet is DROPped (the client times out)`);
    }
    const local = sp.internalPolicyChain === 'SVL';
    eps = local ? sp.localEndpoints : sp.clusterEndpoints;
    chain = local ? chains.svl : chains.svc;
    if (settings.masqueradeAll) { masq = true; masqWhy = 'masqueradeAll: every packet to a ClusterIP is masqueraded'; }
    else if (clusterCIDR !== null && !fromPod) { masq = true; masqWhy = `the source ${pkt.srcIP} is not a pod IP (outside clusterCIDR ${clusterCIDR.text})`; }
    hops.push({ kind: 'kube-proxy', node, detail: `kube-proxy on ${node}: ${pkt.dstIP}:${sp.port} is the ClusterIP of ${sp.spn} → ${local ? 'local endpoints only (internalTrafficPolicy: Local)' : 'any ready endpoint'}`,
      rule: modeRule(mode, () => iptablesEntryRule(sp, entry, pkt.dstIP, chain), `ip daddr ${pkt.dstIP} ${sp.protocol.toLowerCase()} dport ${sp.port} goto ${nftServiceChain(sp, local ? 'local' : 'service')}`, ipvsVirtualServer(sp, pkt.dstIP, sp.port, settings.ipvsScheduler)),
      at: { ...at, path: 'spec.clusterIP' }, toIP: pkt.dstIP });
  } else {
    if (entry === 'load-balancer-ip' && sp.usesFWChain) {
      const allowed = sp.loadBalancerSourceRanges.some((r) => { const c = parseCidr(r); return c !== null && cidrContains(c, pkt.srcIP); });
      if (!allowed) {
        return fail('drop', 'source-range', modeRule(mode, () => iptablesFirewallDropRule(sp, pkt.dstIP), `firewall-check: ip daddr . meta l4proto . th dport vmap @firewall-ips → drop`, `(iptables) KUBE-LOAD-BALANCER-SOURCE-CIDR does not list ${pkt.srcIP}`),
          `kube-proxy on ${node}: ${pkt.srcIP} is not in loadBalancerSourceRanges (${sp.loadBalancerSourceRanges.join(', ')}): the packet is DROPped`);
      }
    }
    const ext = sp.externalPolicyLocal;
    if (!ext) {
      eps = sp.clusterEndpoints; chain = chains.svc; masq = true;
      masqWhy = 'externalTrafficPolicy: Cluster masquerades all external traffic (it may be forwarded to another node)';
    } else if (fromPod) {
      // "pod traffic for <spn> external destinations": short-circuit to all endpoints, no SNAT.
      eps = sp.clusterEndpoints; chain = chains.svc;
    } else if (pkt.fromThisNode) {
      eps = sp.clusterEndpoints; chain = chains.svc; masq = true;
      masqWhy = 'traffic from the node itself to an external destination is masqueraded ("masquerade LOCAL traffic")';
    } else if (!sp.hasExternalEndpoints) {
      return fail('drop', 'no-local-endpoints', modeRule(mode, () => iptablesFilterRule(sp, entry, pkt.dstIP, 'DROP'), `no-endpoint-nodeports / no-endpoint-services … : drop`, `${sp.protocol}  ${pkt.dstIP}:${entry === 'node-port' ? sp.nodePort : sp.port} (no local real servers)`),
        `kube-proxy on ${node}: externalTrafficPolicy Local and no ready endpoint of ${sp.spn} runs on ${node}: the packet is DROPped (the client times out)`);
    } else {
      eps = sp.localEndpoints; chain = chains.svl;
    }
    const entryTarget = entry === 'load-balancer-ip' && sp.usesFWChain ? chains.fw : chains.ext;
    hops.push({ kind: 'kube-proxy', node,
      detail: `kube-proxy on ${node}: ${where} belongs to ${sp.spn} (externalTrafficPolicy ${ext ? 'Local' : 'Cluster'}) → ${chain === chains.svl ? 'endpoints on this node only, client IP kept' : 'any ready endpoint'}`,
      rule: modeRule(mode, () => iptablesEntryRule(sp, entry, pkt.dstIP, entryTarget), `${entry === 'node-port' ? `fib daddr type local … th dport ${sp.nodePort}` : `ip daddr ${pkt.dstIP} ${sp.protocol.toLowerCase()} dport ${sp.port}`} goto ${nftServiceChain(sp, 'external')}`, ipvsVirtualServer(sp, pkt.dstIP, entry === 'node-port' ? sp.nodePort : sp.port, settings.ipvsScheduler)),
      at: { ...at, path: entry === 'node-port' ? `spec.ports[${sp.portIndex}].nodePort` : entry === 'external-ip' ? 'spec.externalIPs' : 'status.loadBalancer.ingress' }, toIP: pkt.dstIP });
  }

  const ipvsKey = `${pkt.dstIP}:${entry === 'node-port' ? sp.nodePort : sp.port}/${sp.protocol}`;
  const endpoint = pick(ctx, node, sp, chain, eps, pkt, ipvsKey, hops);
  if (endpoint.ip === pkt.srcIP) { masq = true; masqWhy = 'hairpin: the pod reached itself through the Service, so the source is masqueraded'; }
  hops.push({ kind: 'dnat', node, detail: `DNAT ${pkt.dstIP}:${entry === 'node-port' ? sp.nodePort : sp.port} → ${endpoint.endpoint}${endpoint.podRef ? ` (pod ${endpoint.podRef.name})` : ''}`,
    rule: modeRule(mode, () => iptablesDnatRule(sp, endpoint), `meta l4proto ${sp.protocol.toLowerCase()} dnat to ${endpoint.endpoint}  (chain ${nftEndpointChain(sp, endpoint)})`, `  -> ${endpoint.endpoint}  Masq  1`),
    at: { ...at, path: `spec.ports[${sp.portIndex}].targetPort` }, fromIP: pkt.srcIP, toIP: endpoint.ip });
  return { verdict: 'dnat', endpoint, masquerade: masq, ...(masqWhy ? { masqueradeWhy: masqWhy } : {}), hops };
}

function pick(ctx: ProxyContext, node: string, sp: ServicePortProxy, chain: string, eps: readonly ProxyEndpoint[], pkt: Packet, ipvsKey: string, hops: Hop[]): ProxyEndpoint {
  const mode = ctx.settings.proxyMode;
  const T = sp.stickyMaxAgeSeconds;
  const affinityKey = mode === 'ipvs' ? ipvsKey : `${sp.spn}/${sp.protocol}`;
  if (T !== null) {
    ctx.affinity.retain(node, affinityKey, new Set(sp.allReachableEndpoints.map((e) => e.endpoint)));
    const hit = ctx.affinity.check(node, affinityKey, eps.map((e) => e.endpoint), pkt.srcIP, pkt.time, T);
    const ep = hit === null ? undefined : eps.find((e) => e.endpoint === hit);
    if (ep) {
      hops.push({ kind: 'affinity', node, detail: `sessionAffinity ClientIP: ${pkt.srcIP} is pinned to ${ep.endpoint}${ep.podRef ? ` (${ep.podRef.name})` : ''} on ${node}; the ${T}s timer restarts now`,
        rule: mode === 'iptables' ? iptablesAffinityRule(sp, chain, ep) : mode === 'nftables' ? `ip saddr @affinity-${nftEndpointChain(sp, ep).slice('endpoint-'.length)} goto ${nftEndpointChain(sp, ep)}` : `persistence template ${pkt.srcIP} → ${ep.endpoint} (timeout ${T}s)`,
        at: { kind: 'Service', namespace: sp.namespace, name: sp.name, path: 'spec.sessionAffinity' } });
      ctx.affinity.set({ node, key: affinityKey, spn: sp.spn, endpoint: ep.endpoint, clientIP: pkt.srcIP, timeout: T }, pkt.time, mode === 'ipvs');
      return ep;
    }
  }
  let idx: number;
  let rule: string;
  let detail: string;
  if (mode === 'iptables') {
    // Cascade of `-m statistic --mode random --probability 1/(n-i)`; the kernel compares
    // (prandom_u32() & 0x7FFFFFFF) < lround(0x80000000 * p) (xt_statistic.c, libxt_statistic.c).
    idx = eps.length - 1;
    for (let i = 0; i < eps.length - 1; i++) {
      const stored = Math.round(0x80000000 * Number(computeProbability(eps.length - i)));
      if (Math.floor(ctx.rng.next() * 0x80000000) < stored) { idx = i; break; }
    }
    rule = iptablesRandomRule(sp, chain, eps, idx);
    detail = `${chain}: random pick among ${eps.length} endpoint${eps.length === 1 ? '' : 's'}${idx < eps.length - 1 ? ` (rule ${idx + 1} matched with probability ${computeProbability(eps.length - idx)})` : ' (last rule, no statistic match)'}`;
  } else if (mode === 'nftables') {
    idx = ctx.rng.int(eps.length);
    rule = nftNumgenRule(sp, eps);
    detail = `numgen random mod ${eps.length} = ${idx}`;
  } else {
    const sched = ctx.settings.ipvsScheduler;
    const key = `${node}|${ipvsKey}`;
    if (sched === 'sh') {
      idx = hashIP(pkt.srcIP) % eps.length;
      detail = `IPVS sh (source hashing) of ${pkt.srcIP} → real server ${idx + 1} of ${eps.length}`;
    } else {
      const cur = ctx.rrCursor.get(key) ?? -1;
      idx = (cur + 1) % eps.length;
      ctx.rrCursor.set(key, idx);
      detail = `IPVS ${sched === 'rr' ? 'rr' : `${sched} (simulated as rr: connections here are instantaneous)`} → real server ${idx + 1} of ${eps.length}`;
    }
    rule = ipvsVirtualServer(sp, pkt.dstIP, pkt.dstPort, sched);
  }
  const ep = eps[idx]!;
  hops.push({ kind: 'kube-proxy', node, detail: `${detail} → ${ep.endpoint}${ep.podRef ? ` (${ep.podRef.name})` : ''}`, rule });
  if (T !== null) ctx.affinity.set({ node, key: affinityKey, spn: sp.spn, endpoint: ep.endpoint, clientIP: pkt.srcIP, timeout: T }, pkt.time, mode === 'ipvs');
  return ep;
}

function modeRule(mode: string, iptables: () => string, nft: string, ipvs: string): string {
  return mode === 'iptables' ? iptables() : mode === 'nftables' ? nft : ipvs;
}

function entryName(e: EntryKind): string {
  return e === 'cluster-ip' ? 'ClusterIP' : e === 'external-ip' ? 'externalIP' : e === 'load-balancer-ip' ? 'load-balancer IP' : 'node port';
}

function hashIP(ip: string): number {
  let h = 0;
  for (const part of ip.split('.')) h = (Math.imul(h, 31) + Number(part)) >>> 0;
  return h;
}
