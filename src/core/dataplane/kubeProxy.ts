// What kube-proxy's rules on one node do with the first packet of a connection addressed to a
// service port: REJECT / DROP / pick an endpoint (affinity first, then the mode's random or
// round-robin choice), and whether the packet is marked for masquerade. The policy logic is
// syncProxyRules' (pkg/proxy/iptables/proxier.go; docs/kube-proxy.md §1.3, §1.6, §1.7, §4); nftables
// and IPVS use the same endpoint sets and differ only in how they pick.
import type { ClusterSettings } from '../model/settings.ts';
import type { Rng } from '../random/rng.ts';
import type { Trace } from './context.ts';
import type { ServicePortProxy, ProxyEndpoint } from './proxyModel.ts';
import type { AffinityStore } from './affinity.ts';
import type { EndpointRules } from './proxySync.ts';
import { cidrContains, parseCidr } from '../net/ipv4.ts';
import { isFromLocalPod } from './localDetector.ts';
import {
  dnatHopText,
  dropNoLocalEndpointsRule,
  externalTexts,
  firewallDropRule,
  rejectNoEndpointsRule,
  whereSaid,
  type EntryKind,
} from './proxyRules.ts';
import { serviceAt, syncRules } from './proxySync.ts';
import { pickEndpoint } from './endpointPick.ts';
import { say, sayEnglish, sayShared, type Said } from './said.ts';

export interface ProxyContext {
  settings: ClusterSettings;
  rng: Rng;
  affinity: AffinityStore;
  /** IPVS rr position per node|virtual server. */
  rrCursor: Map<string, number>;
}

export interface Packet {
  srcIP: string;
  /** `srcIP` as an IPv4 number (null: not IPv4), kept on the client (context.ts Client.ipNum). */
  srcNum: number | null;
  dstIP: string;
  dstPort: number;
  /** The packet was sent by this node's own process (iptables `--src-type LOCAL`). */
  fromThisNode: boolean;
  time: number;
}

/** The rules' verdict; the hops that say it are added to the request's trace as they are decided. */
export type ProxyVerdict =
  | { verdict: 'dnat'; endpoint: EndpointRules; masquerade: boolean; masqueradeWhy?: Said }
  | { verdict: 'reject' | 'drop'; why: 'no-endpoints' | 'no-local-endpoints' | 'source-range' };

