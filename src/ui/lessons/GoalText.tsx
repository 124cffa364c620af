// A step's goal and a Check's verdict in the learner's words, as React elements: names, addresses,
// commands and outputs are code spans, placeholders show the cluster's values (Filled.tsx). The
// goal reads its own fields (the UI states what the checker will test); the verdict reads the
// core's code and parameters (src/core/lessons/goalResult.ts).
import '../i18n/laterWords.ts';
import type { ReactNode } from 'react';
import type { Goal } from '../../scenarios/lessons/index.ts';
import type { GoalCode } from '../../core/lessons/index.ts';
import type { RichTranslate } from '../i18n/richText.tsx';
import type { Language, Translate } from '../i18n/translate.ts';
import { outcomeText, saidText } from '../../text/said.ts';
import type { MessageKey } from '../i18n/en.ts';
import type { CheckResult } from './lessonStore.ts';
import { kubectlCommand } from './templates.ts';
import { describePlaceholder } from './Filled.tsx';

/** A word shown as code; several as a comma-separated list of code spans. */
export function codeList(values: readonly ReactNode[]): ReactNode {
  return values.map((v, i) => (
    <span key={i}>
      {i > 0 && ', '}
      <code>{v}</code>
    </span>
  ));
}

export function goalNodes(goal: Goal, rt: RichTranslate, fill: (template: string) => ReactNode): ReactNode {
  const c = (v: ReactNode) => <code>{v}</code>;
  switch (goal.type) {
    case 'reach':
      return goal.expect?.pod
        ? rt('goal.reachPod', { from: c(goal.from), to: c(fill(goal.to)), pod: c(goal.expect.pod) })
        : rt('goal.reach', { from: c(goal.from), to: c(fill(goal.to)) });
    case 'distribution':
      return rt('goal.distribution', {
        from: c(goal.from),
        to: c(fill(goal.to)),
        count: goal.count,
        minPods: goal.minPods,
      });
    case 'sticky':
      return rt('goal.sticky', { from: c(goal.from), to: c(fill(goal.to)), count: goal.count });
    case 'fails':
      return goal.outcome
        ? rt('goal.failsWith', { from: c(goal.from), to: c(fill(goal.to)), outcome: c(goal.outcome) })
        : rt('goal.fails', { from: c(goal.from), to: c(fill(goal.to)) });
    case 'valid':
      return rt('goal.valid', {});
    case 'invalid':
      return rt('goal.invalid', { message: c(goal.messageIncludes) });
    case 'object':
      return rt('goal.object', {
        kind: goal.kind,
        name: c(goal.name),
        fields: codeList(Object.entries(goal.fieldEquals).map(([k, v]) => `${k}=${String(v)}`)),
      });
    case 'predict':
      return rt('goal.predict', { service: c(goal.service) });
    case 'expires':
      return rt('goal.expires', { client: c(goal.client), service: c(goal.service), minPods: goal.minPods });
    case 'kubectl':
      return rt('goal.kubectl', {
        command: c(fill(kubectlCommand(goal.argv))),
        expected: codeList(goal.stdoutIncludes),
      });
  }
}

/** Parameters that are sentences (a dataplane reason, an API server message), not words: plain text. */
const PROSE = new Set(['reason', 'message']);

export function verdictNodes(result: CheckResult, rt: RichTranslate, t: Translate, lang: Language = 'en'): ReactNode {
  if (result.note !== undefined) return t(result.note);
  const vars: Record<string, ReactNode> = {};
  for (const [k, v] of Object.entries(result.params)) {
    if (typeof v === 'number') vars[k] = v;
    else if (typeof v === 'string') vars[k] = PROSE.has(k) ? v : <code>{v}</code>;
    else if ('code' in v) vars[k] = saidText(lang, v);
    else vars[k] = codeList(v);
  }
  // A failed request: the data path's explanation and outcome in the page's language.
  const why = result.params.why;
  if (why && typeof why === 'object' && 'code' in why) vars.reason = saidText(lang, why);
  const outcome = result.params.outcome;
  if (lang === 'ko' && typeof outcome === 'string') vars.outcome = outcomeText(lang, outcome);
  if (result.code === 'timeout') return t('worker.checkTimeout', { seconds: Number(result.params.seconds ?? 0) });
  if (result.code === 'restarted') return t('worker.checkRestarted');
  if (result.code === 'unresolved')
    return rt('check.unresolved', {
      what: describePlaceholder(String(result.params.placeholder ?? ''), String(result.params.name ?? ''), t),
    });
  return rt(CHECK_KEYS[result.code], vars);
}

/** The dictionary entry of each verdict code: a new code is a compile error until it has one. */
const CHECK_KEYS: Record<Exclude<GoalCode, 'timeout' | 'restarted' | 'unresolved'>, MessageKey> = {
  'valid.ok': 'check.valid.ok',
  'valid.error': 'check.valid.error',
  'invalid.ok': 'check.invalid.ok',
  'invalid.other': 'check.invalid.other',
  'invalid.none': 'check.invalid.none',
  'object.missing': 'check.object.missing',
  'object.field': 'check.object.field',
  'object.ok': 'check.object.ok',
  'from.noPod': 'check.from.noPod',
  'from.invalid': 'check.from.invalid',
  'request.failed': 'check.request.failed',
  'fails.ok': 'check.fails.ok',
  'fails.stillReaches': 'check.fails.stillReaches',
  'fails.differently': 'check.fails.differently',
  'reach.ok': 'check.reach.ok',
  'reach.otherPod': 'check.reach.otherPod',
  'distribution.ok': 'check.distribution.ok',
  'distribution.few': 'check.distribution.few',
  'sticky.ok': 'check.sticky.ok',
  'sticky.spread': 'check.sticky.spread',
  'predict.choose': 'check.predict.choose',
  'predict.right': 'check.predict.right',
  'predict.wrong': 'check.predict.wrong',
  'predict.noService': 'check.predict.noService',
  'kubectl.waiting': 'check.kubectl.waiting',
  'kubectl.outputLacks': 'check.kubectl.outputLacks',
  'kubectl.seen': 'check.kubectl.seen',
  'kubectl.broken': 'check.kubectl.broken',
  'expires.noService': 'check.expires.noService',
  'expires.noAffinity': 'check.expires.noAffinity',
  'expires.waiting': 'check.expires.waiting',
  'expires.neverRunsOut': 'check.expires.neverRunsOut',
  'expires.ok': 'check.expires.ok',
  internal: 'check.internal',
  unavailable: 'check.unavailable',
};
