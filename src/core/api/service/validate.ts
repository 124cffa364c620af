// ValidateService: every rule of k8s.io/kubernetes pkg/apis/core/validation/validation.go, in the
// order it emits them (= the order of kubectl's bullets); docs/api-server.md §3.2.
import type { Service } from '../../model/objects.ts';
import { forbidden, invalid, notSupported, required, type FieldError } from '../fieldErrors.ts';
import { cidrErrors, INVALID_IP, ipFamilyOf, specialIPError } from '../validation/ip.ts';
import { isDNS1123Subdomain, nameIsDNS1035Label } from '../validation/names.ts';
import { validateLabels, validateObjectMeta } from '../validation/objectMeta.ts';
import { isHeadless, validateClusterIPsRelatedFields } from './clusterIPs.ts';
import { externallyAccessible } from './defaults.ts';
import { needsHealthCheck } from './allocate.ts';
import { validatePortUniqueness, validateServicePort } from './validatePorts.ts';
import { validateLoadBalancerClassField } from './loadBalancerClass.ts';

const TYPES = ['ClusterIP', 'ExternalName', 'LoadBalancer', 'NodePort'];
const AFFINITIES = ['ClientIP', 'None'];
const TRAFFIC_POLICIES = ['Cluster', 'Local'];
/** PreferSameZone/PreferSameNode are on by default from 1.34 (PreferSameTrafficDistribution beta). */
const TRAFFIC_DISTRIBUTIONS = ['PreferClose', 'PreferSameNode', 'PreferSameZone'];
const MAX_CLIENT_IP_TIMEOUT = 86400;
const TOPOLOGY_MODE = 'service.kubernetes.io/topology-mode';
const TOPOLOGY_HINTS = 'service.kubernetes.io/topology-aware-hints';
const LB_SOURCE_RANGES_ANNOTATION = 'service.beta.kubernetes.io/load-balancer-source-ranges';
const ONLY_LB = "may only be used when `type` is 'LoadBalancer'";

export function validateService(svc: Service): FieldError[] {
  const spec = svc.spec ?? {};
  const errs: FieldError[] = validateObjectMeta(svc.metadata, true, nameIsDNS1035Label);
  const ann = svc.metadata?.annotations ?? {};
  if (
    ann[TOPOLOGY_MODE] !== undefined &&
    ann[TOPOLOGY_HINTS] !== undefined &&
    ann[TOPOLOGY_MODE] !== ann[TOPOLOGY_HINTS]
  ) {
    errs.push(
      invalid(
        `metadata.annotations[${TOPOLOGY_MODE}]`,
        ann[TOPOLOGY_MODE],
        `must match annotations[${TOPOLOGY_HINTS}] when both are specified`,
      ),
    );
  }
  const ports = spec.ports ?? [];
  const headless = isHeadless(svc);
  if (ports.length === 0 && !headless && spec.type !== 'ExternalName') errs.push(required('spec.ports'));
  if (spec.type === 'LoadBalancer' && headless)
    errs.push(invalid('spec.clusterIPs[0]', 'None', "may not be set to 'None' for LoadBalancer services"));
  if (spec.type === 'NodePort' && headless)
    errs.push(invalid('spec.clusterIPs[0]', 'None', "may not be set to 'None' for NodePort services"));
  if (spec.type === 'ExternalName') {
    const notForExternalName = 'may not be set for ExternalName services';
    if ((spec.clusterIPs?.length ?? 0) > 0) errs.push(forbidden('spec.clusterIPs', notForExternalName));
    if ((spec.ipFamilies?.length ?? 0) > 0) errs.push(forbidden('spec.ipFamilies', notForExternalName));
    if (spec.ipFamilyPolicy != null) errs.push(forbidden('spec.ipFamilyPolicy', notForExternalName));
    // One trailing dot is allowed (an absolute name).
    const cname = (spec.externalName ?? '').replace(/\.$/, '');
    if (cname === '') errs.push(required('spec.externalName'));
    else errs.push(...isDNS1123Subdomain(cname).map((m) => invalid('spec.externalName', cname, m)));
  }
  const names = new Set<string>();
  ports.forEach((p, i) => errs.push(...validateServicePort(p, ports.length > 1, names, `spec.ports[${i}]`)));
  errs.push(...validateLabels(spec.selector, 'spec.selector'));
  errs.push(...validateSessionAffinity(svc));
  if (spec.type !== 'ExternalName') errs.push(...validateClusterIPsRelatedFields(svc));
  (spec.externalIPs ?? []).forEach((ip, i) => {
    const path = `spec.externalIPs[${i}]`;
    if (ipFamilyOf(ip) === null) errs.push(invalid(path, ip, INVALID_IP));
    else {
      const special = specialIPError(ip);
      if (special) errs.push(invalid(path, ip, special));
    }
  });
  if (!spec.type) errs.push(required('spec.type'));
  else if (!TYPES.includes(spec.type)) errs.push(notSupported('spec.type', spec.type, TYPES));
  errs.push(...validatePortUniqueness(svc));
  errs.push(...validateSourceRanges(svc));
  if (spec.allocateLoadBalancerNodePorts != null && spec.type !== 'LoadBalancer')
    errs.push(forbidden('spec.allocateLoadBalancerNodePorts', ONLY_LB));
  // Upstream's path really lacks `spec.` here (unreachable through v1 defaulting).
  if (spec.type === 'LoadBalancer' && spec.allocateLoadBalancerNodePorts == null)
    errs.push(required('allocateLoadBalancerNodePorts'));
  errs.push(...validateLoadBalancerClassField(undefined, svc));
  errs.push(...validateTrafficPolicies(svc));
  return errs;
}