export function kubeProxyDecide(
  ctx: ProxyContext,
  node: string,
  sp: ServicePortProxy,
  entry: EntryKind,
  pkt: Packet,
  trace: Trace,
): ProxyVerdict {
  const { settings } = ctx;
  const mode = settings.proxyMode;
  // The view's texts are written at its sync (proxySync.ts; throughKubeProxy.ts syncs it with its answers).
  if (sp.syncedFor !== settings) syncRules(sp, node, settings);

  if (!sp.hasAnyEndpoints) {
    return fail(
      trace,
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
  // Which of the view's lists the packet's chain jumps into: the node-local endpoints' (SVL) or all of them.
  let toLocal: boolean;
  let chain: string;
  let masq = false;
  let masqWhy: Said | undefined;
  const clusterCIDR = settings.clusterCIDR;
  const fromPod = isFromLocalPod(clusterCIDR, pkt.srcNum);
  if (entry === 'cluster-ip') {
    if (!sp.hasInternalEndpoints) {
      return fail(
        trace,
        node,
        sp,
        entry,
        'drop',
        'no-local-endpoints',
        dropNoLocalEndpointsRule(mode, sp, entry, pkt.dstIP),
        say('hop.proxyDropNoLocalInternal', { node, spn: sp.spn }),
      );
    }
    // The packet was sent to this view's ClusterIP (route.ts found the view by it): sync wrote its texts.
    toLocal = sp.internalPolicyChain === 'SVL';
    eps = toLocal ? sp.localEndpoints : sp.clusterEndpoints;
    chain = toLocal ? sp.svlChain : sp.svcChain;
    if (settings.masqueradeAll) {
      masq = true;
      masqWhy = MASQ_ALL;
    } else if (clusterCIDR !== null && !fromPod) {
      masq = true;
      masqWhy = say('masq.notPodIP', { ip: pkt.srcIP, cidr: clusterCIDR.text });
    }
    trace.add({
      kind: 'kube-proxy',
      node,
      detail: sp.clusterIPDetail,
      say: sp.clusterIPSaid!,
      rule: sp.clusterIPRule,
      at: sp.clusterIPAt!,
      toIP: pkt.dstIP,
      packet: undefined,
    });
  } else {
    if (entry === 'load-balancer-ip' && sp.usesFWChain && !sourceAllowed(sp, pkt.srcIP)) {
      return fail(
        trace,
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
      toLocal = false;
      chain = sp.svcChain;
      masq = true;
      masqWhy = MASQ_EXTERNAL_CLUSTER;
    } else if (fromPod) {
      // "pod traffic for <spn> external destinations": short-circuit to all endpoints, no SNAT.
      eps = sp.clusterEndpoints;
      toLocal = false;
      chain = sp.svcChain;
    } else if (pkt.fromThisNode) {
      eps = sp.clusterEndpoints;
      toLocal = false;
      chain = sp.svcChain;
      masq = true;
      masqWhy = MASQ_NODE_LOCAL;
    } else if (!sp.hasExternalEndpoints) {
      return fail(
        trace,
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
      toLocal = true;
      chain = sp.svlChain;
    }
    // The view's KUBE-SVL name, written at sync (its KUBE-EXT/FW names only the rule's first use reads).
    const svl = chain === sp.svlChain;
    const texts = externalTexts(settings, sp, node, entry, pkt.dstIP, ext, svl);
    trace.add({
      kind: 'kube-proxy',
      node,
      detail: texts.extDetail,
      say: say(svl ? 'hop.proxyExternalLocal' : 'hop.proxyExternalAny', {
        node,
        where: whereSaid(sp, entry, pkt.dstIP),
        spn: sp.spn,
        policy: ext ? 'Local' : 'Cluster',
      }),
      rule: texts.extRule,
      at:
        entry === 'node-port'
          ? (sp.nodePortAt ??= serviceAt(sp, `spec.ports[${sp.portIndex}].nodePort`))
          : serviceAt(sp, entry === 'external-ip' ? 'spec.externalIPs' : 'status.loadBalancer.ingress'),
      toIP: pkt.dstIP,
      packet: undefined,
    });
  }

  // trafficDistribution hints narrowed the cluster endpoints on this node (categorizeEndpoints.ts).
  // The view's own field first: comparing the lists loads the list's header (V8 checks its map), a
  // cold load per request with 10,000 Services for a list the pick does not read.
  if (sp.topologyMode !== '' && eps === sp.clusterEndpoints) {
    const said =
      sp.topologyMode === 'PreferSameNode'
        ? say('hop.proxyTopologyNode', { node, spn: sp.spn, endpoints: eps.map((e) => e.endpoint).join(', ') })
        : say('hop.proxyTopologyZone', {
            node,
            spn: sp.spn,
            zone: sp.zone,
            endpoints: eps.map((e) => e.endpoint).join(', '),
          });
    trace.add({
      kind: 'kube-proxy',
      node,
      detail: sayEnglish(said),
      say: said,
      at: serviceAt(sp, 'spec.trafficDistribution'),
    });
  }
  const rec = pickEndpoint(ctx, node, sp, chain, toLocal, pkt, entry === 'node-port' ? sp.nodePort : sp.port, trace);
  // Hairpin: the pod sends to itself. The numbers first, so the endpoint's IP string is not loaded per packet.
  const ipNum = rec.ipNum;
  if ((ipNum === null || ipNum === pkt.srcNum) && rec.ip === pkt.srcIP) {
    masq = true;
    masqWhy = MASQ_HAIRPIN;
  }
  const clusterIP = entry === 'cluster-ip';
  // From outside, the address externalTexts left on the view for this packet.
  const address = clusterIP ? sp.clusterIPAddress : sp.extAddress;
  // The DNAT hop rewrites the destination to the endpoint (its `ip:port`, kept on the record).
  trace.rewrite(
    {
      kind: 'dnat',
      node,
      detail: clusterIP ? rec.clusterIPDnat : dnatHopText(sp, entry, pkt.dstIP, rec),
      // To the ClusterIP the address is the view's: the record keeps what the hop says.
      say: clusterIP ? (rec.clusterIPDnatSaid ??= dnatSaid(rec, address, sayShared)) : dnatSaid(rec, address, say),
      rule: rec.dnatRule,
      at: sp.targetPortAt!,
      fromIP: pkt.srcIP,
      toIP: rec.ip,
      packet: undefined,
    },
    undefined,
    rec.endpoint,
    rec.ipNum ?? -1,
  );
  return masqWhy
    ? { verdict: 'dnat', endpoint: rec, masquerade: masq, masqueradeWhy: masqWhy }
    : { verdict: 'dnat', endpoint: rec, masquerade: masq };
}

/** What the DNAT hop to `rec` from `address` says (`make`: say, or sayShared for a said the record keeps). */
function dnatSaid(rec: EndpointRules, address: string, make: typeof say): Said {
  return rec.podName !== undefined
    ? make('hop.dnatPod', { address, endpoint: rec.endpoint, pod: rec.podName })
    : make('hop.dnat', { address, endpoint: rec.endpoint });
}

/** Why kube-proxy masquerades, where the reason has no parameters: one frozen said each, shared by the results. */
const MASQ_ALL = sayShared('masq.all');
const MASQ_EXTERNAL_CLUSTER = sayShared('masq.externalCluster');
const MASQ_NODE_LOCAL = sayShared('masq.nodeLocal');
const MASQ_HAIRPIN = sayShared('masq.hairpin');

function sourceAllowed(sp: ServicePortProxy, srcIP: string): boolean {
  return sp.loadBalancerSourceRanges.some((r) => {
    const c = parseCidr(r);
    return c !== null && cidrContains(c, srcIP);
  });
}

function fail(
  trace: Trace,
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
  trace.add({ kind: verdict, node, detail: sayEnglish(said), say: said, rule, at: serviceAt(sp, path) });
  return { verdict, why };
}
