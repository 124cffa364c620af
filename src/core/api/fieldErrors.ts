// field.Error as the API server builds and renders it
// (k8s.io/apimachinery pkg/util/validation/field/errors.go; docs/api-server.md §2.2).

import type { FieldErrorType } from '../diagnostics.ts';

/** How a value is printed inside a message: Go %q for strings, %v for numbers, JSON otherwise (v1.34+). */
export type FieldValue = string | number | boolean | null | readonly unknown[] | Record<string, unknown> | undefined;

export interface FieldError {
  type: FieldErrorType;
  /** API field path, e.g. `spec.ports[1].name`. */
  field: string;
  value?: FieldValue;
  detail?: string;
  /** NotSupported only: the supported values. */
  supported?: readonly string[];
  /** NotSupported only: print `supported` in the given order (a CRD's enum), not sorted (native validation passes sorted sets). */
  keepOrder?: boolean;
  /**
   * Where the error is in the object as written, when `field` (upstream's path, which the message
   * prints) does not say: upstream reports every ownerReferences error on the list's path, so
   * `source` names the reference (`metadata.ownerReferences[1].uid`) for the editor's position.
   */
  source?: string;
}

export const required = (field: string, detail = ''): FieldError => ({ type: 'Required', field, detail });
export const forbidden = (field: string, detail: string): FieldError => ({ type: 'Forbidden', field, detail });
export const invalid = (field: string, value: FieldValue, detail: string): FieldError => ({
  type: 'Invalid',
  field,
  value,
  detail,
});
export const duplicate = (field: string, value: FieldValue): FieldError => ({ type: 'Duplicate', field, value });
/**
 * field.TooLong (and TooLongMaxLength, which calls it): the value is left out, the limit said in
 * bytes, as a real cluster prints it: `metadata.annotations: Too long: may not be more than 262144 bytes`.
 * Checked against apimachinery v0.34.10 pkg/util/validation/field/errors.go (docs/api-server.md §2.2).
 */
export const tooLong = (field: string, maxLength: number): FieldError => ({
  type: 'TooLong',
  field,
  detail: `may not be more than ${maxLength} ${maxLength === 1 ? 'byte' : 'bytes'}`,
});
/**
 * field.TooMany(field, actual, max): the actual count is the value, the limit said in items
 * (`item` for 1): `endpoints: Too many: 1001: must have at most 1000 items`.
 */
export const tooMany = (field: string, actual: number, max: number): FieldError => ({
  type: 'TooMany',
  field,
  value: actual,
  detail: `must have at most ${max} ${max === 1 ? 'item' : 'items'}`,
});
export const notSupported = (field: string, value: FieldValue, supported: readonly string[]): FieldError => ({
  type: 'NotSupported',
  field,
  value,
  supported,
});

/**
 * Go's strconv.Quote (`%q`): control characters as `\a \b \f \n \r \t \v`, `\xNN` below
 * U+0080 (ESC is `\x1b`), `\u00NN` for C1 controls, U+2028/U+2029; other text as written. So a
 * name or value in a message never carries a raw terminal escape.
 */
export function goQuote(s: string): string {
  let out = '"';
  for (const c of s) {
    const code = c.charCodeAt(0);
    const special = code < 0x20 || (code >= 0x7f && code <= 0x9f) || code === 0x2028 || code === 0x2029;
    out += special || c === '"' || c === '\\' ? goEscape(c) : c;
  }
  return `${out}"`;
}

const SHORT_ESCAPES: Record<string, string> = {
  '\x07': '\\a',
  '\b': '\\b',
  '\f': '\\f',
  '\n': '\\n',
  '\r': '\\r',
  '\t': '\\t',
  '\v': '\\v',
  '"': '\\"',
  '\\': '\\\\',
};

function goEscape(c: string): string {
  const short = SHORT_ESCAPES[c];
  if (short) return short;
  const code = c.charCodeAt(0);
  return code < 0x80 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
}

export function renderValue(value: FieldValue): string {
  if (typeof value === 'string') return goQuote(value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value === undefined || value === null) return 'null';
  // encoding/json Marshal escapes HTML (<, >, &) and U+2028/U+2029 as \u00XX / \u20XX; JSON.stringify does not.
  return JSON.stringify(value).replace(
    /[<>&\u2028\u2029]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/** `ErrorBody()`: the message without the field path. */
export function errorBody(e: FieldError): string {
  switch (e.type) {
    case 'Required':
      return e.detail ? `Required value: ${e.detail}` : 'Required value';
    case 'Forbidden':
      return e.detail ? `Forbidden: ${e.detail}` : 'Forbidden';
    case 'Invalid':
      return e.detail
        ? `Invalid value: ${renderValue(e.value)}: ${e.detail}`
        : `Invalid value: ${renderValue(e.value)}`;
    case 'Duplicate':
      return `Duplicate value: ${renderValue(e.value)}`;
    case 'NotSupported': {
      const values = [...(e.supported ?? [])];
      const list = (e.keepOrder ? values : values.sort()).map(goQuote).join(', ');
      return list
        ? `Unsupported value: ${renderValue(e.value)}: supported values: ${list}`
        : `Unsupported value: ${renderValue(e.value)}`;
    }
    case 'TooLong':
      return e.detail ? `Too long: ${e.detail}` : 'Too long';
    case 'TooMany':
      // field.TooMany: `Too many: <actual>: must have at most <max> items`.
      return `Too many: ${renderValue(e.value)}: ${e.detail ?? ''}`;
    case 'Internal':
      return e.detail ? `Internal error: ${e.detail}` : 'Internal error';
  }
}

/** `Error()`: `<field>: <body>`. */
export function renderFieldError(e: FieldError): string {
  return `${e.field}: ${errorBody(e)}`;
}

/**
 * What kubectl prints for a 422 Invalid response (kubectl checkErr / MultilineError):
 * one cause inline, several as `* ` bullets; duplicates skipped.
 */
export function kubectlInvalidMessage(kind: string, name: string, errors: readonly FieldError[]): string {
  const lines = [...new Set(errors.map(renderFieldError))];
  // apimachinery errors.NewInvalid and kubectl checkErr print the name with %q.
  if (lines.length === 1) return `The ${kind} ${goQuote(name)} is invalid: ${lines[0]}`;
  return `The ${kind} ${goQuote(name)} is invalid: \n${lines.map((l) => `* ${l}`).join('\n')}`;
}

/**
 * The 422 Status's `message`, i.e. what the client's error says when a command wraps it with `%v`
 * instead of handing it to checkErr (apimachinery pkg/api/errors NewInvalid: `%s %q is invalid: %v`
 * with the GroupKind (`Service`, `Deployment.apps`) and ErrorList.ToAggregate(); an aggregate of
 * several prints `[a, b]`, utilerrors aggregate.Error).
 */
export function statusInvalidMessage(groupKind: string, name: string, errors: readonly FieldError[]): string {
  const lines = [...new Set(errors.map(renderFieldError))];
  const agg = lines.length === 1 ? lines[0] : `[${lines.join(', ')}]`;
  return lines.length === 0
    ? `${groupKind} ${goQuote(name)} is invalid`
    : `${groupKind} ${goQuote(name)} is invalid: ${agg ?? ''}`;
}
