// How the API server treats an object of a CustomResourceDefinition (k8s.io/apiextensions-apiserver):
// null fields are pruned and the schema's defaults applied (pkg/apiserver/schema/defaulting
// Default, run when the object is decoded), then the structural OpenAPI schema is checked
// (kube-openapi pkg/validation/validate, turned into field errors by
// pkg/apiserver/validation kubeOpenAPIResultToFieldErrors), then the x-kubernetes-validations
// CEL rules (pkg/apiserver/schema/cel/validation.go: a failed rule is `Invalid value: "<type>":
// <message>` at the node that carries it). The CEL expressions are written here as TypeScript
// predicates next to their exact messages (src/core/api/gateway/schemas.ts); docs/gateway-api.md §2.
import { tooLong, tooMany, type FieldError, type FieldValue } from '../fieldErrors.ts';

export type OType = 'string' | 'integer' | 'boolean' | 'object' | 'array';

/** One x-kubernetes-validations rule: the CEL expression as a predicate over the node, and its message. */
export interface CelRule {
  message: string;
  /** True when the rule holds. Only called on a node of the schema's type. */
  holds: (self: never) => boolean;
}

export interface OSchema {
  type: OType;
  enum?: readonly (string | number)[];
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  minItems?: number;
  maxItems?: number;
  required?: readonly string[];
  default?: unknown;
  properties?: Readonly<Record<string, OSchema>>;
  items?: OSchema;
  /** map[string]string style objects (label selectors' matchLabels). */
  additionalProperties?: OSchema;
  /** Fields below are not modelled: accepted as written (no unknown-field or type check below this node). */
  open?: boolean;
  rules?: readonly CelRule[];
}

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Fields the schema does not declare, as field paths (`spec.rules[0].foo`): with kubectl's default
 * --validate=strict the API server refuses them ("strict decoding error: unknown field …");
 * a value of the wrong type is left to the schema check, which words it the CRD way.
 */
export function unknownFields(v: unknown, s: OSchema, path: string): string[] {
  const out: string[] = [];
  const walk = (x: unknown, sc: OSchema, p: string): void => {
    if (sc.type === 'array' && Array.isArray(x) && sc.items)
      x.forEach((item, i) => walk(item, sc.items!, `${p}[${i}]`));
    if (sc.type !== 'object' || !isObj(x) || sc.open || sc.additionalProperties) return;
    for (const [k, item] of Object.entries(x)) {
      const ps = Object.prototype.hasOwnProperty.call(sc.properties ?? {}, k) ? sc.properties![k] : undefined;
      if (ps) walk(item, ps, `${p}.${k}`);
      else out.push(`${p}.${k}`);
    }
  };
  walk(v, s, path);
  return out;
}

const clone = (v: unknown): unknown => (v === undefined ? v : JSON.parse(JSON.stringify(v)));

/** Pruning of nulls and structural defaulting, in place (defaults go top-down, so a defaulted object gets its own defaults). */
export function applyCrdDefaults(v: unknown, s: OSchema): void {
  if (s.type === 'object' && isObj(v) && !s.open) {
    for (const [k, ps] of Object.entries(s.properties ?? {})) {
      if (v[k] === null) delete v[k];
      if (v[k] === undefined && ps.default !== undefined) v[k] = clone(ps.default);
      if (v[k] !== undefined) applyCrdDefaults(v[k], ps);
    }
    if (s.additionalProperties) for (const k of Object.keys(v)) if (v[k] === null) delete v[k];
  } else if (s.type === 'array' && Array.isArray(v) && s.items) {
    for (const item of v) applyCrdDefaults(item, s.items);
  }
}

function jsonType(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  if (typeof v === 'number') return Number.isInteger(v) ? 'integer' : 'number';
  return typeof v; // string, boolean, object
}

const patterns = new Map<string, RegExp>();
function regex(p: string): RegExp {
  let r = patterns.get(p);
  if (!r) {
    r = new RegExp(p, 'u');
    patterns.set(p, r);
  }
  return r;
}

