// kube-proxy's view of every service port on one node: what the proxier's ServiceChangeTracker and
// EndpointsChangeTracker hand to syncProxyRules, plus CategorizeEndpoints and the per-port flags
// syncProxyRules derives. The request router (send.ts) and the iptables rule writer both read this,
// so the two can never disagree about which endpoints a node would use.
// Upstream: pkg/proxy/serviceport.go (newBaseServiceInfo), pkg/proxy/endpointslicecache.go,
// pkg/proxy/topology.go (CategorizeEndpoints), pkg/proxy/iptables/proxier.go (syncProxyRules).
import type { ClusterState } from '../model/clusterState.ts';
import type { ClusterSettings, ProxyMode } from '../model/settings.ts';
import type { EntryKind } from './ruleText.ts';
import type { EndpointRules } from './proxySync.ts';
import type { Said } from './said.ts';
import type { HopAt } from './types.ts';

import type { AdmittedService, AdmittedServicePort, AdmittedEndpointSlice, AdmittedNode } from '../model/admitted.ts';
import { collectEndpoints, type ProxyEndpoint } from './proxyEndpoints.ts';
import { categorizeEndpoints, type TopologyMode } from './categorizeEndpoints.ts';
import { DEFAULT_CLIENT_IP_TIMEOUT } from '../api/service/defaults.ts';
import {
  proxyClusterIP,
  proxyExternalIPs,
  proxyLoadBalancerIPs,
  proxySourceRanges,
} from '../api/service/serviceIPs.ts';

export type { ProxyEndpoint } from './proxyEndpoints.ts';

export type ProxyProtocol = 'TCP' | 'UDP' | 'SCTP';

export interface ServicePortProxy {
  service: AdmittedService;
  namespace: string;
  name: string;
  /** spec.ports[portIndex] */
  portIndex: number;
  portName: string;
  /** ServicePortName.String(): `ns/name:portName`, or `ns/name` for an unnamed port (pkg/proxy/types.go). */
  spn: string;
  protocol: ProxyProtocol;
  /** The cluster IP as the proxier reads and prints it (serviceIPs.ts): `10.96.0.12` for `010.96.0.12`. */
  clusterIP: string;
  port: number;
  /** The Service's targetPort as written (for explanations; the DNAT port is the endpoint's). */
  targetPort: number | string;
  /** 0 when the port has none. */
  nodePort: number;
  /** The IPv4 spec.externalIPs, canonical (serviceIPs.ts). */
  externalIPs: string[];
  /** The IPv4 status.loadBalancer.ingress[].ip with ipMode unset or VIP (UTIL IsVIPMode), canonical. */
  loadBalancerVIPs: string[];
  /** The IPv4 spec.loadBalancerSourceRanges, trimmed and canonical (serviceport.go; serviceIPs.ts). */
  loadBalancerSourceRanges: string[];
  /** Only when NeedsHealthCheck: type LoadBalancer && eTP Local (pkg/api/v1/service/util.go); else 0. */
  healthCheckNodePort: number;
  /** sessionAffinityConfig.clientIP.timeoutSeconds when sessionAffinity is ClientIP (default 10800); null without affinity. */
  stickyMaxAgeSeconds: number | null;
  /** The key of its affinity table, `spn/PROTO` (proxyRules.ts affinityTableKey; '' until sync writes it). */
  affinityTableKey: string;
  /** The affinity table's lists were pruned to this view's endpoints (endpointPick.ts retainOnce; iptables, nftables). */
  tableRetained: boolean;
  /** The node port's place in the Service's YAML, for its entry hop (made on first use, frozen). */
  nodePortAt: HopAt | undefined;
  /**
   * The external entry texts of the last packet from outside (proxyRules.ts externalTexts): its
   * destination, entry kind, proxy mode and whether it went to local endpoints only, and the hop's
   * text, the entry rule and the address `ip:port` they make.
   */
  extKey: string | undefined;
  extEntry: EntryKind | undefined;
  extMode: ProxyMode | undefined;
  extLocal: boolean;
  extDetail: string;
  extRule: string;
  extAddress: string;
  /** ExternalPolicyLocal: (NodePort || LoadBalancer) && externalTrafficPolicy Local. */
  externalPolicyLocal: boolean;
  /** InternalPolicyLocal: internalTrafficPolicy Local. */
  internalPolicyLocal: boolean;
  /** ExternallyAccessible: nodePort ≠ 0 || LB VIPs || externalIPs. */
  externallyAccessible: boolean;
  /** UsesClusterEndpoints: !InternalPolicyLocal || ExternallyAccessible. */
  usesClusterEndpoints: boolean;
  /** UsesLocalEndpoints: InternalPolicyLocal || (ExternalPolicyLocal && ExternallyAccessible). */
  usesLocalEndpoints: boolean;

