// One shape for every problem the core reports, whatever found it (YAML parser, decoder, API
// validation, allocation, controllers). Positions are 1-based like Monaco and like compilers'
// FILE:LINE:COL output.

export type Severity = 'error' | 'warning' | 'info';

/** field.ErrorType (k8s.io/apimachinery pkg/util/validation/field/errors.go): the kinds of field error the API server reports. */
export type FieldErrorType =
  'Required' | 'Forbidden' | 'Invalid' | 'Duplicate' | 'NotSupported' | 'TooLong' | 'TooMany' | 'Internal';

/** Stable codes: tests assert codes, not English sentences. */
export const DiagnosticCode = {
  yamlSyntax: 'KSP001',
  notAnObject: 'KSP002',
  unknownKind: 'KSP003',
  badRequest: 'KSP004',
  invalid: 'KSP005',
  internal: 'KSP006',
  alreadyExists: 'KSP007',
  warning: 'KSP008',
  limit: 'KSP009',
  controller: 'KSP010',
  notFound: 'KSP011',
  forbidden: 'KSP012',
} as const;
export type DiagnosticCode = (typeof DiagnosticCode)[keyof typeof DiagnosticCode];

/**
 * A problem the playground itself finds (a limit, a pod left Pending), not a text the API server or
 * a tool prints: a code and its parameters the faces word in the reader's language
 * (src/text/messages.ts). The diagnostic's `message` is its one English wording (ksp validate
 * --json, the CLI, the English page).
 */
export const DIAGNOSTIC_SAY_CODES = [
  'limit.size',
  'limit.depth',
  'limit.documents',
  'limit.replicasPerWorkload',
  'limit.podsPerScenario',
  // a document that is not a mapping (a list or a scalar where an object belongs)
  'stream.notObject',
  // a recorded kubectl command (KubectlHistory) that no longer applies; {why} is a code below or kubectl's own text
  'history.notReplayed',
  'history.onlyPodVerbs',
  'history.onlyPods',
  'history.deleteOne',
  // a built-in kind the API server stores and the playground does not act on (a ConfigMap, a Job…)
  'kind.storedNotSimulated',
  // the scheduler's and kubelet's verdicts on a pod (controllers/scheduler.ts): {name}, {node};
  // {why} is FitError's or kubelet's own message, verbatim
  'pod.unschedulable',
  'pod.sandboxFailed',
  'pod.boundToMissingNode',
  'pod.boundToNotReadyNode',
] as const;
export type DiagnosticSayCode = (typeof DIAGNOSTIC_SAY_CODES)[number];

export interface DiagnosticSay {
  code: DiagnosticSayCode;
  params: Readonly<Record<string, string | number | DiagnosticSay>>;
}

export interface Diagnostic {
  severity: Severity;
  code: DiagnosticCode;
  /** The message as kubectl (or the tool that found it) prints it. */
  message: string;
  /** The playground's own problems as a code, for the faces to word (English: `message`). */
  say?: DiagnosticSay;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  docIndex?: number;
  kind?: string;
  namespace?: string;
  name?: string;
  /** API field path, when the problem is about one field. */
  field?: string;
  type?: FieldErrorType;
}
