// What kube-proxy's rules on one node do with the first packet of a connection addressed to a
// service port: REJECT / DROP / pick an endpoint (affinity first, then the mode's random or
// round-robin choice), and whether the packet is marked for masquerade. The policy logic is
// syncProxyRules' (pkg/proxy/iptables/proxier.go; docs/kube-proxy.md §1.3, §1.6, §1.7, §4); nftables
// and IPVS use the same endpoint sets and differ only in how they pick.
import type { ClusterSettings } from '../model/settings.ts';
import type { Rng } from '../random/rng.ts';
import type { Hop, HopAt } from './types.ts';
import type { ServicePortProxy, ProxyEndpoint } from './proxyModel.ts';
import type { AffinityStore } from './affinity.ts';
import { cidrContains, parseCidr } from '../net/ipv4.ts';
import { isFromLocalPod } from './localDetector.ts';
import {
  affinityRule,
  affinityTableKey,
  chainsOf,
  clusterIPHopText,
  computeProbability,
  dnatHopText,
  dnatRule,
  dropNoLocalEndpointsRule,
  entryRule,
  externalHopText,
  firewallDropRule,
  ipvsVirtualServer,
  numgenHopText,
  numgenRule,
  pickedSaid,
  pickedText,
  randomPickHopText,
  randomPickRule,
  rejectNoEndpointsRule,
  statisticThresholds,
  whereSaid,
  type EntryKind,
} from './proxyRules.ts';
import { say, sayEnglish, type Said } from './said.ts';

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
  | { verdict: 'dnat'; endpoint: ProxyEndpoint; masquerade: boolean; masqueradeWhy?: Said; hops: Hop[] }
  | { verdict: 'reject' | 'drop'; why: 'no-endpoints' | 'no-local-endpoints' | 'source-range'; hops: Hop[] };

