// The values kubectl's JSONPath engine sees, and how Go prints them. kubectl hands the engine an
// object decoded into maps (unstructured JSON: objects are map[string]interface{}, arrays
// []interface{}, whole numbers int64, other numbers float64), so what a template prints is Go's
// formatting of those types: fmt's %v (custom-columns cells), %#v (the debugging dump in an
// error), encoding/json (maps and slices in a template's output). Template literals add Go `int`
// and `float64`, and a wildcard over a string gives its UTF-8 bytes (`uint8`).
import { goQuote } from '../../api/fieldErrors.ts';

export { goQuote };

/** A number whose Go type is not what a JS number would decode to (a literal or a string's byte). */
export class GoNum {
  readonly kind: 'int' | 'float64' | 'uint8';
  readonly value: number;
  constructor(kind: 'int' | 'float64' | 'uint8', value: number) {
    this.kind = kind;
    this.value = value;
  }
}

/** reflect.ValueOf(nil): no value at all (what a `range` over nothing evaluates its body with). */
export const INVALID: unique symbol = Symbol('invalid reflect.Value');

export type GoValue = null | boolean | string | number | GoNum | GoValue[] | { [key: string]: GoValue };
export type Val = GoValue | typeof INVALID;

export type GoKind = 'invalid' | 'nil' | 'bool' | 'string' | 'int64' | 'int' | 'uint8' | 'float64' | 'slice' | 'map';

export function kindOf(v: Val): GoKind {
  if (v === INVALID) return 'invalid';
  if (v === null) return 'nil';
  if (typeof v === 'boolean') return 'bool';
  if (typeof v === 'string') return 'string';
  if (typeof v === 'number') return Number.isInteger(v) ? 'int64' : 'float64';
  if (v instanceof GoNum) return v.kind;
  if (Array.isArray(v)) return 'slice';
  return 'map';
}

export function isMap(v: Val): v is { [key: string]: GoValue } {
  return kindOf(v) === 'map';
}

/** The Go type name as reflect prints it (`%v is not array or slice`). */
export function typeName(v: Val): string {
  const k = kindOf(v);
  if (k === 'slice') return '[]interface {}';
  if (k === 'map') return 'map[string]interface {}';
  if (k === 'nil') return 'interface {}';
  if (k === 'invalid') return '<nil>';
  return k;
}

export function numberOf(v: GoValue): number {
  return v instanceof GoNum ? v.value : (v as number);
}

/** Object keys in Go's map print order (fmt and encoding/json sort string keys bytewise). */
export function sortedKeys(m: { [key: string]: GoValue }): string[] {
  return Object.keys(m).sort(goStringCompare);
}

/** Go compares strings bytewise in UTF-8, which is code point order (JS `<` compares UTF-16 units). */
export function goStringCompare(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    const d = (x[i]?.codePointAt(0) ?? 0) - (y[i]?.codePointAt(0) ?? 0);
    if (d !== 0) return d < 0 ? -1 : 1;
  }
  return x.length === y.length ? 0 : x.length < y.length ? -1 : 1;
}

