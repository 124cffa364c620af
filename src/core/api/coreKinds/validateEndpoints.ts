// The validation and warnings of a v1 Endpoints a user writes. Installed as the `endpoints` plug-in
// (api/plugins.ts), out of the worker's first chunk: the controllers' own objects are stored without
// admission, so only a scenario that holds a hand-written Endpoints needs this code.
import type { Endpoints } from '../../model/objects.ts';
import { invalid, notSupported, required, type FieldError } from '../fieldErrors.ts';
import { ipErrors, specialIPError } from '../validation/ip.ts';
import { isDNS1123Label, isQualifiedName, isValidPortNum, nameIsDNSSubdomain } from '../validation/names.ts';
import { validateObjectMeta } from '../validation/objectMeta.ts';
import { getWarningsForIP, type ApiWarning } from '../validation/ipWarnings.ts';
import { ENDPOINT_CONTROLLER, ENDPOINTS_MANAGED_BY } from '../../model/endpointSliceLabels.ts';

const PROTOCOLS = ['SCTP', 'TCP', 'UDP'];

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