  /** Every endpoint of this service port, de-duplicated, sorted by "ip:port" like upstream's byEndpoint. */
  endpoints: ProxyEndpoint[];
  clusterEndpoints: ProxyEndpoint[];
  localEndpoints: ProxyEndpoint[];
  allReachableEndpoints: ProxyEndpoint[];
  hasAnyEndpoints: boolean;
  /** The topology mode the hints put this node in for cluster endpoints ('' = none), and the node's zone. */
  topologyMode: TopologyMode;
  zone: string;

  // Derived flags of syncProxyRules (pkg/proxy/iptables/proxier.go), upstream names in comments.
  /** usesClusterPolicyChain := len(clusterEndpoints) > 0 && svcInfo.UsesClusterEndpoints() → KUBE-SVC exists */
  usesClusterPolicyChain: boolean;
  /** usesLocalPolicyChain := len(localEndpoints) > 0 && svcInfo.UsesLocalEndpoints() → KUBE-SVL exists */
  usesLocalPolicyChain: boolean;
  /** internalPolicyChain := InternalPolicyLocal ? localPolicyChain (SVL) : clusterPolicyChain (SVC) */
  internalPolicyChain: 'SVC' | 'SVL';
  /** hasInternalEndpoints := hasEndpoints && !(InternalPolicyLocal && len(localEndpoints) == 0) */
  hasInternalEndpoints: boolean;
  /** externalPolicyChain := ExternalPolicyLocal ? SVL : SVC */
  externalPolicyChain: 'SVC' | 'SVL';
  /** hasExternalEndpoints := hasEndpoints && !(ExternalPolicyLocal && len(localEndpoints) == 0) */
  hasExternalEndpoints: boolean;
  /** usesExternalTrafficChain := hasEndpoints && svcInfo.ExternallyAccessible() → KUBE-EXT exists */
  usesExternalTrafficChain: boolean;
  /** usesFWChain := hasEndpoints && len(LoadBalancerVIPs) > 0 && len(LoadBalancerSourceRanges) > 0 → KUBE-FW exists */
  usesFWChain: boolean;
  // What kube-proxy's sync wrote for the packets (proxySync.ts syncRules), for the settings `syncedFor`.
  syncedFor: ClusterSettings | undefined;
  /** KUBE-SVC / KUBE-SVL chain names. */
  svcChain: string;
  svlChain: string;
  /** `clusterIP:port`, the ClusterIP entry's hop and its rule ('' without a ClusterIP). */
  clusterIPAddress: string;
  clusterIPDetail: string;
  clusterIPRule: string;
  /**
   * What the hops of a packet through this view say and point at, made at sync and shared by every
   * result (frozen): the ClusterIP entry hop's said and its place (spec.clusterIP), the DNAT hop's
   * place (the port's targetPort), and the affinity hop's (spec.sessionAffinity); the Service port
   * a delivery names (deliver.ts Delivery.via).
   */
  clusterIPSaid: Said | undefined;
  clusterIPAt: HopAt | undefined;
  targetPortAt: HopAt | undefined;
  affinityAt: HopAt | undefined;
  via: { namespace: string; name: string; portIndex: number } | undefined;
  /** One record per endpoint of clusterEndpoints / localEndpoints, in the same order. */
  clusterRules: EndpointRules[];
  localRules: EndpointRules[];
  /**
   * The same records in the table its sync wrote them into, shared by the views of one cluster index
   * (proxySync.ts EndpointTable), from `clusterAt` / `localAt` on, `clusterCount` / `localCount` of
   * them: a packet reads its record there (endpointPick.ts).
   */
  table: EndpointRules[] | undefined;
  clusterAt: number;
  clusterCount: number;
  localAt: number;
  localCount: number;
  /** Texts of addresses sync did not write (externalIPs, LB IPs, node ports), on first use (proxyRules.ts, ruleMemo.ts). */
  memo: unknown[] | undefined;
  /** Its KUBE-SVC/SVL/EXT/FW chain names, on first use (ruleText.ts chainsOf). */
  chains: ServiceChains | undefined;
  /** IPVS: affinity keys already pruned to this view's endpoints (endpointPick.ts retainOnce), and the last one asked. */
  retainedKeys: Set<string> | undefined;
  retainedKey: string | undefined;
  /** Its bucket of the affinity store and that bucket's number, kept by the store (affinity.ts AffinityHolder; iptables, nftables). */
  affinityBucket: unknown;
  affinityId: number;
}