/** kube-openapi's checks of one node and its children, as field errors; then the CEL rules of nodes of the right type. */
export function validateCrd(v: unknown, s: OSchema, path: string): FieldError[] {
  const errs: FieldError[] = [];
  const schemaErrs = (x: unknown, sc: OSchema, p: string): void => {
    const t = jsonType(x);
    if (t !== sc.type) {
      // InvalidType: value is the JSON type it got ("string"), message `<path> in body must be of type <want>: "<got>"`.
      errs.push({ type: 'Invalid', field: p, value: t, detail: `${p} in body must be of type ${sc.type}: "${t}"` });
      return;
    }
    if (sc.enum && !sc.enum.includes(x as string | number)) {
      errs.push({
        type: 'NotSupported',
        field: p,
        value: x as FieldValue,
        supported: sc.enum.map(String),
        keepOrder: true,
      });
    }
    if (typeof x === 'string') {
      // kube-openapi's stringValidator: maxLength, minLength, pattern, and only the first that fails
      // (each returns); lengths in characters (utf8.RuneCountInString), the TooLong message in bytes.
      const chars = [...x].length;
      if (sc.maxLength !== undefined && chars > sc.maxLength) errs.push(tooLong(p, sc.maxLength));
      else if (sc.minLength !== undefined && chars < sc.minLength)
        errs.push({
          type: 'Invalid',
          field: p,
          value: x,
          detail: `${p} in body should be at least ${sc.minLength} chars long`,
        });
      else if (sc.pattern !== undefined && !regex(sc.pattern).test(x))
        errs.push({ type: 'Invalid', field: p, value: x, detail: `${p} in body should match '${sc.pattern}'` });
    }
    if (typeof x === 'number') {
      if (sc.minimum !== undefined && x < sc.minimum)
        errs.push({
          type: 'Invalid',
          field: p,
          value: x,
          detail: `${p} in body should be greater than or equal to ${sc.minimum}`,
        });
      if (sc.maximum !== undefined && x > sc.maximum)
        errs.push({
          type: 'Invalid',
          field: p,
          value: x,
          detail: `${p} in body should be less than or equal to ${sc.maximum}`,
        });
    }
    if (Array.isArray(x)) {
      if (sc.maxItems !== undefined && x.length > sc.maxItems) errs.push(tooMany(p, x.length, sc.maxItems));
      if (sc.minItems !== undefined && x.length < sc.minItems)
        errs.push({
          type: 'Invalid',
          field: p,
          value: x.length,
          detail: `${p} in body should have at least ${sc.minItems} items`,
        });
      if (sc.items) x.forEach((item, i) => schemaErrs(item, sc.items!, `${p}[${i}]`));
    }
    if (isObj(x) && !sc.open) {
      for (const r of sc.required ?? [])
        if (x[r] === undefined) errs.push({ type: 'Required', field: `${p}.${r}`, detail: '' });
      for (const [k, ps] of Object.entries(sc.properties ?? {}))
        if (x[k] !== undefined) schemaErrs(x[k], ps, `${p}.${k}`);
      if (sc.additionalProperties)
        for (const [k, item] of Object.entries(x)) schemaErrs(item, sc.additionalProperties, `${p}.${k}`);
    }
  };
  schemaErrs(v, s, path);
  celErrs(v, s, path, errs);
  return errs;
}

/** A rule that cannot be evaluated (a child of the wrong type, already reported by the schema check) is not reported twice. */
function holdsSafely(r: CelRule, v: unknown): boolean {
  try {
    return r.holds(v as never);
  } catch {
    return true;
  }
}

function celErrs(v: unknown, s: OSchema, path: string, errs: FieldError[]): void {
  if (jsonType(v) !== s.type) return;
  // A node's own rules first, then its children's (cel/validation.go validateExpressions, then properties/items).
  for (const r of s.rules ?? []) {
    if (!holdsSafely(r, v)) errs.push({ type: 'Invalid', field: path, value: s.type, detail: r.message });
  }
  if (Array.isArray(v) && s.items) v.forEach((item, i) => celErrs(item, s.items!, `${path}[${i}]`, errs));
  if (isObj(v) && !s.open)
    for (const [k, ps] of Object.entries(s.properties ?? {}))
      if (v[k] !== undefined) celErrs(v[k], ps, `${path}.${k}`, errs);
}
