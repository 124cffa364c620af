// The kube-proxy rule that made each decision, printed the way that proxy mode writes it, so a
// hop can show "this is the line on the node that did it". iptables text follows
// pkg/proxy/iptables/proxier.go syncProxyRules / writeServiceToEndpointRules; nftables names follow
// pkg/proxy/nftables/proxier.go (hashAndTruncate, servicePortChainNameBase); IPVS follows ipvsadm -Ln.
import type { ServicePortProxy, ProxyEndpoint, ServiceChains } from './proxyModel.ts';
import { serviceChains, endpointChain, sha256Base32 } from './iptables/chainNames.ts';
import { computeProbability as formatProbability } from './iptables/probability.ts';
import { flat } from './flatString.ts';

const probCache = new Map<number, string>();
/** computeProbability(n), memoized: the exact %0.10f formatting is costly and n repeats. */
export function computeProbability(n: number): string {
  let p = probCache.get(n);
  if (p === undefined) {
    p = formatProbability(n);
    if (probCache.size > 10_000) probCache.clear();
    probCache.set(n, p);
  }
  return p;
}

export type EntryKind = 'cluster-ip' | 'external-ip' | 'load-balancer-ip' | 'node-port';

const ENTRY_COMMENT: Record<EntryKind, string> = {
  'cluster-ip': 'cluster IP',
  'external-ip': 'external IP',
  'load-balancer-ip': 'loadbalancer IP',
  'node-port': '',
};

/** Comments with spaces are written inside literal quotes (proxier.go). */
const comment = (text: string) => (text.includes(' ') ? `"${text}"` : text);

const chainCache = new Map<string, ServiceChains>();
/**
 * The KUBE-SVC/SVL/EXT/FW chain names of a service port (sha256 per name, so cached by name and
 * kept on the view: a WeakMap keyed by view was a look-up in a 10,000-entry table per packet).
 */
export function chainsOf(sp: ServicePortProxy): ServiceChains {
  let c = sp.chains;
  if (c) return c;
  const key = `${sp.spn}|${sp.protocol}`;
  c = chainCache.get(key);
  if (!c) {
    const n = serviceChains(sp.spn, sp.protocol.toLowerCase());
    c = { svc: flat(n.svc), svl: flat(n.svl), ext: flat(n.ext), fw: flat(n.fw) };
    if (chainCache.size > 50_000) chainCache.clear();
    chainCache.set(key, c);
  }
  sp.chains = c;
  return c;
}

const sepCache = new Map<string, string>();
export function sepChain(sp: ServicePortProxy, ep: ProxyEndpoint): string {
  const key = `${sp.spn}|${sp.protocol}|${ep.endpoint}`;
  let c = sepCache.get(key);
  if (c === undefined) {
    c = flat(endpointChain(sp.spn, sp.protocol.toLowerCase(), ep.ip, ep.port));
    if (sepCache.size > 100_000) sepCache.clear();
    sepCache.set(key, c);
  }
  return c;
}

function proto(sp: ServicePortProxy): string {
  const p = sp.protocol.toLowerCase();
  return `-m ${p} -p ${p}`;
}

/** The nat rule matching the destination (KUBE-SERVICES for VIPs, KUBE-NODEPORTS for node ports). */
export function iptablesEntryRule(sp: ServicePortProxy, entry: EntryKind, dstIP: string, target: string): string {
  if (entry === 'node-port')
    return `-A KUBE-NODEPORTS -m comment --comment ${comment(sp.spn)} ${proto(sp)} --dport ${sp.nodePort} -j ${target}`;
  const port = sp.port;
  return `-A KUBE-SERVICES -m comment --comment ${comment(`${sp.spn} ${ENTRY_COMMENT[entry]}`)} ${proto(sp)} -d ${dstIP} --dport ${port} -j ${target}`;
}

