// The data path's explanations (codes and parameters from the core, src/core/dataplane/said.ts) in
// a reader's language, for both faces (the page and `ksp --lang`): English from the core's own
// wording, Korean from said.ko.ts once installed (korean.ts), with Korean particles chosen from the
// values. A nested explanation is worded the same way.
import { SAID_EN, type Said, type SaidCode } from '../core/dataplane/index.ts';
import { fillWords } from './fill.ts';
import { koreanWords } from './korean.ts';
import type { Language } from './language.ts';

export function saidText(lang: Language, s: Said): string {
  const template = (lang === 'ko' ? koreanWords()?.said[s.code] : undefined) ?? SAID_EN[s.code];
  return fillWords(template, s.params, (nested) => saidText(lang, nested));
}

/** A failed request's reason in the reader's language: the core's code when it gave one, else its English. */
export function reasonText(lang: Language, r: { why?: Said; reason?: string; outcome: string }): string {
  return r.why ? saidText(lang, r.why) : (r.reason ?? '');
}

/** A request's outcome (`refused`, `timeout`…) in the reader's language. */
export function outcomeText(lang: Language, outcome: string): string {
  const code = `outcome.${outcome}`;
  return Object.hasOwn(SAID_EN, code) ? saidText(lang, { code: code as SaidCode, params: {} }) : outcome;
}

/** A hop's words: the core's code when it gave one, else its English detail. */
export function hopText(lang: Language, hop: { say?: Said; detail: string }): string {
  return hop.say ? saidText(lang, hop.say) : hop.detail;
}
