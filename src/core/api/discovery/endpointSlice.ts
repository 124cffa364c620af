// EndpointSlice defaults and validation (k8s.io/kubernetes pkg/apis/discovery/v1/defaults.go
// SetDefaults_EndpointPort; pkg/apis/discovery/validation/validation.go ValidateEndpointSlice:
// metadata, endpoints, ports, addressType — in that order).
import type { EndpointSlice } from '../../model/objects.ts';
import { duplicate, invalid, notSupported, required, type FieldError } from '../fieldErrors.ts';
import { isDNS1123Label, isDNS1123Subdomain, isQualifiedName, nameIsDNSSubdomain } from '../validation/names.ts';
import { validateObjectMeta } from '../validation/objectMeta.ts';
import { ipFamilyOf, specialIPError } from '../validation/ip.ts';

const ADDRESS_TYPES = ['FQDN', 'IPv4', 'IPv6'];
const PROTOCOLS = ['SCTP', 'TCP', 'UDP'];

export function setEndpointSliceDefaults(es: EndpointSlice): void {
  for (const p of es.ports ?? []) {
    p.name ??= '';
    p.protocol ??= 'TCP';
  }
}

export function validateEndpointSlice(es: EndpointSlice): FieldError[] {
  const errs = validateObjectMeta(es.metadata, true, nameIsDNSSubdomain);
  (es.endpoints ?? []).forEach((ep, i) => {
    const p = `endpoints[${i}]`;
    if ((ep.addresses ?? []).length === 0) errs.push(required(`${p}.addresses`, 'must contain at least 1 address'));
    (ep.addresses ?? []).forEach((a, j) => {
      const ap = `${p}.addresses[${j}]`;
      if (es.addressType === 'IPv4' || es.addressType === 'IPv6') {
        if (ipFamilyOf(a) !== es.addressType) errs.push(invalid(ap, a, `must be a valid ${es.addressType} address`));
        else {
          // ValidateEndpointIP: the special ranges kube-proxy cannot route to.
          const special = specialIPError(a);
          if (special) errs.push(invalid(ap, a, special));
        }
      } else if (es.addressType === 'FQDN') {
        errs.push(...isDNS1123Subdomain(a).map((m) => invalid(ap, a, m)));
      }
    });
    if (ep.nodeName != null)
      errs.push(...isDNS1123Subdomain(ep.nodeName).map((m) => invalid(`${p}.nodeName`, ep.nodeName!, m)));
    if (ep.hostname != null)
      errs.push(...isDNS1123Label(ep.hostname).map((m) => invalid(`${p}.hostname`, ep.hostname!, m)));
  });
  const names = new Set<string>();
  (es.ports ?? []).forEach((port, i) => {
    const p = `ports[${i}]`;
    const name = port.name ?? '';
    if (name) errs.push(...isDNS1123Label(name).map((m) => invalid(`${p}.name`, name, m)));
    if (names.has(name)) errs.push(duplicate(`${p}.name`, name));
    else names.add(name);
    if (!port.protocol) errs.push(required(`${p}.protocol`));
    else if (!PROTOCOLS.includes(port.protocol)) errs.push(notSupported(`${p}.protocol`, port.protocol, PROTOCOLS));
    if (port.appProtocol != null)
      errs.push(...isQualifiedName(port.appProtocol).map((m) => invalid(`${p}.appProtocol`, port.appProtocol!, m)));
  });
  if (!es.addressType) errs.push(required('addressType'));
  else if (!ADDRESS_TYPES.includes(es.addressType))
    errs.push(notSupported('addressType', es.addressType, ADDRESS_TYPES));
  return errs;
}
