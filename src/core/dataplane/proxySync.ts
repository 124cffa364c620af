// kube-proxy's sync of one service port on one node. syncProxyRules writes every rule of a service
// port before any packet uses it: the KUBE-SERVICES rule of its ClusterIP, its KUBE-SVC/SVL chain
// with one statistic rule per endpoint, and one KUBE-SEP chain per endpoint with its affinity check
// and DNAT (pkg/proxy/iptables/proxier.go syncProxyRules, writeServiceToEndpointRules; the nftables
// proxier writes the service chain's numgen vmap and one endpoint chain per endpoint the same way,
// pkg/proxy/nftables/proxier.go). The simulator does the same the first time a packet reaches a
// node's rules for a service port (throughKubeProxy.ts): every text a packet to that port quotes is
// written then, per endpoint into one record that a packet reads whole, with the answer of the
// endpoint's pod.
// Written on the packet's first use instead, one Service's texts and records were spread over the
// heap, and with 10,000 Services each was a cold load of its own (README "Benchmarks").
import type { ClusterSettings } from '../model/settings.ts';
import type { PodView } from './podView.ts';
import type { ProxyEndpoint, ServicePortProxy } from './proxyModel.ts';
import {
  affinityPinnedText,
  affinityRuleText,
  affinityTableKey,
  chainsOf,
  clusterIPHopText,
  dnatHopTextOf,
  dnatRuleText,
  entryRuleText,
  iptablesRandomRule,
  nftNumgenRule,
  numgenHopText,
  randomPickHopText,
} from './proxyRules.ts';
import { ipv4 } from './ipMemo.ts';
import { keepAnswer, podAnswers } from './podAnswer.ts';
import { flat } from './flatString.ts';
import { sayShared, type Said } from './said.ts';
import type { HopAt } from './types.ts';

/**
 * What a packet that kube-proxy sends to one endpoint reads: the endpoint's fields, its rules' texts
 * and its pod as delivery reads it. The pod's fields are the record's own (a copy of the pod's view
 * holding its answer on `port`), so delivery reads the record it holds rather than an object of
 * its own: with 10,000 Services that object was one more cold load per request.
 */
export interface EndpointRules extends PodViewFields {
  /** This record as its pod's view (its fields hold the answer); null: no pod has the IP; undefined: not looked up yet (podOf reads it for a record without a pod only). */
  answer: PodView | null | undefined;
  ep: ProxyEndpoint;
  /** `ip:port` */
  endpoint: string;
  ip: string;
  /** `ip` as a number (ipMemo.ts; null: not an IPv4 address), so the hairpin test need not load the string. */
  ipNum: number | null;
  port: number;
  nodeName: string | undefined;
  /** podRef.name (undefined: the endpoint names no pod). */
  podName: string | undefined;
  /** iptables: rule i of the KUBE-SVC/SVL statistic cascade; nftables: the chain's numgen vmap; IPVS: ''. */
  pickRule: string;
  /** The hop saying how this endpoint was picked (iptables, nftables; IPVS says its scheduler per packet). */
  pickDetail: string;
  /** The KUBE-SEP DNAT rule, the nftables endpoint chain's dnat, or the IPVS real server. */
  dnatRule: string;
  /** The affinity check that sends a client back here (iptables, nftables with sessionAffinity; else ''). */
  affinityRule: string;
  /** The affinity hop's text after the client's address (sessionAffinity ClientIP; else ''). */
  affinityPinned: string;
  /** The DNAT hop of a packet sent to the ClusterIP ('' without one). */
  clusterIPDnat: string;
  /**
   * The DNAT hop of a packet sent to a node port, for the first address it came to (a record is its
   * node's: nearly always that node's IP), kept on the record, which the packet reads anyway.
   */
  nodePortDnatKey: string | undefined;
  nodePortDnat: string;
  /** The DNAT hop for other addresses (externalIPs, LB IPs, other node addresses), kept per address (ruleMemo.ts memoKeyed). */
  keyed: unknown[] | undefined;
  /**
   * What the hops that pick this endpoint say, made on first use and shared by the results (frozen):
   * the endpoint as picked (`ip:port (pod)`), the iptables/nftables pick hop (its list, position and
   * chain are the record's), and the DNAT hop of a packet sent to the ClusterIP.
   */
  pickedSaid: Said | undefined;
  pickSaid: Said | undefined;
  clusterIPDnatSaid: Said | undefined;
}

/** A PodView's fields, blank until the record holds its pod (`pod` and `at` undefined then). */
type PodViewFields = Omit<PodView, 'pod' | 'at'> & { pod: PodView['pod'] | undefined; at: HopAt | undefined };