/** The filter rule that REJECTs (no endpoints) or DROPs (no local endpoints). */
export function iptablesFilterRule(
  sp: ServicePortProxy,
  entry: EntryKind,
  dstIP: string,
  verdict: 'REJECT' | 'DROP',
): string {
  const why = verdict === 'REJECT' ? `${sp.spn} has no endpoints` : `${sp.spn} has no local endpoints`;
  if (entry === 'node-port')
    return `-A KUBE-EXTERNAL-SERVICES -m comment --comment ${comment(why)} -m addrtype --dst-type LOCAL ${proto(sp)} --dport ${sp.nodePort} -j ${verdict}`;
  const chain = entry === 'cluster-ip' ? 'KUBE-SERVICES' : 'KUBE-EXTERNAL-SERVICES';
  return `-A ${chain} -m comment --comment ${comment(why)} ${proto(sp)} -d ${dstIP} --dport ${sp.port} -j ${verdict}`;
}

export function iptablesFirewallDropRule(sp: ServicePortProxy, dstIP: string): string {
  return `-A KUBE-PROXY-FIREWALL -m comment --comment ${comment(`${sp.spn} traffic not accepted by ${chainsOf(sp).fw}`)} ${proto(sp)} -d ${dstIP} --dport ${sp.port} -j DROP`;
}

export function iptablesAffinityRule(sp: ServicePortProxy, chain: string, ep: ProxyEndpoint): string {
  const sep = sepChain(sp, ep);
  return `-A ${chain} -m comment --comment ${comment(`${sp.spn} -> ${ep.endpoint}`)} -m recent --name ${sep} --rcheck --seconds ${sp.stickyMaxAgeSeconds ?? 0} --reap -j ${sep}`;
}

/** Rule i of the n random rules in a KUBE-SVC/SVL chain (the last one has no statistic match). */
export function iptablesRandomRule(
  sp: ServicePortProxy,
  chain: string,
  eps: readonly ProxyEndpoint[],
  i: number,
): string {
  const ep = eps[i]!;
  const stat =
    i < eps.length - 1 ? ` -m statistic --mode random --probability ${computeProbability(eps.length - i)}` : '';
  return `-A ${chain} -m comment --comment ${comment(`${sp.spn} -> ${ep.endpoint}`)}${stat} -j ${sepChain(sp, ep)}`;
}

export function iptablesDnatRule(sp: ServicePortProxy, ep: ProxyEndpoint): string {
  const sep = sepChain(sp, ep);
  const recent = sp.stickyMaxAgeSeconds !== null ? ` -m recent --name ${sep} --set` : '';
  return `-A ${sep} -m comment --comment ${comment(sp.spn)}${recent} ${proto(sp)} -j DNAT --to-destination ${ep.endpoint}`;
}

/** nftables hashAndTruncate: first 8 base32 chars of sha256, then the readable name. */
export function nftServiceChain(sp: ServicePortProxy, prefix: 'service' | 'local' | 'external'): string {
  const base = `${sp.namespace}/${sp.name}/${sp.protocol.toLowerCase()}/${sp.portName}`;
  return `${prefix}-${sha256Base32(base).slice(0, 8)}-${base}`;
}

export function nftEndpointChain(sp: ServicePortProxy, ep: ProxyEndpoint): string {
  const base = `${sp.namespace}/${sp.name}/${sp.protocol.toLowerCase()}/${sp.portName}__${ep.ip}/${ep.port}`;
  return `endpoint-${sha256Base32(base).slice(0, 8)}-${base}`;
}

export function nftNumgenRule(sp: ServicePortProxy, eps: readonly ProxyEndpoint[]): string {
  const map = eps.map((ep, i) => `${i} : goto ${nftEndpointChain(sp, ep)}`).join(' , ');
  return `numgen random mod ${eps.length} vmap { ${map} }`;
}

export function ipvsVirtualServer(sp: ServicePortProxy, vip: string, port: number, scheduler: string): string {
  const persist = sp.stickyMaxAgeSeconds !== null ? ` persistent ${sp.stickyMaxAgeSeconds}` : '';
  return `${sp.protocol}  ${vip}:${port} ${scheduler}${persist}`;
}
