// Where kube-proxy drops a Service's outside traffic: with externalTrafficPolicy: Local, a node
// with no local endpoint programs a DROP for its NodePort and load-balancer IPs (syncProxyRules'
// `!hasExternalEndpoints` branch, pkg/proxy/iptables/proxier.go), while the Service still has
// endpoints elsewhere. The diagram draws that node's NodePort as closed. The decision is the proxy
// model's own flag (proxyModel.ts hasExternalEndpoints), read here, never re-derived.
import type { ClusterState } from '../model/index.ts';
import type { AdmittedService } from '../model/admitted.ts';
import { buildServicePort, groupSlices, kubeProxySkipsService } from './proxyModel.ts';

/** The nodes (sorted by name) whose kube-proxy drops outside traffic to `svc`'s node ports. */
export function nodesDroppingExternal(state: ClusterState, svc: AdmittedService): string[] {
  const ports = svc.spec.ports ?? [];
  const portIndex = ports.findIndex((p) => (p.nodePort ?? 0) > 0);
  if (portIndex < 0 || kubeProxySkipsService(svc)) return [];
  const slices = groupSlices(state.endpointSlices).get(`${svc.metadata.namespace}/${svc.metadata.name}`) ?? [];
  return state.nodes
    .filter((node) => {
      const sp = buildServicePort(svc, ports[portIndex]!, portIndex, slices, node.metadata.name, node);
      return sp.externallyAccessible && sp.hasAnyEndpoints && !sp.hasExternalEndpoints;
    })
    .map((n) => n.metadata.name)
    .sort();
}
