// CategorizeEndpoints (pkg/proxy/topology.go): which endpoints a node uses for "Cluster" traffic
// policy and which for "Local", with the terminating-endpoint fallback, and the topology mode the
// EndpointSlice hints put this node in (topologyModeFromHints; the hints come from
// controllers/trafficDistribution.ts). PreferSameTrafficDistribution (node hints) is on by default
// from 1.34, the version our nodes run.

import type { AdmittedNode } from '../model/admitted.ts';
import type { ProxyEndpoint } from './proxyEndpoints.ts';

export interface CategorizedEndpoints {
  clusterEndpoints: ProxyEndpoint[];
  localEndpoints: ProxyEndpoint[];
  allReachableEndpoints: ProxyEndpoint[];
  hasAnyEndpoints: boolean;
  /** The topology mode used for the cluster endpoints: '' (none), PreferSameZone or PreferSameNode. */
  topologyMode: TopologyMode;
}

export type TopologyMode = '' | 'PreferSameZone' | 'PreferSameNode';

export function categorizeEndpoints(
  endpoints: readonly ProxyEndpoint[],
  svc: { usesClusterEndpoints: boolean; usesLocalEndpoints: boolean },
  node: AdmittedNode | undefined,
): CategorizedEndpoints {
  let clusterEndpoints: ProxyEndpoint[] = [];
  let localEndpoints: ProxyEndpoint[] = [];
  let hasAnyEndpoints = false;
  let topologyMode: TopologyMode = '';

  if (svc.usesClusterEndpoints) {
    const zone = node?.metadata.labels?.['topology.kubernetes.io/zone'] ?? '';
    const nodeName = node?.metadata.name ?? '';
    topologyMode = topologyModeFromHints(endpoints, nodeName, zone);
    clusterEndpoints = endpoints.filter((ep) => ep.ready && availableForTopology(ep, topologyMode, nodeName, zone));
    // "if there are 0 cluster-wide endpoints, we can try to fall back to any terminating endpoints
    // that are ready" — serving && terminating, without topology.
    if (clusterEndpoints.length === 0) clusterEndpoints = endpoints.filter((ep) => ep.serving && ep.terminating);
    if (clusterEndpoints.length > 0) hasAnyEndpoints = true;
  }

  if (svc.usesLocalEndpoints) {
    localEndpoints = endpoints.filter((ep) => ep.isLocal && ep.ready);
    if (localEndpoints.length === 0)
      localEndpoints = endpoints.filter((ep) => ep.isLocal && ep.serving && ep.terminating);
    // "If there are any Ready or Serving+Terminating endpoints anywhere in the cluster, we say the
    // service has endpoints" even when none are local.
    if (!hasAnyEndpoints && endpoints.some((ep) => ep.ready || (ep.serving && ep.terminating))) hasAnyEndpoints = true;
  }

  let allReachableEndpoints: ProxyEndpoint[];
  if (!svc.usesLocalEndpoints) allReachableEndpoints = clusterEndpoints;
  else if (!svc.usesClusterEndpoints) allReachableEndpoints = localEndpoints;
  else {
    const seen = new Set(clusterEndpoints.map((e) => e.endpoint));
    // Upstream merges through a map (random order); we keep the "ip:port" order for determinism.
    allReachableEndpoints = [...clusterEndpoints, ...localEndpoints.filter((e) => !seen.has(e.endpoint))].sort(
      (a, b) => (a.endpoint < b.endpoint ? -1 : a.endpoint > b.endpoint ? 1 : 0),
    );
  }
  return { clusterEndpoints, localEndpoints, allReachableEndpoints, hasAnyEndpoints, topologyMode };
}

/**
 * topology.go topologyModeFromHints: PreferSameNode when every ready endpoint has a node hint and
 * one names this node; else PreferSameZone when every ready endpoint has a zone hint and one names
 * this node's zone; else '' (no filtering at all). No ready endpoint: ''.
 */
export function topologyModeFromHints(
  endpoints: readonly ProxyEndpoint[],
  nodeName: string,
  zone: string,
): TopologyMode {
  let hasReady = false;
  let forNode = false;
  let allNodeHints = true;
  let forZone = false;
  let allZoneHints = true;
  for (const ep of endpoints) {
    if (!ep.ready) continue;
    hasReady = true;
    if (ep.nodeHints.length === 0) allNodeHints = false;
    else if (ep.nodeHints.includes(nodeName)) forNode = true;
    if (ep.zoneHints.length === 0) allZoneHints = false;
    else if (ep.zoneHints.includes(zone)) forZone = true;
  }
  if (!hasReady) return '';
  if (allNodeHints && forNode) return 'PreferSameNode';
  if (allZoneHints && forZone) return 'PreferSameZone';
  return '';
}

/** topology.go availableForTopology: no fallback here, it happened when the mode was chosen. */
function availableForTopology(ep: ProxyEndpoint, mode: TopologyMode, nodeName: string, zone: string): boolean {
  if (mode === '') return true;
  if (mode === 'PreferSameNode') return ep.nodeHints.includes(nodeName);
  return ep.zoneHints.includes(zone);
}
