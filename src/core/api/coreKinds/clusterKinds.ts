// Namespace, Node and Endpoints: defaults and the validation the simulator relies on
// (k8s.io/kubernetes pkg/apis/core/validation/validation.go ValidateNamespace, ValidateNode,
// ValidateEndpointsCreate; pkg/apis/core/v1/conversion.go podCIDR → podCIDRs).
import type { Endpoints, Namespace, Node } from '../../model/objects.ts';
import { invalid, notSupported, required, type FieldError } from '../fieldErrors.ts';
import { cidrErrors, ipErrors, specialIPError } from '../validation/ip.ts';
import {
  isDNS1123Label,
  isQualifiedName,
  isValidPortNum,
  nameIsDNSLabel,
  nameIsDNSSubdomain,
} from '../validation/names.ts';
import { validateObjectMeta } from '../validation/objectMeta.ts';
import { getWarningsForIP, type ApiWarning } from '../validation/ipWarnings.ts';
import { ENDPOINT_CONTROLLER, ENDPOINTS_MANAGED_BY } from '../../model/endpointSliceLabels.ts';

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

// ValidateEndpointsCreate → validateEndpointSubsets, validateEndpointAddress, validateEndpointPort
// (pkg/apis/core/validation/validation.go, v1.34; ValidateEndpointsSpecificAnnotations checks nothing).
export function validateEndpoints(ep: Endpoints): FieldError[] {
  const errs = validateObjectMeta(ep.metadata, true, nameIsDNSSubdomain);
  const at = (f: string, v: string | number, ms: string[]) => errs.push(...ms.map((m) => invalid(f, v, m)));
  (ep.subsets ?? []).forEach((s, i) => {
    const sp = `subsets[${i}]`;
    const ports = s.ports ?? [];
    if (!s.addresses?.length && !s.notReadyAddresses?.length)
      errs.push(required(sp, 'must specify `addresses` or `notReadyAddresses`'));
    for (const k of ['addresses', 'notReadyAddresses'] as const)
      (s[k] ?? []).forEach(({ ip = '', hostname, nodeName }, j) => {
        const ap = `${sp}.${k}[${j}].`;
        // The legacy-field parse, then (after hostname and nodeName) ValidateEndpointIP, so an
        // unparseable IP is reported twice, as upstream does.
        at(ap + 'ip', ip, ipErrors(ip));
        if (hostname) at(ap + 'hostname', hostname, isDNS1123Label(hostname));
        // ValidateNodeName is NameIsDNSSubdomain, so an empty nodeName fails too.
        if (nodeName != null) at(ap + 'nodeName', nodeName, nameIsDNSSubdomain(nodeName, false));
        const special = specialIPError(ip);
        if (special) at(ap + 'ip', ip, [special]);
      });
    ports.forEach(({ name, port = 0, protocol, appProtocol }, j) => {
      const pp = `${sp}.ports[${j}].`;
      if (name) at(pp + 'name', name, isDNS1123Label(name));
      else if (ports.length > 1) errs.push(required(pp + 'name'));
      at(pp + 'port', port, isValidPortNum(port));
      if (!protocol) errs.push(required(pp + 'protocol'));
      else if (!PROTOCOLS.includes(protocol)) errs.push(notSupported(pp + 'protocol', protocol, PROTOCOLS));
      if (appProtocol != null) at(pp + 'appProtocol', appProtocol, isQualifiedName(appProtocol));
    });
  });
  return errs;
}

/**
 * The Endpoints strategy's WarningsOnCreate / WarningsOnUpdate (pkg/registry/core/endpoint/strategy.go
 * endpointsWarnings, v1.34.2): GetWarningsForIP on each address's IP, ready and not, unless the
 * Endpoints controller manages the object (it writes canonical IPs).
 */
export const endpointsWarnings = (ep: Endpoints): ApiWarning[] =>
  ep.metadata?.labels?.[ENDPOINTS_MANAGED_BY] === ENDPOINT_CONTROLLER
    ? []
    : (ep.subsets ?? []).flatMap((s, i) =>
        (['addresses', 'notReadyAddresses'] as const).flatMap((k) =>
          (s[k] ?? []).flatMap((a, j) => getWarningsForIP(`subsets[${i}].${k}[${j}].ip`, a.ip)),
        ),
      );
