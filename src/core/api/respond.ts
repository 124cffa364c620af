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

/** The fields of a result that say which object it is about. */
export const whoFields = (w: Who) => ({
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
    ...whoFields(w),
    outcome: 'invalid',
    fieldErrors: errors,
    message: kubectlInvalidMessage(w.kind, w.name, errors),
    statusMessage: statusInvalidMessage(groupKind, w.name, errors),
    warnings,
    ...(errors[0] ? { field: errors[0].field } : {}),
  };
}

/** A request that stored nothing, with the text kubectl prints for it and the field it is about. */
export const refused = (
  w: Who,
  outcome: AdmissionResult['outcome'],
  message: string,
  field?: string,
): AdmissionResult => ({
  ...whoFields(w),
  outcome,
  fieldErrors: [],
  warnings: [],
  message,
  ...(field ? { field } : {}),
});

/**
 * A refused request as kubectl prints it (`Error from server (<reason>): error when <verb> "<file>": <message>`),
 * the Status reason and message of apimachinery's NewBadRequest, NewInternalError, NewNotFound, NewForbidden.
 */
const serverError = (
  w: Who,
  outcome: AdmissionResult['outcome'],
  reason: string,
  message: string,
  field?: string,
  verb = 'creating',
): AdmissionResult =>
  refused(w, outcome, `Error from server (${reason}): error when ${verb} "${w.fileName}": ${message}`, field);

export const badRequest = (w: Who, message: string, field?: string, verb?: string): AdmissionResult =>
  serverError(w, 'bad-request', 'BadRequest', message, field, verb);

export const internalError = (w: Who, message: string, verb?: string): AdmissionResult =>
  serverError(w, 'internal', 'InternalError', `Internal error occurred: ${message}`, undefined, verb);

export const namespaceNotFound = (w: Who, ns: string): AdmissionResult =>
  serverError(w, 'not-found', 'NotFound', `namespaces "${ns}" not found`, 'metadata.namespace');

/** A refusal by an admission plugin (admission.NewForbidden): `message` is the Status message. */
export const forbidden = (w: Who, message: string, field: string): AdmissionResult =>
  serverError(w, 'forbidden', 'Forbidden', message, field);
