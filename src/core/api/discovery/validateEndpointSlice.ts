// The validation of an EndpointSlice a user writes (pkg/apis/discovery/validation/validation.go
// ValidateEndpointSlice as of v1.34: metadata, addressType, ports, endpoints — in that order) and the
// strategy's PrepareFor* before it. Installed as the `endpoints` plug-in (api/plugins.ts), out of the
// worker's first chunk: the EndpointSlice controller's own slices are stored without admission, so
// only a scenario that holds a hand-written slice needs this code.
import type { EndpointSlice } from '../../model/objects.ts';
import { duplicate, invalid, notSupported, required, tooMany, type FieldError } from '../fieldErrors.ts';
import {
  isDNS1123Label,
  isDNS1123Subdomain,
  isQualifiedName,
  isValidLabelValue,
  nameIsDNSSubdomain,
} from '../validation/names.ts';
import { validateObjectMeta } from '../validation/objectMeta.ts';
import { INVALID_IP, ipFamilyOf, ipv4MappedSloppy, ipv6NotStrict, specialIPError } from '../validation/ip.ts';

const ADDRESS_TYPES = ['FQDN', 'IPv4', 'IPv6'];
const PROTOCOLS = ['SCTP', 'TCP', 'UDP'];
// The limits of discovery/validation/validation.go (maxEndpoints, maxAddresses, maxPorts,
// maxZoneHints, maxNodeHints), each reported as field.TooMany.
const MAX_ENDPOINTS = 1000;
const MAX_ADDRESSES = 100;
const MAX_PORTS = 20000;
const MAX_ZONE_HINTS = 8;
const MAX_NODE_HINTS = 8;

type Endpoint = NonNullable<EndpointSlice['endpoints']>[number];
/** discovery/v1 EndpointHints as of 1.33: forNodes joined forZones (kubernetes-types 1.30 predates it). */
type Hints = { forZones?: { name?: string }[]; forNodes?: { name?: string }[] };

/**
 * PrepareForCreate / PrepareForUpdate's dropTopologyOnV1 (pkg/registry/discovery/endpointslice/strategy.go,
 * v1.34): a v1 write's `deprecatedTopology` is silently cleared on every endpoint. Upstream copies its
 * `kubernetes.io/hostname` into an unset `nodeName` only for a node name the old object's
 * `deprecatedTopology` held; only v1beta1 (not served since 1.25) could store one, so here it is always
 * just cleared (an update with unchanged endpoints, which upstream leaves alone, has none to clear).
 */
export function dropTopologyOnV1(es: EndpointSlice): void {
  for (const ep of es.endpoints ?? []) delete ep.deprecatedTopology;
}

export function validateEndpointSlice(es: EndpointSlice): FieldError[] {
  const errs = validateObjectMeta(es.metadata, true, nameIsDNSSubdomain);
  if (!es.addressType) errs.push(required('addressType'));
  else if (!ADDRESS_TYPES.includes(es.addressType))
    errs.push(notSupported('addressType', es.addressType, ADDRESS_TYPES));
  errs.push(...validatePorts(es.ports ?? []));
  errs.push(...validateEndpoints(es.endpoints ?? [], es.addressType));
  return errs;
}