/**
 * Writes the view's packet texts for `settings` (its proxy mode): the chain names, the ClusterIP's
 * entry rule and hop, and a record per endpoint of both lists with its pod's answer (`podView`: the
 * cluster index's; without it a record looks its pod up on its first packet, throughKubeProxy.ts).
 */
export function syncRules(
  sp: ServicePortProxy,
  node: string,
  settings: ClusterSettings,
  podView?: (ip: string) => PodView | undefined,
): void {
  const mode = settings.proxyMode;
  const chains = chainsOf(sp);
  sp.svcChain = chains.svc;
  sp.svlChain = chains.svl;
  affinityTableKey(sp);
  const clusterIP = sp.clusterIP;
  if (clusterIP !== '') {
    const local = sp.internalPolicyChain === 'SVL';
    sp.clusterIPAddress = flat(`${clusterIP}:${sp.port}`);
    sp.clusterIPDetail = flat(clusterIPHopText(sp, node, clusterIP, local));
    sp.clusterIPRule = flat(
      entryRuleText(
        mode,
        settings,
        sp,
        'cluster-ip',
        clusterIP,
        local ? chains.svl : chains.svc,
        local ? 'local' : 'service',
      ),
    );
  }
  // What its packets' hops say and point at (ServicePortProxy.clusterIPSaid and after): frozen, shared by the results.
  if (clusterIP !== '') {
    const local = sp.internalPolicyChain === 'SVL';
    sp.clusterIPSaid = sayShared(local ? 'hop.proxyClusterIPLocal' : 'hop.proxyClusterIPAny', {
      node,
      address: sp.clusterIPAddress,
      spn: sp.spn,
    });
    sp.clusterIPAt ??= serviceAt(sp, 'spec.clusterIP');
  }
  sp.targetPortAt ??= serviceAt(sp, `spec.ports[${sp.portIndex}].targetPort`);
  sp.affinityAt ??= serviceAt(sp, 'spec.sessionAffinity');
  sp.via ??= Object.freeze({ namespace: sp.namespace, name: sp.name, portIndex: sp.portIndex });
  sp.clusterRules = endpointRules(sp, node, settings, sp.clusterEndpoints, chains.svc, podView);
  sp.localRules = endpointRules(sp, node, settings, sp.localEndpoints, chains.svl, podView);
  // Both lists' records, side by side in the table (a view made outside an index keeps its own).
  const table = (sp.table ??= []);
  sp.clusterAt = table.length;
  sp.clusterCount = sp.clusterRules.length;
  for (const rec of sp.clusterRules) table.push(rec);
  sp.localAt = table.length;
  sp.localCount = sp.localRules.length;
  for (const rec of sp.localRules) table.push(rec);
  sp.syncedFor = settings;
}

/**
 * The endpoint records of every service port synced in one cluster index, in sync order, as
 * kube-proxy's sync writes every KUBE-SEP chain into one table (iptables-restore's input). A packet
 * reads its record at its list's place here, through one array whose header stays in cache, rather
 * than through its view's list (with 10,000 Services the list and its elements array were each a
 * cold load). A view synced again (other settings) appends its new records; the old ones go with
 * the index.
 */
export type EndpointTable = EndpointRules[];

/** A hop's place in the Service's YAML (HopAt), frozen: the results of the view's packets share it. */
export function serviceAt(sp: ServicePortProxy, path: string): HopAt {
  return Object.freeze({ kind: 'Service', namespace: sp.namespace, name: sp.name, path });
}

