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
export const notSupported = (field: string, value: FieldValue, supported: readonly string[]): FieldError => ({
  type: 'NotSupported',
  field,
  value,
  supported,
});

/** Go's strconv.Quote for the ASCII strings Kubernetes names and values hold. */
export function goQuote(s: string): string {
  return JSON.stringify(s)
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

export function renderValue(value: FieldValue): string {
  if (typeof value === 'string') return goQuote(value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value === undefined || value === null) return 'null';
  return JSON.stringify(value);
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
      const list = [...(e.supported ?? [])].sort().map(goQuote).join(', ');
      return list
        ? `Unsupported value: ${renderValue(e.value)}: supported values: ${list}`
        : `Unsupported value: ${renderValue(e.value)}`;
    }
    case 'TooLong':
      return 'Too long';
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
  if (lines.length === 1) return `The ${kind} "${name}" is invalid: ${lines[0]}`;
  return `The ${kind} "${name}" is invalid: \n${lines.map((l) => `* ${l}`).join('\n')}`;
}
