// The endpoints kube-proxy knows for one service port, read from EndpointSlices exactly as the
// proxier's EndpointSliceCache does (pkg/proxy/endpointslicecache.go addEndpoints,
// endpointsMapFromEndpointInfo; pkg/proxy/endpoints.go newBaseEndpointInfo).
import type { AdmittedEndpointSlice } from '../model/admitted.ts';
import { flat } from './flatString.ts';
import { sloppyIPv4String } from '../api/validation/ip.ts';
import type { EndpointHintsWithNodes } from '../controllers/trafficDistribution.ts';

export interface ProxyEndpoint {
  ip: string;
  /** The EndpointSlice port number: the resolved targetPort, i.e. the DNAT port. */
  port: number;
  /** BaseEndpointInfo.String(): `ip:port`. */
  endpoint: string;
  /** conditions.ready == nil || *ready */
  ready: boolean;
  /** conditions.serving == nil || *serving */
  serving: boolean;
  /** conditions.terminating != nil && *terminating */
  terminating: boolean;
  /** nodeName equals the node this kube-proxy runs on. */
  isLocal: boolean;
  nodeName?: string;
  zone?: string;
  /** hints.forZones names (ZoneHints). */
  zoneHints: string[];
  /** hints.forNodes names (NodeHints, PreferSameNode). */
  nodeHints: string[];
  podRef?: { namespace: string; name: string };
  /** The slice it came from (for explanations). */
  sliceName: string;
}

/**
 * Endpoints for the service port named `portName`/`protocol`: slices are joined by port NAME and
 * protocol (the slice's port name is the Service port name), only addresses[0] is used, `ip:port`
 * duplicates across slices are merged (a local copy wins), and the list is sorted by the string
 * "ip:port" — so 10.0.0.10:80 sorts before 10.0.0.2:80 (endpointslicecache.go byEndpoint).
 */
export function collectEndpoints(
  slices: readonly AdmittedEndpointSlice[],
  portName: string,
  protocol: string,
  nodeName: string,
): ProxyEndpoint[] {
  const byKey = new Map<string, ProxyEndpoint>();
  for (const slice of slices) {
    const sp = (slice.ports ?? []).find((p) => p.name === portName && p.protocol === protocol);
    // "ignoring invalid endpoint port" for a nil/zero port number (endpointslicecache.go).
    if (!sp || sp.port === undefined || sp.port === 0) continue;
    for (const ep of slice.endpoints ?? []) {
      const written = ep.addresses?.[0];
      if (written === undefined || written === '') continue;
      // kube-proxy keys the endpoint by utilnet.ParseIPSloppy(addresses[0]).String()
      // (endpointslicecache.go addEndpoints, v1.34): `010.1.0.7` and `::ffff:10.1.0.7` are 10.1.0.7.
      const ip = sloppyIPv4String(written) ?? written;
      const c = ep.conditions ?? {};
      const isLocal = ep.nodeName !== undefined && ep.nodeName === nodeName;
      const info: ProxyEndpoint = {
        ip,
        port: sp.port,
        endpoint: flat(`${ip}:${sp.port}`),
        ready: c.ready === undefined || c.ready === true,
        serving: c.serving === undefined || c.serving === true,
        terminating: c.terminating === true,
        isLocal,
        ...(ep.nodeName !== undefined ? { nodeName: ep.nodeName } : {}),
        ...(ep.zone !== undefined ? { zone: ep.zone } : {}),
        zoneHints: (ep.hints?.forZones ?? []).map((z) => z.name),
        nodeHints: ((ep.hints as EndpointHintsWithNodes | undefined)?.forNodes ?? []).map((n) => n.name),
        ...(ep.targetRef?.kind === 'Pod' && ep.targetRef.name
          ? {
              podRef: {
                namespace: ep.targetRef.namespace ?? slice.metadata.namespace,
                name: ep.targetRef.name,
              },
            }
          : {}),
        sliceName: slice.metadata.name,
      };
      const prev = byKey.get(info.endpoint);
      if (!prev || (isLocal && !prev.isLocal)) byKey.set(info.endpoint, info);
    }
  }
  return [...byKey.values()].sort((a, b) => (a.endpoint < b.endpoint ? -1 : a.endpoint > b.endpoint ? 1 : 0));
}
