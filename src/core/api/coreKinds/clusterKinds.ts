// Namespace and Node: defaults and the validation the simulator relies on (k8s.io/kubernetes
// pkg/apis/core/validation/validation.go ValidateNamespace, ValidateNode; pkg/apis/core/v1/conversion.go
// podCIDR → podCIDRs); Endpoints' defaults (their validation: validateEndpoints.ts).
import type { Endpoints, Namespace, Node } from '../../model/objects.ts';
import { invalid, type FieldError } from '../fieldErrors.ts';
import { cidrErrors } from '../validation/ip.ts';
import { nameIsDNSLabel, nameIsDNSSubdomain } from '../validation/names.ts';
import { validateObjectMeta } from '../validation/objectMeta.ts';

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
  // SetDefaults_NodeStatus: allocatable is capacity until kubelet says otherwise.
  const status = node.status;
  if (status?.capacity && !status.allocatable) status.allocatable = { ...status.capacity };
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
