// The hints the EndpointSlice controller writes for `spec.trafficDistribution`
// (k8s.io/endpointslice trafficdist/trafficdist.go ReconcileHints): PreferClose, PreferSameZone and
// PreferSameNode use preferCloseHeuristic, which gives every READY endpoint a hint for its own zone
// (`hints.forZones: [{name: <endpoint.zone>}]`) and, for PreferSameNode only, for its own node
// (`hints.forNodes: [{name: <endpoint.nodeName>}]`); unready endpoints keep what they have (on a
// first sync: nothing). Any other value, or none, is defaultHeuristic: every hint is removed.
// kube-proxy reads the hints in dataplane/categorizeEndpoints.ts. (The older
// `service.kubernetes.io/topology-mode: Auto` annotation's proportional heuristic is not simulated.)
import type { Endpoint, EndpointHints } from 'kubernetes-types/discovery/v1';

/** discovery/v1 EndpointHints as of 1.33: forNodes joined forZones (kubernetes-types 1.30 predates it). */
export type EndpointHintsWithNodes = EndpointHints & { forNodes?: { name: string }[] };

const CLOSE = new Set(['PreferClose', 'PreferSameZone', 'PreferSameNode']);

/** The endpoints of one slice with the hints trafficDistribution asks for (new objects; the input is not changed). */
export function withTrafficDistributionHints(
  trafficDistribution: string | undefined | null,
  endpoints: readonly Endpoint[],
): Endpoint[] {
  if (trafficDistribution == null || !CLOSE.has(trafficDistribution)) {
    // defaultHeuristic.update: Hints = nil on every endpoint.
    return endpoints.map((ep) => {
      if (ep.hints === undefined) return ep;
      const { hints: _dropped, ...rest } = ep;
      return rest;
    });
  }
  const nodeHints = trafficDistribution === 'PreferSameNode';
  return endpoints.map((ep) => {
    // endpointReady: Ready must be set and true here (a missing condition is not ready).
    if (ep.conditions?.ready !== true) return ep;
    const forZones = ep.zone !== undefined ? [{ name: ep.zone }] : undefined;
    const forNodes = ep.nodeName !== undefined && nodeHints ? [{ name: ep.nodeName }] : undefined;
    const { hints: _old, ...rest } = ep;
    if (forZones === undefined && forNodes === undefined) return rest;
    const hints: EndpointHintsWithNodes = { ...(forNodes ? { forNodes } : {}), ...(forZones ? { forZones } : {}) };
    return { ...rest, hints };
  });
}