export function kubeProxyDecide(
  ctx: ProxyContext,
  node: string,
  sp: ServicePortProxy,
  entry: EntryKind,
  pkt: Packet,
): ProxyVerdict {
  const { settings } = ctx;
  const mode = settings.proxyMode;
  const hops: Hop[] = [];
  const chains = chainsOf(sp);

  if (!sp.hasAnyEndpoints) {
    return fail(
      hops,
      node,
      sp,
      entry,
      'reject',
      'no-endpoints',
      rejectNoEndpointsRule(mode, sp, entry, pkt.dstIP),
      say('hop.proxyRejectNoEndpoints', { node, spn: sp.spn, where: whereSaid(sp, entry, pkt.dstIP) }),
    );
  }
  let eps: ProxyEndpoint[];
  let chain: string;
  let masq = false;
  let masqWhy: Said | undefined;
  const clusterCIDR = settings.clusterCIDR;
  const fromPod = isFromLocalPod(clusterCIDR, pkt.srcIP);
  if (entry === 'cluster-ip') {
    if (!sp.hasInternalEndpoints) {
      return fail(
        hops,
        node,
        sp,
        entry,
        'drop',
        'no-local-endpoints',
        dropNoLocalEndpointsRule(mode, sp, entry, pkt.dstIP),
        say('hop.proxyDropNoLocalInternal', { node, spn: sp.spn }),
      );
    }
    const local = sp.internalPolicyChain === 'SVL';
    eps = local ? sp.localEndpoints : sp.clusterEndpoints;
    chain = local ? chains.svl : chains.svc;
    if (settings.masqueradeAll) {
      masq = true;
      masqWhy = say('masq.all');
    } else if (clusterCIDR !== null && !fromPod) {
      masq = true;
      masqWhy = say('masq.notPodIP', { ip: pkt.srcIP, cidr: clusterCIDR.text });
    }
    hops.push({
      kind: 'kube-proxy',
      node,
      detail: clusterIPHopText(sp, node, pkt.dstIP, local),
      say: say(local ? 'hop.proxyClusterIPLocal' : 'hop.proxyClusterIPAny', {
        node,
        address: `${pkt.dstIP}:${sp.port}`,
        spn: sp.spn,
      }),
      rule: entryRule(mode, settings, sp, entry, pkt.dstIP, chain, local ? 'local' : 'service'),
      at: serviceAt(sp, 'spec.clusterIP'),
      toIP: pkt.dstIP,
    });
  } else {
    if (entry === 'load-balancer-ip' && sp.usesFWChain && !sourceAllowed(sp, pkt.srcIP)) {
      return fail(
        hops,
        node,
        sp,
        entry,
        'drop',
        'source-range',
        firewallDropRule(mode, sp, pkt.dstIP, pkt.srcIP),
        say('hop.proxyDropSourceRange', {
          node,
          client: pkt.srcIP,
          ranges: sp.loadBalancerSourceRanges.join(', '),
        }),
      );
    }
    const ext = sp.externalPolicyLocal;
    if (!ext) {
      eps = sp.clusterEndpoints;
      chain = chains.svc;
      masq = true;
      masqWhy = say('masq.externalCluster');
    } else if (fromPod) {
      // "pod traffic for <spn> external destinations": short-circuit to all endpoints, no SNAT.
      eps = sp.clusterEndpoints;
      chain = chains.svc;
    } else if (pkt.fromThisNode) {
      eps = sp.clusterEndpoints;
      chain = chains.svc;
      masq = true;
      masqWhy = say('masq.nodeLocal');
    } else if (!sp.hasExternalEndpoints) {
      return fail(
        hops,
        node,
        sp,
        entry,
        'drop',
        'no-local-endpoints',
        dropNoLocalEndpointsRule(mode, sp, entry, pkt.dstIP),
        say('hop.proxyDropNoLocalExternal', { node, spn: sp.spn }),
      );
    } else {
      eps = sp.localEndpoints;
      chain = chains.svl;
    }
    const entryTarget = entry === 'load-balancer-ip' && sp.usesFWChain ? chains.fw : chains.ext;
    const svl = chain === chains.svl;
    hops.push({
      kind: 'kube-proxy',
      node,
      detail: externalHopText(sp, node, entry, pkt.dstIP, ext, svl),
      say: say(svl ? 'hop.proxyExternalLocal' : 'hop.proxyExternalAny', {
        node,
        where: whereSaid(sp, entry, pkt.dstIP),
        spn: sp.spn,
        policy: ext ? 'Local' : 'Cluster',
      }),
      rule: entryRule(mode, settings, sp, entry, pkt.dstIP, entryTarget, 'external'),
      at: serviceAt(
        sp,
        entry === 'node-port'
          ? `spec.ports[${sp.portIndex}].nodePort`
          : entry === 'external-ip'
            ? 'spec.externalIPs'
            : 'status.loadBalancer.ingress',
      ),
      toIP: pkt.dstIP,
    });
  }

  // trafficDistribution hints narrowed the cluster endpoints on this node (categorizeEndpoints.ts).
  if (eps === sp.clusterEndpoints && sp.topologyMode !== '') {
    const said =
      sp.topologyMode === 'PreferSameNode'
        ? say('hop.proxyTopologyNode', { node, spn: sp.spn, endpoints: eps.map((e) => e.endpoint).join(', ') })
        : say('hop.proxyTopologyZone', {
            node,
            spn: sp.spn,
            zone: sp.zone,
            endpoints: eps.map((e) => e.endpoint).join(', '),
          });
    hops.push({
      kind: 'kube-proxy',
      node,
      detail: sayEnglish(said),
      say: said,
      at: serviceAt(sp, 'spec.trafficDistribution'),
    });
  }
  const at = pick(ctx, node, sp, chain, eps, pkt, entry === 'node-port' ? sp.nodePort : sp.port, hops);
  const endpoint = eps[at]!;
  if (endpoint.ip === pkt.srcIP) {
    masq = true;
    masqWhy = say('masq.hairpin');
  }
  hops.push({
    kind: 'dnat',
    node,
    detail: dnatHopText(sp, entry, pkt.dstIP, eps, at),
    say: dnatSaid(sp, entry, pkt.dstIP, endpoint),
    rule: dnatRule(mode, sp, eps, at),
    at: serviceAt(sp, `spec.ports[${sp.portIndex}].targetPort`),
    fromIP: pkt.srcIP,
    toIP: endpoint.ip,
  });
  return masqWhy
    ? { verdict: 'dnat', endpoint, masquerade: masq, masqueradeWhy: masqWhy, hops }
    : { verdict: 'dnat', endpoint, masquerade: masq, hops };
}

