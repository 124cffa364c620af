// The core's Service findings (core/dataplane/serviceFindings.ts) in the page's language: the line
// on the Service card and the short label on the edge. Wording only; the finding was decided by its owner.
import type { ServiceFinding } from '../../worker/protocol.ts';
import { translate, type Language } from '../i18n/translate.ts';
import type { MessageKey } from '../i18n/en.ts';

const short = (pod: string): string => (pod.startsWith('default/') ? pod.slice('default/'.length) : pod);
const pair = (key: string, value: string): string => `${key}=${value}`;

function vars(f: ServiceFinding, lang: Language): Record<string, string> {
  switch (f.code) {
    case 'selector-near-miss':
      return { pod: short(f.pod), have: pair(f.key, f.value), want: pair(f.wants.key, f.wants.value) };
    case 'target-port-closed':
    case 'target-port-not-found':
      return {
        port: String(f.port),
        target: String(f.targetPort),
        declared: f.declared.length ? f.declared.join(', ') : translate(lang, 'finding.noPorts'),
      };
  }
}

/** Each finding's wording: the sentence on the card, the short label on the edge. */
const KEYS = {
  'selector-near-miss': { card: 'finding.nearMiss', edge: 'finding.nearMissEdge' },
  'target-port-closed': { card: 'finding.portClosed', edge: 'finding.portClosedEdge' },
  'target-port-not-found': { card: 'finding.portNotFound', edge: 'finding.portNotFoundEdge' },
} as const satisfies Record<ServiceFinding['code'], { card: MessageKey; edge: MessageKey }>;

/** The sentence on the Service card. */
export function findingText(f: ServiceFinding, lang: Language): string {
  return translate(lang, KEYS[f.code].card, vars(f, lang));
}

/** The label on the edge to the pod the finding is about. */
export function findingEdgeText(f: ServiceFinding, lang: Language): string {
  return translate(lang, KEYS[f.code].edge, vars(f, lang));
}
