// A Check's verdict as data: a code and its parameters. The page words it in the learner's
// language (src/ui/i18n, keys `check.<code>`); the core never writes sentences for people here.
import type { Said } from '../dataplane/index.ts';

export type GoalCode =
  | 'valid.ok'
  | 'valid.error'
  | 'invalid.ok'
  | 'invalid.other'
  | 'invalid.none'
  | 'object.missing'
  | 'object.field'
  | 'object.ok'
  | 'from.noPod'
  | 'from.invalid'
  | 'unresolved'
  | 'request.failed'
  | 'fails.ok'
  | 'fails.stillReaches'
  | 'fails.differently'
  | 'reach.ok'
  | 'reach.otherPod'
  | 'distribution.ok'
  | 'distribution.few'
  | 'sticky.ok'
  | 'sticky.spread'
  | 'predict.choose'
  | 'predict.right'
  | 'predict.wrong'
  | 'predict.noService'
  | 'kubectl.waiting'
  | 'kubectl.outputLacks'
  | 'kubectl.seen'
  | 'kubectl.broken'
  | 'expires.noService'
  | 'expires.noAffinity'
  | 'expires.waiting'
  | 'expires.neverRunsOut'
  | 'expires.ok'
  /** The simulator failed or is not there (set by the worker and the page, not by a goal). */
  | 'internal'
  | 'unavailable'
  | 'timeout'
  | 'restarted';

/**
 * Words (names, addresses, commands, outputs) the page shows as code; lists as several; and the data
 * path's explanation of a failed request (`why`, beside its English `reason`), which the page words.
 */
export type GoalParams = Record<string, string | number | readonly string[] | Said>;

export interface GoalResult {
  passed: boolean;
  code: GoalCode;
  params: GoalParams;
}

export const verdict = (passed: boolean, code: GoalCode, params: GoalParams = {}): GoalResult => ({
  passed,
  code,
  params,
});
