// Reads the `goal:` of a lesson step and names every missing or mistyped field.
import type { Outcome } from '../dataplane/types.ts';
import type { Goal, GoalType } from './types.ts';
import { isRecord, pathText, readText, type Path, type Report } from './manifestReader.ts';

const OUTCOMES: readonly Outcome[] = ['ok', 'refused', 'timeout', 'dns-error', 'http-error', 'unreachable'];

/** The fields each goal type takes; the first list is required. */
const FIELDS: Record<GoalType, [string[], string[]]> = {
  reach: [
    ['from', 'to'],
    ['count', 'expect'],
  ],
  distribution: [['from', 'to', 'count', 'minPods'], ['interval']],
  sticky: [['from', 'to', 'count'], ['interval']],
  fails: [
    ['from', 'to'],
    ['outcome', 'reasonIncludes'],
  ],
  valid: [[], []],
  invalid: [['messageIncludes'], []],
  object: [['kind', 'name', 'fieldEquals'], ['namespace']],
  predict: [['question', 'service'], ['namespace']],
  kubectl: [['argv', 'stdoutIncludes'], []],
  expires: [['client', 'service', 'minPods'], ['namespace']],
};

export function parseGoal(v: unknown, path: Path, report: Report): Goal | undefined {
  if (!isRecord(v)) {
    report(path, `${pathText(path)} must be a mapping with a type (${Object.keys(FIELDS).join(', ')})`);
    return undefined;
  }
  const type = v.type;
  if (typeof type !== 'string' || !Object.prototype.hasOwnProperty.call(FIELDS, type)) {
    report(
      [...path, 'type'],
      `unknown goal type ${JSON.stringify(type ?? null)} (use one of: ${Object.keys(FIELDS).join(', ')})`,
    );
    return undefined;
  }
  const t = type as GoalType;
  const [required, optional] = FIELDS[t];
  let ok = true;
  const fail = (key: string, message: string) => {
    report(v[key] === undefined ? path : [...path, key], message);
    ok = false;
  };
  for (const key of required) if (v[key] === undefined) fail(key, `a ${t} goal needs "${key}"`);
  for (const key of Object.keys(v)) {
    if (key !== 'type' && !required.includes(key) && !optional.includes(key))
      fail(
        key,
        `a ${t} goal has no field "${key}" (it takes ${[...required, ...optional].join(', ') || 'nothing else'})`,
      );
  }
  const str = (key: string) => {
    const x = v[key];
    if (x !== undefined && (typeof x !== 'string' || x.trim() === '')) fail(key, `${key} must be a non-empty string`);
  };
  const int = (key: string, min: number, max: number) => {
    const x = v[key];
    if (x !== undefined && (typeof x !== 'number' || !Number.isInteger(x) || x < min || x > max))
      fail(key, `${key} must be a whole number from ${min} to ${max}`);
  };
  const labels = (key: string, x: unknown) => {
    if (x !== undefined && (!isRecord(x) || Object.values(x).some((s) => typeof s !== 'string')))
      fail(key, `${key} must be a mapping of label: value strings`);
  };
  for (const key of ['from', 'to', 'reasonIncludes', 'messageIncludes', 'kind', 'name', 'namespace', 'service'])
    str(key);
  int('count', 1, 500);
  int('minPods', 1, 100);
  if (v.interval !== undefined && (typeof v.interval !== 'number' || !(v.interval > 0) || v.interval > 86_400))
    fail('interval', 'interval must be simulated seconds between requests, in (0, 86400]');
  if (v.outcome !== undefined && !OUTCOMES.includes(v.outcome as Outcome))
    fail('outcome', `outcome must be one of ${OUTCOMES.join(', ')}`);
  if (v.expect !== undefined) {
    if (!isRecord(v.expect) || Object.keys(v.expect).some((k) => k !== 'pod' && k !== 'podLabel'))
      fail('expect', 'expect takes pod and/or podLabel');
    else {
      if (v.expect.pod !== undefined && typeof v.expect.pod !== 'string')
        fail('expect', 'expect.pod must be a pod name');
      labels('expect', v.expect.podLabel);
    }
  }
  labels('podLabel', v.podLabel);
  if (
    v.fieldEquals !== undefined &&
    (!isRecord(v.fieldEquals) ||
      Object.keys(v.fieldEquals).length === 0 ||
      Object.values(v.fieldEquals).some((x) => !['string', 'number', 'boolean'].includes(typeof x)))
  ) {
    fail('fieldEquals', 'fieldEquals maps field paths (spec.type) to a string, number or boolean');
  }
  const argv = typeof v.argv === 'string' ? v.argv.trim().split(/\s+/) : v.argv;
  if (v.argv !== undefined && (!Array.isArray(argv) || argv.length === 0 || argv.some((a) => typeof a !== 'string')))
    fail('argv', 'argv is the kubectl command line, as a string or a list of words');
  const includes = typeof v.stdoutIncludes === 'string' ? [v.stdoutIncludes] : v.stdoutIncludes;
  if (
    v.stdoutIncludes !== undefined &&
    (!Array.isArray(includes) || includes.length === 0 || includes.some((a) => typeof a !== 'string' || a === ''))
  )
    fail('stdoutIncludes', 'stdoutIncludes is a string or a list of strings the output must contain');
  const question =
    t === 'predict' && v.question !== undefined ? readText(v.question, [...path, 'question'], report) : undefined;
  if (t === 'predict' && v.question !== undefined && !question) ok = false;
  if (!ok) return undefined;
  // Every field was checked above; read them with their checked types.
  const g = v as unknown as {
    from: string;
    to: string;
    count: number;
    minPods: number;
    interval?: number;
    outcome?: Outcome;
    reasonIncludes?: string;
    messageIncludes: string;
    kind: string;
    name: string;
    namespace?: string;
    fieldEquals: Record<string, string | number | boolean>;
    service: string;
    client: string;
    expect?: { pod?: string; podLabel?: Record<string, string> };
  };
  switch (t) {
    case 'reach':
      return {
        type: t,
        from: g.from,
        to: g.to,
        ...(g.count !== undefined ? { count: g.count } : {}),
        ...(g.expect !== undefined ? { expect: g.expect } : {}),
      };
    case 'distribution':
      return {
        type: t,
        from: g.from,
        to: g.to,
        count: g.count,
        minPods: g.minPods,
        ...(g.interval !== undefined ? { interval: g.interval } : {}),
      };
    case 'sticky':
      return {
        type: t,
        from: g.from,
        to: g.to,
        count: g.count,
        ...(g.interval !== undefined ? { interval: g.interval } : {}),
      };
    case 'fails':
      return {
        type: t,
        from: g.from,
        to: g.to,
        ...(g.outcome !== undefined ? { outcome: g.outcome } : {}),
        ...(g.reasonIncludes !== undefined ? { reasonIncludes: g.reasonIncludes } : {}),
      };
    case 'valid':
      return { type: t };
    case 'invalid':
      return { type: t, messageIncludes: g.messageIncludes };
    case 'object':
      return {
        type: t,
        kind: g.kind,
        name: g.name,
        fieldEquals: g.fieldEquals,
        ...(g.namespace !== undefined ? { namespace: g.namespace } : {}),
      };
    case 'predict':
      return {
        type: t,
        question: question!,
        service: g.service,
        ...(g.namespace !== undefined ? { namespace: g.namespace } : {}),
      };
    case 'kubectl':
      return { type: t, argv: argv as string[], stdoutIncludes: includes as string[] };
    case 'expires':
      return {
        type: t,
        client: g.client,
        service: g.service,
        minPods: g.minPods,
        ...(g.namespace !== undefined ? { namespace: g.namespace } : {}),
      };
  }
}
