// A step's goal in the learner's words ("20 requests from pod/client to http://myservice all
// reach the same pod"), from the goal's own fields: the UI states what the checker will test.
import type { Goal, LocalizedText } from '../../scenarios/lessons/index.ts';
import type { Translate } from '../i18n/translate.ts';
import type { Language } from '../i18n/translate.ts';

export function goalText(goal: Goal, t: Translate): string {
  switch (goal.type) {
    case 'reach':
      return goal.expect?.pod
        ? t('goal.reachPod', { from: goal.from, to: goal.to, pod: goal.expect.pod })
        : t('goal.reach', { from: goal.from, to: goal.to });
    case 'distribution':
      return t('goal.distribution', { from: goal.from, to: goal.to, count: goal.count, minPods: goal.minPods });
    case 'sticky':
      return t('goal.sticky', { from: goal.from, to: goal.to, count: goal.count });
    case 'fails':
      return goal.outcome
        ? t('goal.failsWith', { from: goal.from, to: goal.to, outcome: goal.outcome })
        : t('goal.fails', { from: goal.from, to: goal.to });
    case 'valid':
      return t('goal.valid');
    case 'invalid':
      return t('goal.invalid', { message: goal.messageIncludes });
    case 'object':
      return t('goal.object', {
        kind: goal.kind,
        name: goal.name,
        fields: Object.entries(goal.fieldEquals)
          .map(([k, v]) => `${k}=${String(v)}`)
          .join(', '),
      });
    case 'predict':
      return t('goal.predict', { request: goal.request });
    case 'kubectl':
      return t('goal.kubectl', {
        args: goal.argv.join(' '),
        expected: goal.stdoutIncludes.map((s) => JSON.stringify(s)).join(', '),
      });
  }
}

/** A lesson text in the UI's language (every lesson text has both; the manifest checker sees to it). */
export function pick(text: LocalizedText, lang: Language): string {
  return text[lang] || text.en;
}
