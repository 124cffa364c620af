// Ingress and IngressClass validation (k8s.io/kubernetes pkg/apis/networking/validation/validation.go
// ValidateIngressCreate, ValidateIngressSpec, validateIngressRules, validateHTTPIngressPath,
// validateIngressBackend, validateIngressTLS, ValidateIngressClass); docs/ingress.md §2.
import type { Ingress, IngressClass } from '../../model/objects.ts';
import { invalid, notSupported, required, tooLong, type FieldError } from '../fieldErrors.ts';
import { utf8ByteLength } from '../../yaml/limits.ts';
import { ipFamilyOf } from '../validation/ip.ts';
import {
  isDNS1035Label,
  isDNS1123Subdomain,
  isValidPortName,
  isValidPortNum,
  isWildcardDNS1123Subdomain,
  nameIsDNSSubdomain,
} from '../validation/names.ts';
import { validateObjectMeta } from '../validation/objectMeta.ts';

type Spec = NonNullable<Ingress['spec']>;
type Backend = NonNullable<Spec['defaultBackend']>;

const PATH_TYPES = ['Exact', 'ImplementationSpecific', 'Prefix'];
const INVALID_PATH_SEQUENCES = ['//', '/./', '/../', '%2f', '%2F'];
const INVALID_PATH_SUFFIXES = ['/..', '/.'];
const INGRESS_CLASS_ANNOTATION = 'kubernetes.io/ingress.class';

function validateBackend(b: Backend, path: string): FieldError[] {
  const errs: FieldError[] = [];
  if (b.resource && b.service) return [invalid(path, '', 'cannot set both resource and service backends')];
  if (b.resource) {
    if (!b.resource.kind) errs.push(required(`${path}.resource.kind`));
    if (!b.resource.name) errs.push(required(`${path}.resource.name`));
    return errs;
  }
  if (!b.service) return [invalid(path, '', 'resource or service backend is required')];
  const s = b.service;
  if (!s.name) errs.push(required(`${path}.service.name`));
  // ValidateServiceName: DNS-1035 (RelaxedServiceNameValidation is off by default).
  else errs.push(...isDNS1035Label(s.name).map((m) => invalid(`${path}.service.name`, s.name, m)));
  const portName = s.port?.name ?? '';
  const portNumber = s.port?.number ?? 0;
  if (portName && portNumber) errs.push(invalid(path, '', 'cannot set both port name & port number'));
  else if (portName)
    errs.push(...isValidPortName(portName).map((m) => invalid(`${path}.service.port.name`, portName, m)));
  else if (portNumber)
    errs.push(...isValidPortNum(portNumber).map((m) => invalid(`${path}.service.port.number`, portNumber, m)));
  else errs.push(required(path, 'port name or number is required'));
  return errs;
}

function validatePath(
  p: NonNullable<NonNullable<NonNullable<Spec['rules']>[number]['http']>['paths']>[number],
  path: string,
): FieldError[] {
  if (!p.pathType) return [required(`${path}.pathType`, 'pathType must be specified')];
  const errs: FieldError[] = [];
  const value = p.path ?? '';
  if (p.pathType === 'Exact' || p.pathType === 'Prefix') {
    if (!value.startsWith('/')) errs.push(invalid(`${path}.path`, value, 'must be an absolute path'));
    if (value.length > 0) {
      for (const seq of INVALID_PATH_SEQUENCES)
        if (value.includes(seq)) errs.push(invalid(`${path}.path`, value, `must not contain '${seq}'`));
      for (const suf of INVALID_PATH_SUFFIXES)
        if (value.endsWith(suf)) errs.push(invalid(`${path}.path`, value, `cannot end with '${suf}'`));
    }
  } else if (p.pathType === 'ImplementationSpecific') {
    if (value.length > 0 && !value.startsWith('/'))
      errs.push(invalid(`${path}.path`, value, 'must be an absolute path'));
  } else {
    errs.push(notSupported(`${path}.pathType`, p.pathType, PATH_TYPES));
  }
  errs.push(...validateBackend(p.backend ?? {}, `${path}.backend`));
  return errs;
}

