// CategorizeEndpoints (pkg/proxy/topology.go): which endpoints a node uses for "Cluster" traffic
// policy and which for "Local", with the terminating-endpoint fallback.

import type { AdmittedNode } from '../model/admitted.ts';
import type { ProxyEndpoint } from './proxyEndpoints.ts';

export interface CategorizedEndpoints {
  clusterEndpoints: ProxyEndpoint[];
  localEndpoints: ProxyEndpoint[];
  allReachableEndpoints: ProxyEndpoint[];
  hasAnyEndpoints: boolean;
}

export function categorizeEndpoints(
  endpoints: readonly ProxyEndpoint[],
  svc: { usesClusterEndpoints: boolean; usesLocalEndpoints: boolean },
  node: AdmittedNode | undefined,
): CategorizedEndpoints {
  let clusterEndpoints: ProxyEndpoint[] = [];
  let localEndpoints: ProxyEndpoint[] = [];
  let hasAnyEndpoints = false;

  if (svc.usesClusterEndpoints) {
    const zone = node?.metadata.labels?.['topology.kubernetes.io/zone'];
    const useTopology = canUseZoneTopology(endpoints, zone);
    clusterEndpoints = endpoints.filter((ep) => ep.ready && (!useTopology || ep.zoneHints.includes(zone!)));
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
  return { clusterEndpoints, localEndpoints, allReachableEndpoints, hasAnyEndpoints };
}

/**
 * topology.go canUseTopology (zone hints): only when every ready endpoint carries zone hints and at
 * least one hint names this node's zone; otherwise no filtering at all.
 */
function canUseZoneTopology(endpoints: readonly ProxyEndpoint[], zone: string | undefined): boolean {
  if (zone === undefined || zone === '') return false;
  let matches = false;
  for (const ep of endpoints) {
    if (!ep.ready) continue;
    if (ep.zoneHints.length === 0) return false;
    if (ep.zoneHints.includes(zone)) matches = true;
  }
  return matches;
}
