// SetDefaults_Service (k8s.io/kubernetes pkg/apis/core/v1/defaults.go), in upstream's order;
// docs/api-server.md §1. Runs on the decoded v1 object before allocation.
import type { Service } from '../../model/objects.ts';

/** core/v1 DefaultClientIPServiceAffinitySeconds. */
export const DEFAULT_CLIENT_IP_TIMEOUT = 10800;

/** pkg/api/service/util.go ExternallyAccessible. */
export function externallyAccessible(svc: Service): boolean {
  const t = svc.spec?.type;
  return t === 'LoadBalancer' || t === 'NodePort' || (t === 'ClusterIP' && (svc.spec?.externalIPs?.length ?? 0) > 0);
}

export function setServiceDefaults(svc: Service): void {
  const spec = (svc.spec ??= {});
  if (!spec.sessionAffinity) spec.sessionAffinity = 'None';
  if (spec.sessionAffinity === 'None') delete spec.sessionAffinityConfig;
  if (spec.sessionAffinity === 'ClientIP' && spec.sessionAffinityConfig?.clientIP?.timeoutSeconds == null) {
    spec.sessionAffinityConfig = { clientIP: { timeoutSeconds: DEFAULT_CLIENT_IP_TIMEOUT } };
  }
  if (!spec.type) spec.type = 'ClusterIP';
  for (const p of spec.ports ?? []) {
    if (!p.protocol) p.protocol = 'TCP';
    // targetPort int 0 or "" becomes the port number; a named targetPort is kept. The only place
    // targetPort is defaulted (k8s.io/kubernetes pkg/apis/core/v1/defaults.go SetDefaults_Service):
    // everything downstream reads AdmittedServicePort.targetPort (model/admitted.ts).
    if (p.targetPort === undefined || p.targetPort === null || p.targetPort === 0 || p.targetPort === '')
      p.targetPort = p.port;
  }
  if (externallyAccessible(svc) && !spec.externalTrafficPolicy) spec.externalTrafficPolicy = 'Cluster';
  if (
    spec.internalTrafficPolicy == null &&
    (spec.type === 'NodePort' || spec.type === 'LoadBalancer' || spec.type === 'ClusterIP')
  ) {
    spec.internalTrafficPolicy = 'Cluster';
  }
  if (spec.type === 'LoadBalancer' && spec.allocateLoadBalancerNodePorts == null)
    spec.allocateLoadBalancerNodePorts = true;
  if (spec.type === 'LoadBalancer') {
    for (const ing of svc.status?.loadBalancer?.ingress ?? []) if (ing.ip && !ing.ipMode) ing.ipMode = 'VIP';
  }
}