function endpointRules(
  sp: ServicePortProxy,
  node: string,
  settings: ClusterSettings,
  eps: readonly ProxyEndpoint[],
  chain: string,
  podView: ((ip: string) => PodView | undefined) | undefined,
): EndpointRules[] {
  const mode = settings.proxyMode;
  const sticky = sp.stickyMaxAgeSeconds !== null && mode !== 'ipvs';
  const numgen = mode === 'nftables' && eps.length > 0 ? flat(nftNumgenRule(sp, eps)) : '';
  return eps.map((ep, i): EndpointRules => {
    // What every packet DNATed here reads comes first, kube-proxy's then delivery's (its pod's fields,
    // blank until holdAnswer; every record has them from the start: one shape), then what a sticky
    // or outside packet reads, then the rest: a record's properties lie in the order it was built,
    // and with 10,000 Services it is cold, so each cache line it spans costs a load. `ip` (the DNAT
    // hop's and the delivery's address) beside `ipNum`: among the rest it was a fifth line per packet.
    // Delivery reads `proxies`, not `ingressController` and `gatewayLabel`, nor `pod` and
    // `servedNote` (podView.ts); a packet tells a record that holds its pod by `at` and takes the
    // port from `servedPort` (podOf, endpointPort), not `answer` and `port`: 19 fields, 176 bytes
    // with the header, where 24 were 216 and 21 were 192.
    const rec: EndpointRules = {
      pickRule: mode === 'iptables' ? flat(iptablesRandomRule(sp, chain, eps, i)) : numgen,
      pickDetail:
        mode === 'iptables'
          ? flat(randomPickHopText(sp, chain, eps, i))
          : mode === 'nftables'
            ? flat(numgenHopText(eps, i))
            : '',
      pickSaid: undefined,
      ipNum: ipv4(ep.ip),
      ip: ep.ip,
      clusterIPDnat: sp.clusterIP !== '' ? flat(dnatHopTextOf(sp, 'cluster-ip', sp.clusterIP, ep)) : '',
      clusterIPDnatSaid: undefined,
      dnatRule: flat(dnatRuleText(mode, sp, ep)),
      endpoint: ep.endpoint,
      at: undefined,
      ref: '',
      node: '',
      proxies: false,
      servedPort: -1,
      servedProtocol: '',
      servedResponse: '',
      servedClient: undefined,
      servedDetail: '',
      servedSaid: undefined,
      answer: undefined,
      port: ep.port,
      nodeName: ep.nodeName,
      affinityRule: sticky ? flat(affinityRuleText(mode, sp, chain, ep)) : '',
      affinityPinned:
        sp.stickyMaxAgeSeconds !== null
          ? flat(affinityPinnedText(ep.endpoint, ep.podRef?.name, node, sp.stickyMaxAgeSeconds))
          : '',
      pickedSaid: undefined,
      nodePortDnatKey: undefined,
      nodePortDnat: '',
      podName: ep.podRef?.name,
      pod: undefined,
      servedNote: undefined,
      ingressController: false,
      gatewayLabel: false,
      ep,
      namespace: '',
      name: '',
      ports: [],
      servedAddress: '',
      servedHead: '',
      servedTail: '',
      acceptsHead: '',
      keyed: undefined,
    };
    if (podView) holdAnswer(rec, sp.protocol, podView(ep.ip));
    return rec;
  });
}

/**
 * Makes `rec` the pod view a packet DNATed to it is delivered to: a copy of the pod's view (`view`;
 * undefined: no pod has the address) holding its answer on the endpoint's port (deliver.ts reuses
 * it; a pod that refuses is left for deliver to say why).
 */
export function holdAnswer(rec: EndpointRules, protocol: string, view: PodView | undefined): void {
  if (!view) {
    rec.answer = null;
    return;
  }
  rec.pod = view.pod;
  rec.namespace = view.namespace;
  rec.name = view.name;
  rec.ref = view.ref;
  rec.node = view.node;
  rec.ports = view.ports;
  rec.ingressController = view.ingressController;
  rec.gatewayLabel = view.gatewayLabel;
  rec.proxies = view.proxies;
  // Not the view's last answer (served…), which may be on another port: a record's is its own port's
  // or none (endpointPort reads its port there).
  rec.at = view.at;
  rec.acceptsHead = view.acceptsHead;
  // The fields were just set from the view: the record is a PodView now.
  const own = rec as PodView;
  const answer = podAnswers(view.pod, rec.port, protocol, view.ports);
  if (answer.ok) keepAnswer(own, rec.endpoint, rec.port, protocol, answer);
  rec.answer = own;
}

/**
 * The record as the pod view a packet DNATed to it is delivered to (null: no pod has its IP), its pod
 * looked up on its first packet when its sync (of `sp`) had no pod views (`podView`). A record that holds its
 * pod is told by `at`, which delivery reads next to the pod's other fields, rather than by `answer`:
 * with 10,000 Services one field less in the record's per-packet block (proxySync.ts endpointRules).
 */
export function podOf(
  rec: EndpointRules,
  sp: ServicePortProxy,
  podView: (ip: string) => PodView | undefined,
): PodView | null {
  // Its fields were set from its pod's view (holdAnswer): it is that PodView. Compared with
  // undefined, which loads nothing: compared with an object, V8 checks the `at` it holds is one, a
  // load of a cold header.
  if (rec.at !== undefined) return rec as PodView;
  if (rec.answer === undefined) holdAnswer(rec, sp.protocol, podView(rec.ip));
  return rec.answer ?? null;
}

/**
 * The endpoint's port, for its delivery. A record's pod answers on that port only (holdAnswer, and
 * deliver.ts keeps an answer on the port delivered to), so a record that holds its answer has it in
 * `servedPort`, which delivery reads anyway: `port`, one field less per packet, is read when it holds none.
 */
export function endpointPort(rec: EndpointRules): number {
  const served = rec.servedPort;
  return served >= 0 ? served : rec.port;
}
