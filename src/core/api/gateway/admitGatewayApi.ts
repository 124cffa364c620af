// What the API server does with a Gateway API object (a custom resource of the CRDs in
// schemas.ts): status is the status subresource's, so a create or apply drops it
// (apiextensions-apiserver pkg/registry/customresource strategy.go PrepareForCreate/PrepareForUpdate),
// then the schema's defaults, then metadata (names are DNS-1123 subdomains, as for every custom
// resource), the OpenAPI schema and the CEL rules (crd/openapi.ts). Gateway's status has a schema
// default (Accepted and Programmed Unknown, "Waiting for controller"), which is what a Gateway no
// controller serves keeps.
import type { K8sObject } from '../../model/objects.ts';
import type { FieldError } from '../fieldErrors.ts';
import { required } from '../fieldErrors.ts';
import { applyCrdDefaults, unknownFields, validateCrd } from '../crd/openapi.ts';
import { validateObjectMeta } from '../validation/objectMeta.ts';
import { nameIsDNSSubdomain } from '../validation/names.ts';
import { GATEWAY_API_SPECS } from './schemas.ts';

export const GATEWAY_API_KINDS: ReadonlySet<string> = new Set(Object.keys(GATEWAY_API_SPECS));

const PENDING = (type: string) => ({
  lastTransitionTime: '1970-01-01T00:00:00Z',
  message: 'Waiting for controller',
  reason: 'Pending',
  status: 'Unknown',
  type,
});

/** The strict decoder's complaint about fields the CRD does not declare (same wording as for built-in kinds). */
export function gatewayApiDecodeError(obj: K8sObject): { message: string; field: string } | null {
  const spec = GATEWAY_API_SPECS[String(obj.kind)];
  if (!spec || obj['spec'] === undefined) return null;
  const unknown = unknownFields(obj['spec'], spec, 'spec');
  if (unknown.length === 0) return null;
  return {
    message: `strict decoding error: ${unknown.map((u) => `unknown field "${u}"`).join(', ')}`,
    field: unknown[0]!,
  };
}

/** The status subresource owns status: a create or apply through the main resource drops it. */
export function dropGatewayApiStatus(obj: K8sObject): void {
  if (GATEWAY_API_SPECS[String(obj.kind)]) delete obj['status'];
}

/** The CRD's defaults, in place: spec, and for GatewayClass and Gateway a status nobody has written yet. */
export function setGatewayApiDefaults(obj: K8sObject): void {
  const kind = String(obj.kind);
  const spec = GATEWAY_API_SPECS[kind];
  if (!spec) return;
  if (kind === 'Gateway') obj['status'] ??= { conditions: [PENDING('Accepted'), PENDING('Programmed')] };
  if (kind === 'GatewayClass') obj['status'] ??= { conditions: [PENDING('Accepted')] };
  if (obj['spec'] !== undefined) applyCrdDefaults(obj['spec'], spec);
}

export function validateGatewayApiObject(obj: K8sObject): FieldError[] {
  const kind = String(obj.kind);
  const spec = GATEWAY_API_SPECS[kind];
  if (!spec) return [];
  const errs = validateObjectMeta(obj.metadata ?? {}, kind !== 'GatewayClass', nameIsDNSSubdomain, false);
  if (obj['spec'] === undefined) errs.push(required('spec'));
  else errs.push(...validateCrd(obj['spec'], spec, 'spec'));
  return errs;
}
