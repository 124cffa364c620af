// Which pods kube-proxy kept after topology filtering, while the hop that says so is the focused one
// (Timeline pick, a step, presenter). kube-proxy's choice is the core's (dataplane/kubeProxy.ts,
// categorizeEndpoints.ts): its hop names the kept endpoints as `ip:port` in the `endpoints`
// parameter; this only finds the pods behind them. Pure, so it is unit-tested.
import type { HopFocus } from '../traffic/hopFocus.ts';
import type { ViewPod } from './viewShape.ts';
import { nsName } from './flowIds.ts';

export type TopologyMark = '' | `kept|${string}` | `dropped|${string}`;

/**
 * `kept|<node>` for a pod whose endpoint kube-proxy on `<node>` kept, `dropped|<node>` for a hinted
 * endpoint of the same Service it left out, '' otherwise. A string, so a store selector returns
 * the same value while nothing changes.
 */
export function topologyMark(focus: HopFocus | null, pod: ViewPod): TopologyMark {
  const say = focus?.hop.say;
  if (!say || (say.code !== 'hop.proxyTopologyZone' && say.code !== 'hop.proxyTopologyNode')) return '';
  const at = focus.hop.at;
  const node = focus.hop.node;
  const endpoints = say.params['endpoints'];
  if (!at || !node || typeof endpoints !== 'string' || !pod.ip) return '';
  const service = nsName(at.namespace, at.name);
  if (!pod.hints?.some((h) => h.service === service)) return '';
  // "10.244.1.5:8080, 10.244.2.3:8080": IPv4 endpoints, the address before the last ':'.
  const kept = endpoints.split(', ').some((e) => e.slice(0, e.lastIndexOf(':')) === pod.ip);
  return kept ? `kept|${node}` : `dropped|${node}`;
}
