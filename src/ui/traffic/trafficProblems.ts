// The traffic limits the core reports (TrafficProblem: a code and its numbers), worded in the
// page's language from the dictionaries.
import type { TrafficProblem } from '../../worker/protocol.ts';
import type { Translate } from '../i18n/translate.ts';

export function problemText(t: Translate, p: TrafficProblem): string {
  switch (p.code) {
    case 'tooManyClients':
      return t('traffic.problem.tooManyClients', { clients: p.clients, max: p.max });
    case 'rateNotPositive':
      return t('traffic.problem.rateNotPositive', { client: p.client, rate: p.rate });
    case 'rateClamped':
      return t('traffic.problem.rateClamped', { client: p.client, rate: p.rate, max: p.max });
    case 'skipped':
      return t('traffic.problem.skipped', { count: p.count, maxPerStep: p.maxPerStep });
  }
}
