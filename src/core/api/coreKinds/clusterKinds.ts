// Namespace, Node and Endpoints: defaults and the validation the simulator relies on
// (k8s.io/kubernetes pkg/apis/core/validation/validation.go ValidateNamespace, ValidateNode,
// ValidateEndpointsCreate; pkg/apis/core/v1/conversion.go podCIDR → podCIDRs).
import type { Endpoints, Namespace, Node } from '../../model/objects.ts';
import { invalid, notSupported, required, type FieldError } from '../fieldErrors.ts';
import { cidrErrors, INVALID_IP, ipFamilyOf } from '../validation/ip.ts';
import { isDNS1123Label, isValidPortNum, nameIsDNSLabel, nameIsDNSSubdomain } from '../validation/names.ts';
import { validateObjectMeta } from '../validation/objectMeta.ts';

const PROTOCOLS = ['SCTP', 'TCP', 'UDP'];

/** The namespace strategy adds the `kubernetes` finalizer and starts the phase Active. */
export function setNamespaceDefaults(ns: Namespace): void {
  ns.spec = { finalizers: ['kubernetes'], ...ns.spec };
  ns.status = { phase: 'Active' };
  // The namespace controller labels every namespace with its own name (NamespaceDefaultLabelName).
  const name = ns.metadata?.name;
  if (name && ns.metadata) ns.metadata.labels = { ...ns.metadata.labels, 'kubernetes.io/metadata.name': name };
}

export const validateNamespace = (ns: Namespace): FieldError[] =>
  validateObjectMeta(ns.metadata, false, nameIsDNSLabel);

export function setNodeDefaults(node: Node): void {
  const spec = node.spec;
  if (spec?.podCIDR && (spec.podCIDRs?.length ?? 0) === 0) spec.podCIDRs = [spec.podCIDR];
}

export function validateNode(node: Node): FieldError[] {
  const errs = validateObjectMeta(node.metadata, false, nameIsDNSSubdomain);
  (node.spec?.podCIDRs ?? []).forEach((c, i) =>
    errs.push(...cidrErrors(c).map((m) => invalid(`spec.podCIDRs[${i}]`, c, m))),
  );
  if ((node.spec?.podCIDRs?.length ?? 0) > 0 && node.spec?.podCIDR && node.spec.podCIDRs![0] !== node.spec.podCIDR) {
    errs.push(invalid('spec.podCIDRs', node.spec.podCIDRs!, 'first value must match `podCIDR`'));
  }
  return errs;
}

export function setEndpointsDefaults(ep: Endpoints): void {
  for (const s of ep.subsets ?? []) for (const p of s.ports ?? []) p.protocol ||= 'TCP';
}

export function validateEndpoints(ep: Endpoints): FieldError[] {
  const errs = validateObjectMeta(ep.metadata, true, nameIsDNSSubdomain);
  (ep.subsets ?? []).forEach((s, i) => {
    const sp = `subsets[${i}]`;
    const addrs = [
      ...(s.addresses ?? []).map((a, j) => [a, `${sp}.addresses[${j}]`] as const),
      ...(s.notReadyAddresses ?? []).map((a, j) => [a, `${sp}.notReadyAddresses[${j}]`] as const),
    ];
    for (const [a, ap] of addrs)
      if (ipFamilyOf(a.ip ?? '') === null) errs.push(invalid(`${ap}.ip`, a.ip ?? '', INVALID_IP));
    (s.ports ?? []).forEach((p, j) => {
      const pp = `${sp}.ports[${j}]`;
      if (p.name) errs.push(...isDNS1123Label(p.name).map((m) => invalid(`${pp}.name`, p.name!, m)));
      errs.push(...isValidPortNum(p.port ?? 0).map((m) => invalid(`${pp}.port`, p.port ?? 0, m)));
      if (!p.protocol) errs.push(required(`${pp}.protocol`));
      else if (!PROTOCOLS.includes(p.protocol)) errs.push(notSupported(`${pp}.protocol`, p.protocol, PROTOCOLS));
    });
  });
  return errs;
}
