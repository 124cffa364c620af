// The data path's explanations (codes and parameters from the core, src/core/dataplane/said.ts) in
// a reader's language, for both faces (the page and `ksp --lang`): English from the core's own
// wording, Korean from said.ko.ts, each once installed (saidEnglish.ts, korean.ts), with Korean
// particles chosen from the values. A nested explanation is worded the same way. Installed, not
// imported, so the page's first diagram does not wait for them: the page installs the English with
// its later panels, before it shows a traffic answer or a view that carries an explanation
// (src/ui/i18n/laterWords.ts, src/ui/simClient.ts); ksp at start; the tests in their setup.
import type { Said, SaidCode } from '../core/dataplane/index.ts';
import { fillWords } from './fill.ts';
import { koreanWords } from './korean.ts';
import type { Language } from './language.ts';

let english: Readonly<Record<SaidCode, string>> | null = null;

/** The core's English wording (SAID_EN), through installSaidEnglish (saidEnglish.ts). */
export function installEnglishWords(words: Readonly<Record<SaidCode, string>>): void {
  english = words;
}

/** Until the words are installed a code reads as itself (never, where the faces install them first). */
export function saidText(lang: Language, s: Said): string {
  const template = (lang === 'ko' ? koreanWords()?.said[s.code] : undefined) ?? english?.[s.code] ?? s.code;
  return fillWords(template, s.params, (nested) => saidText(lang, nested));
}

/** A failed request's reason in the reader's language: the core's code when it gave one, else its English. */
export function reasonText(lang: Language, r: { why?: Said; reason?: string; outcome: string }): string {
  return r.why ? saidText(lang, r.why) : (r.reason ?? '');
}

/** A request's outcome (`refused`, `timeout`…) in the reader's language. */
export function outcomeText(lang: Language, outcome: string): string {
  const code = `outcome.${outcome}`;
  const known = english ?? koreanWords()?.said ?? {};
  return Object.hasOwn(known, code) ? saidText(lang, { code: code as SaidCode, params: {} }) : outcome;
}

/** A hop's words: the core's code when it gave one, else its English detail. */
export function hopText(lang: Language, hop: { say?: Said; detail: string }): string {
  return hop.say ? saidText(lang, hop.say) : hop.detail;
}
