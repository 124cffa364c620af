// The texts kubectl prints for each outcome of `kubectl apply -f <file>`
// (kubectl pkg/cmd/util/helpers.go checkErr / StandardErrorMessage, AddSourceToErr;
// apimachinery pkg/api/errors NewBadRequest/NewNotFound/NewInternalError).
import type { AdmissionResult } from './admit.ts';
import { kubectlInvalidMessage, statusInvalidMessage, type FieldError } from './fieldErrors.ts';

export interface Who {
  kind: string;
  name: string;
  namespace?: string;
  fileName: string;
}

const base = (w: Who) => ({
  kind: w.kind,
  name: w.name,
  ...(w.namespace !== undefined ? { namespace: w.namespace } : {}),
});

export function invalidResult(
  w: Who,
  errors: FieldError[],
  warnings: AdmissionResult['warnings'] = [],
  groupKind = w.kind,
): AdmissionResult {
  return {
    ...base(w),
    outcome: 'invalid',
    fieldErrors: errors,
    message: kubectlInvalidMessage(w.kind, w.name, errors),
    statusMessage: statusInvalidMessage(groupKind, w.name, errors),
    warnings,
    ...(errors[0] ? { field: errors[0].field } : {}),
  };
}

export function badRequest(w: Who, message: string, field?: string, verb = 'creating'): AdmissionResult {
  return {
    ...base(w),
    outcome: 'bad-request',
    fieldErrors: [],
    warnings: [],
    message: `Error from server (BadRequest): error when ${verb} "${w.fileName}": ${message}`,
    ...(field ? { field } : {}),
  };
}

export function internalError(w: Who, message: string, verb = 'creating'): AdmissionResult {
  return {
    ...base(w),
    outcome: 'internal',
    fieldErrors: [],
    warnings: [],
    message: `Error from server (InternalError): error when ${verb} "${w.fileName}": Internal error occurred: ${message}`,
  };
}

export function namespaceNotFound(w: Who, ns: string): AdmissionResult {
  return {
    ...base(w),
    outcome: 'not-found',
    fieldErrors: [],
    warnings: [],
    field: 'metadata.namespace',
    message: `Error from server (NotFound): error when creating "${w.fileName}": namespaces "${ns}" not found`,
  };
}