function validateSessionAffinity(svc: Service): FieldError[] {
  const spec = svc.spec ?? {};
  const errs: FieldError[] = [];
  const path = 'spec.sessionAffinityConfig';
  if (!spec.sessionAffinity) errs.push(required('spec.sessionAffinity'));
  else if (!AFFINITIES.includes(spec.sessionAffinity))
    errs.push(notSupported('spec.sessionAffinity', spec.sessionAffinity, AFFINITIES));
  if (spec.sessionAffinity === 'ClientIP') {
    const when = 'when session affinity type is ClientIP';
    const cfg = spec.sessionAffinityConfig;
    if (!cfg) errs.push(required(path, when));
    else if (!cfg.clientIP) errs.push(required(`${path}.clientIP`, when));
    else if (cfg.clientIP.timeoutSeconds == null) errs.push(required(`${path}.clientIP.timeoutSeconds`, when));
    else {
      const t = cfg.clientIP.timeoutSeconds;
      // The text says "less than" but 86400 itself is allowed (validateAffinityTimeout).
      if (t <= 0 || t > MAX_CLIENT_IP_TIMEOUT)
        errs.push(
          invalid(
            `${path}.clientIP.timeoutSeconds`,
            t,
            `must be greater than 0 and less than ${MAX_CLIENT_IP_TIMEOUT}`,
          ),
        );
    }
  } else if (spec.sessionAffinity === 'None' && spec.sessionAffinityConfig) {
    errs.push(forbidden(path, 'must not be set when session affinity is None'));
  }
  return errs;
}

function validateSourceRanges(svc: Service): FieldError[] {
  const spec = svc.spec ?? {};
  const errs: FieldError[] = [];
  const ranges = spec.loadBalancerSourceRanges ?? [];
  const annotation = svc.metadata?.annotations?.[LB_SOURCE_RANGES_ANNOTATION];
  if (ranges.length > 0) {
    // Capital L: upstream's path for this field.
    const path = 'spec.LoadBalancerSourceRanges';
    if (spec.type !== 'LoadBalancer') errs.push(forbidden(path, ONLY_LB));
    ranges.forEach((r, i) => {
      const v = r.trim();
      errs.push(...cidrErrors(v).map((m) => invalid(`${path}[${i}]`, v, m)));
    });
  } else if (annotation !== undefined) {
    const path = `metadata.annotations[${LB_SOURCE_RANGES_ANNOTATION}]`;
    if (spec.type !== 'LoadBalancer') errs.push(forbidden(path, ONLY_LB));
    const val = annotation.trim();
    if (val !== '') {
      for (const part of val.split(',')) {
        const v = part.trim();
        errs.push(...cidrErrors(v).map((m) => invalid(path, v, m)));
      }
    }
  }
  return errs;
}

function validateTrafficPolicies(svc: Service): FieldError[] {
  const spec = svc.spec ?? {};
  const errs: FieldError[] = [];
  if (!externallyAccessible(svc)) {
    if (spec.externalTrafficPolicy)
      errs.push(
        invalid(
          'spec.externalTrafficPolicy',
          spec.externalTrafficPolicy,
          'may only be set for externally-accessible services',
        ),
      );
  } else if (!spec.externalTrafficPolicy) {
    errs.push(required('spec.externalTrafficPolicy'));
  } else if (!TRAFFIC_POLICIES.includes(spec.externalTrafficPolicy)) {
    errs.push(notSupported('spec.externalTrafficPolicy', spec.externalTrafficPolicy, TRAFFIC_POLICIES));
  }
  const hc = spec.healthCheckNodePort ?? 0;
  if (needsHealthCheck(svc)) {
    if (hc <= 0) errs.push(required('spec.healthCheckNodePort'));
  } else if (hc !== 0) {
    errs.push(
      invalid(
        'spec.healthCheckNodePort',
        hc,
        "may only be set when `type` is 'LoadBalancer' and `externalTrafficPolicy` is 'Local'",
      ),
    );
  }
  if (spec.internalTrafficPolicy == null) {
    if (spec.type === 'NodePort' || spec.type === 'LoadBalancer' || spec.type === 'ClusterIP')
      errs.push(required('spec.internalTrafficPolicy'));
  } else if (!TRAFFIC_POLICIES.includes(spec.internalTrafficPolicy)) {
    errs.push(notSupported('spec.internalTrafficPolicy', spec.internalTrafficPolicy, TRAFFIC_POLICIES));
  }
  if (spec.trafficDistribution != null && !TRAFFIC_DISTRIBUTIONS.includes(spec.trafficDistribution)) {
    errs.push(notSupported('spec.trafficDistribution', spec.trafficDistribution, TRAFFIC_DISTRIBUTIONS));
  }
  return errs;
}
