// What the traffic panel's client forms offer: targets a client may send to and pods it may send
// from, as the core's text declarations (core/sim/clientText.ts), read off the worker's view.
import type { ClusterView } from '../../worker/clusterView.ts';
import { formatSourceDecl } from '../../core/sim/clientText.ts';
import { isSystem } from '../diagram/fromClusterView.ts';

/**
 * Targets worth offering, as declarations: each Service's ClusterIP, its nodePort (any node) and its
 * load-balancer IP, and each Ingress host. `outside`: only what a client outside the cluster can
 * reach (a nodePort, a load balancer, an Ingress host; never a ClusterIP or a cluster DNS name).
 */
export function targetSuggestions(view: ClusterView | null, outside = false): string[] {
  if (!view) return [];
  const out: string[] = [];
  for (const s of view.services) {
    const p = s.ports[0];
    if (!p || isSystem(s)) continue;
    const port = p.name || p.port;
    const ref = `${s.namespace}/${s.name}:${port}`;
    if (s.lbIPs.length > 0) out.push(`loadbalancer/${ref}`);
    if (s.ports.some((x) => x.nodePort)) {
      const np = s.ports.find((x) => x.nodePort)!;
      out.push(`nodeport/${s.namespace}/${s.name}:${np.name || np.port}`);
    }
    if (!outside && s.clusterIP && s.clusterIP !== 'None') out.push(`service/${ref}`);
  }
  for (const i of view.ingresses) for (const r of i.rules) if (r.host) out.push(`ingress/${r.host}`);
  return [...new Set(out)];
}

/** Pods to send from, as declarations: each workload (its pod is picked on every load), then each bare pod. */
export function sourceSuggestions(view: ClusterView | null): string[] {
  if (!view) return [];
  const out = view.workloads
    .filter((w) => !isSystem(w) && w.kind !== 'ReplicaSet')
    .map((w) => formatSourceDecl({ kind: 'workload', workload: w.kind, namespace: w.namespace, name: w.name }));
  for (const p of view.pods)
    if (!isSystem(p) && !p.owner) out.push(formatSourceDecl({ kind: 'pod', namespace: p.namespace, name: p.name }));
  return out.sort();
}