export interface ServiceChains {
  svc: string;
  svl: string;
  ext: string;
  fw: string;
}

/**
 * UTIL ShouldSkipService: headless and ExternalName services get no rules; so do services claimed by
 * another proxy (server.go label selector), and those without a cluster IP of the proxier's family
 * (ServiceChangeTracker.serviceToServiceMap: GetClusterIPByFamily returned "").
 */
export function kubeProxySkipsService(svc: AdmittedService): boolean {
  if (proxyClusterIP(svc) === null) return true;
  if (svc.spec.type === 'ExternalName') return true;
  if (svc.metadata.labels?.['service.kubernetes.io/service-proxy-name'] !== undefined) return true;
  return false;
}

export function buildNodeProxyModel(state: ClusterState, nodeName: string): ServicePortProxy[] {
  const node = state.nodes.find((n) => n.metadata.name === nodeName);
  const slicesByService = groupSlices(state.endpointSlices);
  const out: ServicePortProxy[] = [];
  for (const svc of state.services) {
    if (kubeProxySkipsService(svc)) continue;
    const ns = svc.metadata.namespace;
    const name = svc.metadata.name;
    const slices = slicesByService.get(`${ns}/${name}`) ?? [];
    (svc.spec.ports ?? []).forEach((port, portIndex) => {
      out.push(buildServicePort(svc, port, portIndex, slices, nodeName, node));
    });
  }
  return out;
}

