// The cloud controller manager's service controller (k8s.io/cloud-provider controllers/service):
// every LoadBalancer Service it serves gets status.loadBalancer.ingress from the simulated cloud's
// pool 198.51.100.0/24 (TEST-NET-2), from .10 upward in Service order; spec.loadBalancerIP, when
// set, is honoured like most cloud providers do. ipMode defaults to VIP (SetDefaults_Service).
// A Service with spec.loadBalancerClass is left to the controller of that class
// (controller.go wantsLoadBalancer), which the playground does not run: EXTERNAL-IP stays
// <pending> and only its node ports carry traffic.
// A status already present is kept. Through the API server a Service's status starts empty, as
// upstream's PrepareForCreate wipes it (api/service/admitService.ts), so a learner pins the
// external IP with spec.loadBalancerIP; only states built without admission (test fixtures) carry one.
// Each ensure records the controller's EnsuringLoadBalancer and EnsuredLoadBalancer Events; a
// Service the pool has no address for gets only the first (the cloud's failure is not simulated).
import type { ClusterState } from '../model/clusterState.ts';
import type { AdmittedService, AdmittedIngress } from '../model/admitted.ts';
import { formatIPv4, parseIPv4 } from '../net/ipv4.ts';
import { mut } from './meta.ts';
import { objectKey } from '../model/objects.ts';

export const LB_POOL_BASE = parseIPv4('198.51.100.10')!;
export const LB_POOL_END = parseIPv4('198.51.100.254')!;

/** wantsLoadBalancer: type LoadBalancer without a class (a class names another controller). */
export function servedByCloudController(svc: AdmittedService): boolean {
  return svc.spec.type === 'LoadBalancer' && svc.spec.loadBalancerClass == null;
}

export function assignLoadBalancerIPs(state: ClusterState): void {
  const lbs = state.services.filter(servedByCloudController);
  const used = new Set<string>();
  for (const s of lbs) for (const i of s.status?.loadBalancer?.ingress ?? []) if (i?.ip) used.add(i.ip);
  for (const s of lbs) if (s.spec.loadBalancerIP) used.add(s.spec.loadBalancerIP);
  let next = LB_POOL_BASE;
  for (const svc of lbs) {
    // controller.go syncLoadBalancerIfNeeded brackets each ensure with these two Events.
    const event = (reason: string, message: string) =>
      state.events.push({
        about: objectKey('Service', svc.metadata.namespace, svc.metadata.name),
        type: 'Normal',
        reason,
        from: 'service-controller',
        message,
        at: svc.metadata.creationTimestamp ?? state.createdAt,
      });
    event('EnsuringLoadBalancer', 'Ensuring load balancer');
    const declared = svc.status?.loadBalancer?.ingress;
    if (Array.isArray(declared) && declared.length > 0) {
      for (const i of declared) if (i?.ip && !i.ipMode) mut(i).ipMode = 'VIP';
      event('EnsuredLoadBalancer', 'Ensured load balancer');
      continue;
    }
    let ip = svc.spec.loadBalancerIP;
    if (!ip) {
      while (next <= LB_POOL_END && used.has(formatIPv4(next))) next++;
      if (next > LB_POOL_END) continue; // pool exhausted: EXTERNAL-IP stays <pending>
      ip = formatIPv4(next);
      used.add(ip);
    }
    mut(svc).status = { ...(svc.status ?? {}), loadBalancer: { ingress: [{ ip, ipMode: 'VIP' }] } };
    event('EnsuredLoadBalancer', 'Ensured load balancer');
  }
}

export function loadBalancerIP(svc: AdmittedService | undefined): string | undefined {
  return svc?.status?.loadBalancer?.ingress?.find((i) => i?.ip)?.ip;
}

/** The class an Ingress asks for: spec.ingressClassName, else the legacy annotation. */
export function ingressClassOf(ing: AdmittedIngress): string | undefined {
  return ing.spec?.ingressClassName ?? ing.metadata.annotations?.['kubernetes.io/ingress.class'];
}
