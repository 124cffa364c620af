// Looks a key up in the language's dictionary and fills its `{name}` values. Pure: the hook
// (useT.ts) and the tests both call it. Values are plain text; React escapes them when rendered.
import { en, type MessageKey } from './en.ts';
import { HOLE_WITH_PARTICLE, particle, type ParticleForm } from '../../text/particles.ts';
import type { Language } from '../../text/language.ts';

export { LANGUAGES, isLanguage, type Language } from '../../text/language.ts';
type Words = Readonly<Partial<Record<MessageKey, string>>>;

/**
 * The page's dictionaries: English from the start, with the strings of the parts loaded after the
 * first diagram once one of them is (laterWords.ts); Korean once installed (pageLanguage.ts fetches
 * it when the page turns Korean, so an English page does not load it). A key without a wording
 * reads as English, and as the key itself if English has none yet.
 */
export const DICTIONARIES: Partial<Record<Language, Words>> = { en };

export function installDictionary(lang: Language, words: Words): void {
  DICTIONARIES[lang] = words;
}

/** The words of a key in a language, else in English, else the key. */
export function wordsOf(lang: Language, key: MessageKey): string {
  return DICTIONARIES[lang]?.[key] ?? DICTIONARIES.en?.[key] ?? key;
}

export type Vars = Record<string, string | number>;
export type Translate = (key: MessageKey, vars?: Vars) => string;

export function translate(lang: Language, key: MessageKey, vars?: Vars): string {
  const text = wordsOf(lang, key);
  if (!vars) return text;
  // A value never re-enters the template: `{a}` inside a value stays as typed. A Korean particle
  // written after a value (`{pod}이(가)`) is chosen from the value (src/text/particles.ts).
  return text.replace(HOLE_WITH_PARTICLE, (whole, name: string, quote: string, form: ParticleForm | undefined) => {
    if (!Object.hasOwn(vars, name)) return whole;
    const value = String(vars[name]);
    return value + quote + (form ? particle(value, form) : '');
  });
}

/** The `{name}` placeholders of a text, sorted (the completeness test compares en and ko). */
export function placeholders(text: string): string[] {
  return [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!).sort();
}