function dnatSaid(sp: ServicePortProxy, entry: EntryKind, dstIP: string, ep: ProxyEndpoint): Said {
  const address = `${dstIP}:${entry === 'node-port' ? sp.nodePort : sp.port}`;
  return ep.podRef
    ? say('hop.dnatPod', { address, endpoint: ep.endpoint, pod: ep.podRef.name })
    : say('hop.dnat', { address, endpoint: ep.endpoint });
}

function serviceAt(sp: ServicePortProxy, path: string): HopAt {
  return { kind: 'Service', namespace: sp.namespace, name: sp.name, path };
}

function sourceAllowed(sp: ServicePortProxy, srcIP: string): boolean {
  return sp.loadBalancerSourceRanges.some((r) => {
    const c = parseCidr(r);
    return c !== null && cidrContains(c, srcIP);
  });
}

function fail(
  hops: Hop[],
  node: string,
  sp: ServicePortProxy,
  entry: EntryKind,
  verdict: 'reject' | 'drop',
  why: 'no-endpoints' | 'no-local-endpoints' | 'source-range',
  rule: string,
  said: Said,
): ProxyVerdict {
  const path =
    why === 'source-range'
      ? 'spec.loadBalancerSourceRanges'
      : why === 'no-local-endpoints'
        ? entry === 'cluster-ip'
          ? 'spec.internalTrafficPolicy'
          : 'spec.externalTrafficPolicy'
        : 'spec.selector';
  hops.push({ kind: verdict, node, detail: sayEnglish(said), say: said, rule, at: serviceAt(sp, path) });
  return { verdict, why, hops };
}

/**
 * Choose the endpoint (its position in `eps`, list `list` of the view) and add the hop saying how.
 * Rule texts — sha256-named KUBE-SEP / endpoint chains — are written the first time an endpoint is
 * chosen, not when the view is built: kube-proxy writes them all at sync, but only the ones a
 * packet takes are ever shown, and writing 10 sha256 names per (node, service port) up front was
 * the largest cold cost with 10,000 Services.
 */