/** Build one service port's view (exported for callers that already hold the Service). */
export function buildServicePort(
  svc: AdmittedService,
  port: AdmittedServicePort,
  portIndex: number,
  slices: readonly AdmittedEndpointSlice[],
  nodeName: string,
  node: AdmittedNode | undefined,
): ServicePortProxy {
  const spec = svc.spec;
  const ns = svc.metadata.namespace;
  const name = svc.metadata.name;
  const portName = port.name ?? '';
  const protocol = port.protocol as ProxyProtocol;
  const type = spec.type;
  const nodePort = port.nodePort ?? 0;
  const externalIPs = proxyExternalIPs(svc);
  const loadBalancerVIPs = proxyLoadBalancerIPs(svc, true);
  const loadBalancerSourceRanges = proxySourceRanges(svc);
  const externalPolicyLocal =
    (type === 'NodePort' || type === 'LoadBalancer') && spec.externalTrafficPolicy === 'Local';
  const internalPolicyLocal = spec.internalTrafficPolicy === 'Local';
  const needsHealthCheck = type === 'LoadBalancer' && externalPolicyLocal;
  const externallyAccessible = nodePort !== 0 || loadBalancerVIPs.length > 0 || externalIPs.length > 0;
  const usesClusterEndpoints = !internalPolicyLocal || externallyAccessible;
  const usesLocalEndpoints = internalPolicyLocal || (externalPolicyLocal && externallyAccessible);
  const stickyMaxAgeSeconds =
    spec.sessionAffinity === 'ClientIP'
      ? (spec.sessionAffinityConfig?.clientIP?.timeoutSeconds ?? DEFAULT_CLIENT_IP_TIMEOUT)
      : null;

  const endpoints = collectEndpoints(slices, portName, protocol, nodeName);
  const cat = categorizeEndpoints(endpoints, { usesClusterEndpoints, usesLocalEndpoints }, node);
  const hasEndpoints = cat.hasAnyEndpoints;
  const localCount = cat.localEndpoints.length;

  // The fields a packet reads come first: an object's properties lie in the order it was built,
  // and with 10,000 Services a view is cold, so each cache line it spans costs a load. First what a
  // packet to the ClusterIP reads (three cache lines), then what one from outside reads besides.
  // Fields written at sync, or on first use, are present from the start so every view keeps one shape.
  return {
    syncedFor: undefined,
    hasAnyEndpoints: hasEndpoints,
    hasInternalEndpoints: hasEndpoints && !(internalPolicyLocal && localCount === 0),
    internalPolicyChain: internalPolicyLocal ? 'SVL' : 'SVC',
    topologyMode: cat.topologyMode,
    stickyMaxAgeSeconds,
    table: undefined,
    clusterAt: 0,
    clusterCount: 0,
    svcChain: '',
    clusterIPDetail: '',
    clusterIPSaid: undefined,
    clusterIPRule: '',
    clusterIPAt: undefined,
    clusterIPAddress: '',
    targetPortAt: undefined,
    port: port.port,
    portIndex,
    via: undefined,
    clusterEndpoints: cat.clusterEndpoints,
    externalPolicyLocal,
    hasExternalEndpoints: hasEndpoints && !(externalPolicyLocal && localCount === 0),
    usesFWChain: hasEndpoints && loadBalancerVIPs.length > 0 && loadBalancerSourceRanges.length > 0,
    nodePort,
    nodePortAt: undefined,
    extKey: undefined,
    extEntry: undefined,
    extMode: undefined,
    extLocal: false,
    extDetail: '',
    extRule: '',
    extAddress: '',
    affinityTableKey: '',
    tableRetained: false,
    affinityId: -1,
    localAt: 0,
    localCount: 0,
    localEndpoints: cat.localEndpoints,
    svlChain: '',
    chains: undefined,
    memo: undefined,
    spn: `${ns}/${name}${portName ? `:${portName}` : ''}`,
    affinityAt: undefined,
    affinityBucket: undefined,
    retainedKey: undefined,
    retainedKeys: undefined,
    clusterRules: [],
    localRules: [],
    protocol,
    namespace: ns,
    name,
    loadBalancerVIPs,
    service: svc,
    portName,
    clusterIP: proxyClusterIP(svc) ?? '',
    targetPort: port.targetPort,
    externalIPs,
    loadBalancerSourceRanges,
    healthCheckNodePort: needsHealthCheck ? (spec.healthCheckNodePort ?? 0) : 0,
    internalPolicyLocal,
    externallyAccessible,
    usesClusterEndpoints,
    usesLocalEndpoints,
    endpoints,
    allReachableEndpoints: cat.allReachableEndpoints,
    zone: node?.metadata.labels?.['topology.kubernetes.io/zone'] ?? '',
    usesClusterPolicyChain: cat.clusterEndpoints.length > 0 && usesClusterEndpoints,
    usesLocalPolicyChain: localCount > 0 && usesLocalEndpoints,
    externalPolicyChain: externalPolicyLocal ? 'SVL' : 'SVC',
    usesExternalTrafficChain: hasEndpoints && externallyAccessible,
  };
}

/**
 * EndpointSlices by owning Service (label kubernetes.io/service-name, same namespace). Slices labeled
 * service.kubernetes.io/headless are filtered out by kube-proxy's informer (cmd/kube-proxy/app/server.go).
 */
export function groupSlices(slices: readonly AdmittedEndpointSlice[]): Map<string, AdmittedEndpointSlice[]> {
  const map = new Map<string, AdmittedEndpointSlice[]>();
  for (const s of slices) {
    const labels = s.metadata.labels ?? {};
    const svcName = labels['kubernetes.io/service-name'];
    if (svcName === undefined || labels['service.kubernetes.io/headless'] !== undefined) continue;
    if (s.addressType !== undefined && s.addressType !== 'IPv4') continue;
    const key = `${s.metadata.namespace}/${svcName}`;
    const list = map.get(key);
    if (list) list.push(s);
    else map.set(key, [s]);
  }
  return map;
}