/** A string's UTF-8 bytes (a wildcard over a string walks its bytes). */
export function utf8Bytes(s: string): number[] {
  const out: number[] = [];
  for (const ch of s) {
    const c = ch.codePointAt(0) ?? 0;
    if (c < 0x80) out.push(c);
    else if (c < 0x800) out.push(0xc0 | (c >> 6), 0x80 | (c & 63));
    else if (c < 0x10000) out.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
    else out.push(0xf0 | (c >> 18), 0x80 | ((c >> 12) & 63), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
  }
  return out;
}

/** strconv.FormatFloat(f, 'g', -1, 64), which fmt's %v uses: shortest digits, `1e+06` form below 1e-4 and from 1e6. */
export function formatFloatG(f: number): string {
  if (Number.isNaN(f)) return 'NaN';
  if (!Number.isFinite(f)) return f > 0 ? '+Inf' : '-Inf';
  if (f === 0) return Object.is(f, -0) ? '-0' : '0';
  const [mant = '', expText = '0'] = f.toExponential().split('e');
  const negative = mant.startsWith('-');
  const digits = mant.replace('-', '').replace('.', '');
  const exp = Number(expText);
  // strconv: with the shortest precision, %e is used when exp < -4 || exp >= 6.
  let body: string;
  if (exp < -4 || exp >= 6) {
    const frac = digits.length > 1 ? `.${digits.slice(1)}` : '';
    const e = Math.abs(exp);
    body = `${digits[0]}${frac}e${exp < 0 ? '-' : '+'}${e < 10 ? `0${e}` : e}`;
  } else if (exp < 0) {
    body = `0.${'0'.repeat(-exp - 1)}${digits}`;
  } else {
    const intPart = digits.slice(0, exp + 1).padEnd(exp + 1, '0');
    const frac = digits.slice(exp + 1);
    body = frac ? `${intPart}.${frac}` : intPart;
  }
  return negative ? `-${body}` : body;
}

/** fmt.Sprint / %v. */
export function goSprint(v: Val): string {
  switch (kindOf(v)) {
    case 'invalid':
      return '<invalid reflect.Value>';
    case 'nil':
      return '<nil>';
    case 'bool':
    case 'string':
      return String(v);
    case 'float64':
      return formatFloatG(numberOf(v as GoValue));
    case 'int64':
    case 'int':
    case 'uint8':
      return String(numberOf(v as GoValue));
    case 'slice':
      return `[${(v as GoValue[]).map(goSprint).join(' ')}]`;
    case 'map': {
      const m = v as { [key: string]: GoValue };
      return `map[${sortedKeys(m)
        .map((k) => `${k}:${goSprint(m[k] ?? null)}`)
        .join(' ')}]`;
    }
  }
}

/** %#v, as kubectl's jsonpath printer dumps the object it was given when a template fails. */
export function goSyntax(v: Val): string {
  switch (kindOf(v)) {
    case 'invalid':
      return '<invalid reflect.Value>';
    case 'nil':
      return 'interface {}(nil)';
    case 'string':
      return goQuote(v as string);
    case 'slice':
      return `[]interface {}{${(v as GoValue[]).map(goSyntax).join(', ')}}`;
    case 'map': {
      const m = v as { [key: string]: GoValue };
      return `map[string]interface {}{${sortedKeys(m)
        .map((k) => `${goQuote(k)}:${goSyntax(m[k] ?? null)}`)
        .join(', ')}}`;
    }
    case 'bool':
    case 'float64':
    case 'int':
    case 'int64':
    case 'uint8':
      return goSprint(v);
  }
}

/** encoding/json's string encoding: HTML-safe (<, >, & escaped) and U+2028/U+2029 escaped. */
function jsonString(s: string): string {
  let out = '"';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const ch = s[i] ?? '';
    if (ch === '"' || ch === '\\') out += `\\${ch}`;
    else if (c === 10) out += '\\n';
    else if (c === 13) out += '\\r';
    else if (c === 9) out += '\\t';
    else if (c === 8) out += '\\b';
    else if (c === 12) out += '\\f';
    else if (c < 0x20 || ch === '<' || ch === '>' || ch === '&' || c === 0x2028 || c === 0x2029)
      out += `\\u${c.toString(16).padStart(4, '0')}`;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      out += ch + (s[i + 1] ?? '');
      i++;
    } else if (c >= 0xd800 && c <= 0xdfff) out += '\\ufffd';
    else out += ch;
  }
  return `${out}"`;
}

/**
 * json.Marshal (indent '') or json.MarshalIndent(v, "", indent): map keys sorted, numbers as Go
 * writes int64 and float64 (the same text as JavaScript's for finite numbers).
 */
export function goJson(v: Val, indent = ''): string {
  const walk = (x: Val, depth: number): string => {
    const k = kindOf(x);
    if (k === 'invalid' || k === 'nil') return 'null';
    if (k === 'string') return jsonString(x as string);
    if (k === 'bool') return String(x);
    if (k === 'slice' || k === 'map') {
      const entries =
        k === 'slice'
          ? (x as GoValue[]).map((e) => walk(e, depth + 1))
          : sortedKeys(x as { [key: string]: GoValue }).map(
              (key) =>
                `${jsonString(key)}:${indent ? ' ' : ''}${walk((x as { [key: string]: GoValue })[key] ?? null, depth + 1)}`,
            );
      const [open, close] = k === 'slice' ? ['[', ']'] : ['{', '}'];
      if (entries.length === 0) return open + close;
      if (!indent) return `${open}${entries.join(',')}${close}`;
      const pad = indent.repeat(depth + 1);
      return `${open}\n${pad}${entries.join(`,\n${pad}`)}\n${indent.repeat(depth)}${close}`;
    }
    return String(numberOf(x as GoValue));
  };
  return walk(v, 0);
}