function hostErrors(host: string, path: string): FieldError[] {
  const msgs = host.includes('*') ? isWildcardDNS1123Subdomain(host) : isDNS1123Subdomain(host);
  return msgs.map((m) => invalid(path, host, m));
}

export function validateIngressSpec(spec: Spec | undefined): FieldError[] {
  const s = spec ?? {};
  const errs: FieldError[] = [];
  const rules = s.rules ?? [];
  if (rules.length === 0 && !s.defaultBackend)
    errs.push(invalid('spec', s.rules ?? null, 'either `defaultBackend` or `rules` must be specified'));
  if (s.defaultBackend) errs.push(...validateBackend(s.defaultBackend, 'spec.defaultBackend'));
  rules.forEach((r, i) => {
    const rp = `spec.rules[${i}]`;
    if (r.host) {
      if (ipFamilyOf(r.host) !== null)
        errs.push(invalid(`${rp}.host`, r.host, 'must be a DNS name, not an IP address'));
      errs.push(...hostErrors(r.host, `${rp}.host`));
    }
    if (r.http) {
      const paths = r.http.paths ?? [];
      if (paths.length === 0) errs.push(required(`${rp}.http.paths`));
      paths.forEach((p, j) => errs.push(...validatePath(p, `${rp}.http.paths[${j}]`)));
    }
  });
  (s.tls ?? []).forEach((t, i) => {
    (t.hosts ?? []).forEach((h, j) => errs.push(...hostErrors(h, `spec.tls[${i}].hosts[${j}]`)));
    if (t.secretName)
      errs.push(...isDNS1123Subdomain(t.secretName).map((m) => invalid(`spec.tls[${i}].secretName`, t.secretName!, m)));
  });
  if (s.ingressClassName != null) {
    errs.push(
      ...isDNS1123Subdomain(s.ingressClassName).map((m) => invalid('spec.ingressClassName', s.ingressClassName!, m)),
    );
  }
  return errs;
}

export function validateIngress(ing: Ingress): FieldError[] {
  const errs = [...validateObjectMeta(ing.metadata, true, nameIsDNSSubdomain), ...validateIngressSpec(ing.spec)];
  const annotation = ing.metadata?.annotations?.[INGRESS_CLASS_ANNOTATION];
  const className = ing.spec?.ingressClassName;
  if (annotation !== undefined && className != null && annotation !== className) {
    errs.push(
      invalid(
        `annotations.${INGRESS_CLASS_ANNOTATION}`,
        annotation,
        'must match `ingressClassName` when both are specified',
      ),
    );
  }
  return errs;
}

/** maxLenIngressClassController (pkg/apis/networking/validation/validation.go): bytes, Go's len. */
const MAX_LEN_INGRESS_CLASS_CONTROLLER = 250;

/** ValidateIngressClass: spec.controller is a required domain-prefixed path (IsDomainPrefixedPath). */
export function validateIngressClass(ic: IngressClass): FieldError[] {
  const errs = validateObjectMeta(ic.metadata, false, nameIsDNSSubdomain);
  const controller = ic.spec?.controller ?? '';
  const path = 'spec.controller';
  if (utf8ByteLength(controller) > MAX_LEN_INGRESS_CLASS_CONTROLLER)
    errs.push(tooLong(path, MAX_LEN_INGRESS_CLASS_CONTROLLER));
  if (!controller) {
    errs.push(required(path));
  } else {
    const slash = controller.indexOf('/');
    if (slash < 0) errs.push(invalid(path, controller, 'must be a domain-prefixed path (such as "acme.io/foo")'));
    else {
      const host = controller.slice(0, slash);
      errs.push(...isDNS1123Subdomain(host).map((m) => invalid(path, host, m)));
    }
  }
  return errs;
}