function validatePorts(ports: NonNullable<EndpointSlice['ports']>): FieldError[] {
  // Over the limit, validatePorts reports that alone.
  if (ports.length > MAX_PORTS) return [tooMany('ports', ports.length, MAX_PORTS)];
  const errs: FieldError[] = [];
  const names = new Set<string>();
  ports.forEach((port, i) => {
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
  return errs;
}

function validateEndpoints(endpoints: Endpoint[], addressType: string | undefined): FieldError[] {
  // Over the limit, validateEndpoints reports that alone.
  if (endpoints.length > MAX_ENDPOINTS) return [tooMany('endpoints', endpoints.length, MAX_ENDPOINTS)];
  const errs: FieldError[] = [];
  endpoints.forEach((ep, i) => {
    const p = `endpoints[${i}]`;
    const addresses = ep.addresses ?? [];
    if (addresses.length === 0) errs.push(required(`${p}.addresses`, 'must contain at least 1 address'));
    // Too many addresses are reported, and each address is still checked.
    else if (addresses.length > MAX_ADDRESSES) errs.push(tooMany(`${p}.addresses`, addresses.length, MAX_ADDRESSES));
    addresses.forEach((a, j) => {
      const ap = `${p}.addresses[${j}]`;
      if (addressType === 'IPv4' || addressType === 'IPv6') {
        // validateEndpoints (v1.34): IPv4 is IsValidIPForLegacyField (sloppy: StrictIPCIDRValidation
        // is off), IPv6 is IsValidIP, whose strict rules we simulate only for an IPv4-mapped address
        // (leading 0s and canonical form otherwise not: docs/api-server.md §2.2). A valid IP then must
        // be of the slice's family by netutils.IsIPv4String, so `::ffff:1.2.3.4` is IPv4 (it draws a
        // warning instead); the wrong family is reported on the unindexed `addresses` path, and
        // ValidateEndpointIP (the ranges kube-proxy cannot route to) runs on the indexed one.
        const family = ipFamilyOf(a);
        if (family === null) errs.push(invalid(ap, a, INVALID_IP));
        else if (ipv4MappedSloppy(a) !== null && addressType === 'IPv6')
          errs.push(
            invalid(ap, a, ipv6NotStrict(a) ? 'must not have leading 0s' : 'must not be an IPv4-mapped IPv6 address'),
          );
        else {
          if (family !== addressType) errs.push(invalid(`${p}.addresses`, a, `must be an ${addressType} address`));
          const special = specialIPError(a);
          if (special) errs.push(invalid(ap, a, special));
        }
      } else if (addressType === 'FQDN') {
        errs.push(...isDNS1123Subdomain(a).map((m) => invalid(ap, a, m)));
      }
    });
    if (ep.nodeName != null)
      errs.push(...isDNS1123Subdomain(ep.nodeName).map((m) => invalid(`${p}.nodeName`, ep.nodeName!, m)));
    if (ep.hostname != null)
      errs.push(...isDNS1123Label(ep.hostname).map((m) => invalid(`${p}.hostname`, ep.hostname!, m)));
    if (ep.hints != null) errs.push(...validateHints(ep.hints as Hints, `${p}.hints`));
  });
  return errs;
}

/** validateHints: too many zones ends the check (forNodes unchecked), as does too many nodes. */
function validateHints(hints: Hints, path: string): FieldError[] {
  const errs: FieldError[] = [];
  const zones = hints.forZones ?? [];
  if (zones.length > MAX_ZONE_HINTS) return [tooMany(`${path}.forZones`, zones.length, MAX_ZONE_HINTS)];
  const zoneNames = new Set<string>();
  zones.forEach((z, i) => {
    const zp = `${path}.forZones[${i}].name`;
    const name = z.name ?? '';
    if (zoneNames.has(name)) errs.push(duplicate(zp, name));
    else zoneNames.add(name);
    errs.push(...isValidLabelValue(name).map((m) => invalid(zp, name, m)));
  });
  const nodes = hints.forNodes ?? [];
  if (nodes.length > MAX_NODE_HINTS) return [...errs, tooMany(`${path}.forNodes`, nodes.length, MAX_NODE_HINTS)];
  const nodeNames = new Set<string>();
  nodes.forEach((n, i) => {
    const np = `${path}.forNodes[${i}].name`;
    const name = n.name ?? '';
    if (nodeNames.has(name)) errs.push(duplicate(np, name));
    else nodeNames.add(name);
    // ValidateNodeName = NameIsDNSSubdomain.
    errs.push(...nameIsDNSSubdomain(name, false).map((m) => invalid(np, name, m)));
  });
  return errs;
}