function pick(
  ctx: ProxyContext,
  node: string,
  sp: ServicePortProxy,
  chain: string,
  eps: readonly ProxyEndpoint[],
  pkt: Packet,
  entryPort: number,
  hops: Hop[],
): number {
  const mode = ctx.settings.proxyMode;
  // IPVS keeps rr position and persistence per virtual server (address:port/protocol).
  const ipvsKey = mode === 'ipvs' ? `${pkt.dstIP}:${entryPort}/${sp.protocol}` : '';
  const T = sp.stickyMaxAgeSeconds;
  const affinityKey = mode === 'ipvs' ? ipvsKey : affinityTableKey(sp);
  if (T !== null) {
    retainOnce(ctx, node, sp, affinityKey);
    const names = endpointNames(sp, eps);
    const hit = ctx.affinity.check(node, affinityKey, names, pkt.srcIP, pkt.time, T);
    const at = hit === null ? -1 : names.indexOf(hit);
    const ep = at < 0 ? undefined : eps[at];
    if (ep) {
      hops.push({
        kind: 'affinity',
        node,
        detail: `sessionAffinity ClientIP: ${pkt.srcIP} is pinned to ${ep.endpoint}${ep.podRef ? ` (${ep.podRef.name})` : ''} on ${node}; the ${T}s timer restarts now`,
        say: say('hop.affinity', { client: pkt.srcIP, picked: pickedSaid(ep), node, timeout: T }),
        rule:
          mode === 'ipvs'
            ? `persistence template ${pkt.srcIP} → ${ep.endpoint} (timeout ${T}s)`
            : affinityRule(mode, sp, chain, eps, at),
        at: { kind: 'Service', namespace: sp.namespace, name: sp.name, path: 'spec.sessionAffinity' },
      });
      ctx.affinity.set(
        { node, key: affinityKey, spn: sp.spn, endpoint: ep.endpoint, clientIP: pkt.srcIP, timeout: T },
        pkt.time,
        mode === 'ipvs',
      );
      return at;
    }
  }
  let idx: number;
  let rule: string;
  let detail: string;
  let said: Said;
  if (mode === 'iptables') {
    // Cascade of `-m statistic --mode random --probability 1/(n-i)`; the kernel compares
    // (prandom_u32() & 0x7FFFFFFF) < lround(0x80000000 * p) (xt_statistic.c, libxt_statistic.c).
    idx = eps.length - 1;
    const thresholds = statisticThresholds(eps.length);
    for (let i = 0; i < eps.length - 1; i++) {
      if (Math.floor(ctx.rng.next() * 0x80000000) < thresholds[i]!) {
        idx = i;
        break;
      }
    }
    rule = randomPickRule(sp, chain, eps, idx);
    detail = randomPickHopText(sp, chain, eps, idx);
    said =
      eps.length === 1
        ? say('hop.pickRandomOnly', { chain, picked: pickedSaid(eps[idx]!) })
        : idx < eps.length - 1
          ? say('hop.pickRandomRule', {
              chain,
              count: eps.length,
              rule: idx + 1,
              probability: computeProbability(eps.length - idx),
              picked: pickedSaid(eps[idx]!),
            })
          : say('hop.pickRandomLast', { chain, count: eps.length, picked: pickedSaid(eps[idx]!) });
  } else if (mode === 'nftables') {
    idx = ctx.rng.int(eps.length);
    rule = numgenRule(sp, eps);
    detail = numgenHopText(sp, eps, idx);
    said = say('hop.pickNumgen', { count: eps.length, index: idx, picked: pickedSaid(eps[idx]!) });
  } else {
    const sched = ctx.settings.ipvsScheduler;
    const key = `${node}|${ipvsKey}`;
    if (sched === 'sh') {
      idx = hashIP(pkt.srcIP) % eps.length;
      detail = `IPVS sh (source hashing) of ${pkt.srcIP} → real server ${idx + 1} of ${eps.length}${pickedText(eps[idx]!)}`;
      said = say('hop.pickIpvsSh', { client: pkt.srcIP, n: idx + 1, count: eps.length, picked: pickedSaid(eps[idx]!) });
    } else {
      const cur = ctx.rrCursor.get(key) ?? -1;
      idx = (cur + 1) % eps.length;
      ctx.rrCursor.set(key, idx);
      detail = `IPVS ${sched === 'rr' ? 'rr' : `${sched} (simulated as rr: connections here are instantaneous)`} → real server ${idx + 1} of ${eps.length}${pickedText(eps[idx]!)}`;
      const picked = { n: idx + 1, count: eps.length, picked: pickedSaid(eps[idx]!) };
      said = sched === 'rr' ? say('hop.pickIpvsRr', picked) : say('hop.pickIpvsOther', { scheduler: sched, ...picked });
    }
    rule = ipvsVirtualServer(sp, pkt.dstIP, pkt.dstPort, sched);
  }
  const ep = eps[idx]!;
  hops.push({ kind: 'kube-proxy', node, detail, say: said, rule });
  if (T !== null)
    ctx.affinity.set(
      { node, key: affinityKey, spn: sp.spn, endpoint: ep.endpoint, clientIP: pkt.srcIP, timeout: T },
      pkt.time,
      mode === 'ipvs',
    );
  return idx;
}

/** The `ip:port` strings of an endpoint list, in order, kept on the (immutable) view. */
function endpointNames(sp: ServicePortProxy, eps: readonly ProxyEndpoint[]): string[] {
  const names = (sp.endpointNames ??= [undefined, undefined]);
  const list = eps === sp.localEndpoints ? 1 : 0;
  let n = names[list];
  if (!n) {
    n = eps.map((e) => e.endpoint);
    names[list] = n;
  }
  return n;
}

/**
 * Forget affinity lists of endpoints that are gone (kube-proxy deletes their KUBE-SEP chains and so
 * their xt_recent lists). A view is fixed for one cluster state and one dataplane, so once per key
 * is enough; the keys done are kept on the view (a side table keyed by view cost a look-up per packet).
 */
function retainOnce(ctx: ProxyContext, node: string, sp: ServicePortProxy, key: string): void {
  const done = (sp.retainedKeys ??= new Set());
  if (done.has(key)) return;
  done.add(key);
  ctx.affinity.retain(node, key, new Set(sp.allReachableEndpoints.map((e) => e.endpoint)));
}

function hashIP(ip: string): number {
  let h = 0;
  for (const part of ip.split('.')) h = (Math.imul(h, 31) + Number(part)) >>> 0;
  return h;
}
