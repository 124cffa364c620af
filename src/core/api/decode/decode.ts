// What the API server's JSON decoder reports for a body of the wrong types
// (sigs.k8s.io/json, a fork of encoding/json: UnmarshalTypeError "json: cannot unmarshal <value>
// into Go struct field <Struct>.<json path> of type <type>"; the path lists field names without
// indices; map values keep the enclosing struct's path). The first type error wins; only without
// one are unknown fields of closed structs reported ("strict decoding error: unknown field …").
import type { Schema } from './schema.ts';
import { admissionPlugin } from '../plugins.ts';

export interface DecodeError {
  /** The decoder's error text (without the `<Kind> in version … cannot be handled` prefix). */
  message: string;
  /** API field path of the offending value, e.g. `spec.ports[0].port`, to position it. */
  field: string;
  /** An Unmarshaler's error (a quantity's): encoding/json returns it at once, before any type error saved earlier. */
  now?: boolean;
}

interface Ctx {
  struct: string;
  names: string[];
  path: string;
}

function jsonKind(v: unknown): string {
  if (Array.isArray(v)) return 'array';
  if (typeof v === 'number') return 'number';
  if (typeof v === 'boolean') return 'bool';
  if (typeof v === 'string') return 'string';
  return 'object';
}

function typeError(value: string, s: { go: string } | { t: 'bool' }, ctx: Ctx): DecodeError {
  const go = 'go' in s ? s.go : 'bool';
  const where = ctx.names.length > 0 ? `Go struct field ${ctx.struct}.${ctx.names.join('.')}` : 'Go value';
  return { message: `json: cannot unmarshal ${value} into ${where} of type ${go}`, field: ctx.path };
}

const INT_RANGE = {
  int32: [-2147483648, 2147483647],
  int64: [Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER],
} as const;

function check(v: unknown, s: Schema, ctx: Ctx, unknown: string[]): DecodeError | null {
  if (v === null || v === undefined || s.t === 'any') return null;
  switch (s.t) {
    case 'string':
      return typeof v === 'string' ? null : typeError(jsonKind(v), s, ctx);
    case 'bool':
      return typeof v === 'boolean' ? null : typeError(jsonKind(v), s, ctx);
    case 'int': {
      // A bigint is a JSON number too long for a double (kubectl sends `--replicas` as written).
      const big = typeof v === 'bigint';
      if (!big && typeof v !== 'number') return typeError(jsonKind(v), s, ctx);
      const [lo, hi] = INT_RANGE[s.go];
      return (big || Number.isInteger(v)) && v >= lo && v <= hi ? null : typeError(`number ${v}`, s, ctx);
    }
    case 'quantity':
      return admissionPlugin('quantities').decodeError(v, ctx.path);
    case 'intOrString':
      // IntOrString.UnmarshalJSON: a quoted value is a name, anything else is decoded as int32 on its own.
      if (typeof v === 'string') return null;
      if (typeof v === 'number' && Number.isInteger(v) && v >= -2147483648 && v <= 2147483647) return null;
      return {
        message: `json: cannot unmarshal ${typeof v === 'number' ? `number ${v}` : jsonKind(v)} into Go value of type int32`,
        field: ctx.path,
      };
    case 'map': {
      if (typeof v !== 'object' || Array.isArray(v)) return typeError(jsonKind(v), s, ctx);
      for (const [k, item] of Object.entries(v)) {
        const e = check(item, s.value, { ...ctx, path: `${ctx.path}[${k}]` }, unknown);
        if (e) return e;
      }
      return null;
    }
    case 'array': {
      if (!Array.isArray(v)) return typeError(jsonKind(v), s, ctx);
      for (let i = 0; i < v.length; i++) {
        const e = check(v[i], s.item, { ...ctx, path: `${ctx.path}[${i}]` }, unknown);
        if (e) return e;
      }
      return null;
    }
    case 'struct': {
      if (typeof v !== 'object' || Array.isArray(v)) return typeError(jsonKind(v), s, ctx);
      let first: DecodeError | null = null;
      for (const [k, item] of Object.entries(v as Record<string, unknown>)) {
        const path = ctx.path ? `${ctx.path}.${k}` : k;
        const fs = Object.prototype.hasOwnProperty.call(s.fields, k) ? s.fields[k] : undefined;
        if (!fs) {
          if (!s.open) unknown.push(path);
          continue;
        }
        const e = check(item, fs, { struct: s.name, names: [...ctx.names, k], path }, unknown);
        if (e?.now) return e;
        if (e && !first) first = e;
      }
      return first;
    }
  }
}

export function decodeErrors(obj: unknown, schema: Schema): DecodeError | null {
  const unknown: string[] = [];
  const e = check(obj, schema, { struct: schema.t === 'struct' ? schema.name : '', names: [], path: '' }, unknown);
  if (e) return e;
  if (unknown.length > 0) {
    return {
      message: `strict decoding error: ${unknown.map((u) => `unknown field "${u}"`).join(', ')}`,
      field: unknown[0]!,
    };
  }
  return null;
}

/**
 * What the decoder leaves, as the stored object shows it: a quantity as its String() (a
 * ResourceList's rounded up to milli). And what encoding/json leaves after decoding a `null` (YAML `key:` with no value, `~`): a struct
 * field keeps its zero value — absent here, as the simulator reads absence as "not set" (most
 * optional API fields are pointers, which null makes nil) — and a map value or a list item
 * becomes the zero value of its type ("" for map[string]string, {} for a struct item).
 * Without this, validation code that trusts the decoded types reads `null.length`.
 */
export function applyGoNulls(v: unknown, s: Schema): unknown {
  if (v === null || v === undefined || s.t === 'any') return v;
  switch (s.t) {
    case 'map':
      if (typeof v !== 'object' || Array.isArray(v)) return v;
      for (const [k, item] of Object.entries(v as Record<string, unknown>)) {
        (v as Record<string, unknown>)[k] = item === null ? zeroOf(s.value) : applyGoNulls(item, s.value);
      }
      return v;
    case 'array':
      if (!Array.isArray(v)) return v;
      for (let i = 0; i < v.length; i++) v[i] = v[i] === null ? zeroOf(s.item) : applyGoNulls(v[i], s.item);
      return v;
    case 'struct': {
      if (typeof v !== 'object' || Array.isArray(v)) return v;
      const o = v as Record<string, unknown>;
      for (const [k, item] of Object.entries(o)) {
        const fs = Object.prototype.hasOwnProperty.call(s.fields, k) ? s.fields[k] : undefined;
        if (!fs) continue;
        if (item === null) delete o[k];
        else o[k] = applyGoNulls(item, fs);
      }
      return v;
    }
    case 'quantity':
      return admissionPlugin('quantities').stored(v);
    case 'string':
    case 'int':
    case 'bool':
    case 'intOrString':
      return v; // a scalar holds no nested null
  }
}

function zeroOf(s: Schema): unknown {
  switch (s.t) {
    case 'string':
      return '';
    case 'int':
      return 0;
    case 'bool':
      return false;
    case 'intOrString':
      return 0;
    case 'quantity':
      return '0';
    case 'struct':
      return {};
    case 'map':
    case 'array':
    case 'any':
      return null;
  }
}
