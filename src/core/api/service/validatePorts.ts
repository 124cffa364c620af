// validateServicePort and the port-level duplicate checks of ValidateService
// (k8s.io/kubernetes pkg/apis/core/validation/validation.go; docs/api-server.md §3.2 (ports)).
import type { Service, ServicePort } from '../../model/objects.ts';
import { duplicate, forbidden, invalid, notSupported, required, type FieldError } from '../fieldErrors.ts';
import { isDNS1123Label, isQualifiedName, isValidPortName, isValidPortNum } from '../validation/names.ts';

export const PROTOCOLS = ['SCTP', 'TCP', 'UDP'];

/** ValidatePortNumOrName: int → port number rules, string → IANA_SVC_NAME rules. */
export function validatePortNumOrName(v: number | string | undefined, path: string): FieldError[] {
  if (typeof v === 'number') return isValidPortNum(v).map((m) => invalid(path, v, m));
  if (typeof v === 'string') return isValidPortName(v).map((m) => invalid(path, v, m));
  return [];
}

export function validateServicePort(
  sp: ServicePort,
  requireName: boolean,
  names: Set<string>,
  path: string,
): FieldError[] {
  const errs: FieldError[] = [];
  const name = sp.name ?? '';
  if (requireName && name === '') {
    errs.push(required(`${path}.name`));
  } else if (name !== '') {
    errs.push(...isDNS1123Label(name).map((m) => invalid(`${path}.name`, name, m)));
    if (names.has(name)) errs.push(duplicate(`${path}.name`, name));
    else names.add(name);
  }
  errs.push(...isValidPortNum(sp.port ?? 0).map((m) => invalid(`${path}.port`, sp.port ?? 0, m)));
  if (!sp.protocol) errs.push(required(`${path}.protocol`));
  else if (!PROTOCOLS.includes(sp.protocol)) errs.push(notSupported(`${path}.protocol`, sp.protocol, PROTOCOLS));
  errs.push(...validatePortNumOrName(sp.targetPort, `${path}.targetPort`));
  if (sp.appProtocol != null)
    errs.push(...isQualifiedName(sp.appProtocol).map((m) => invalid(`${path}.appProtocol`, sp.appProtocol!, m)));
  return errs;
}

/** The internal core.ServicePort key, rendered as json.Marshal renders a struct without json tags. */
function portKey(protocol: string, port: number): Record<string, unknown> {
  return { Name: '', Protocol: protocol, AppProtocol: null, Port: port, TargetPort: 0, NodePort: 0 };
}

/** #37 nodePort on ClusterIP, #38 duplicate (protocol, nodePort), #39 duplicate (protocol, port). */
export function validatePortUniqueness(svc: Service): FieldError[] {
  const errs: FieldError[] = [];
  const ports = svc.spec?.ports ?? [];
  if (svc.spec?.type === 'ClusterIP') {
    ports.forEach((p, i) => {
      if (p.nodePort) errs.push(forbidden(`spec.ports[${i}].nodePort`, "may not be used when `type` is 'ClusterIP'"));
    });
  }
  const nodePorts = new Set<string>();
  ports.forEach((p, i) => {
    if (!p.nodePort) return;
    const key = `${p.protocol}/${p.nodePort}`;
    if (nodePorts.has(key)) errs.push(duplicate(`spec.ports[${i}].nodePort`, p.nodePort));
    nodePorts.add(key);
  });
  const seen = new Set<string>();
  ports.forEach((p, i) => {
    const key = `${p.protocol}/${p.port}`;
    if (seen.has(key)) errs.push(duplicate(`spec.ports[${i}]`, portKey(p.protocol ?? '', p.port ?? 0)));
    seen.add(key);
  });
  return errs;
}
