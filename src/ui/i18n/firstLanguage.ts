// The language a visit starts in, from what was stored and what the browser prefers. Its own light
// module: src/ui/firstScenario.ts reads it before the app's bundle (and the store) have loaded, to
// guess the built-in scenario of that language.
import { isLanguage, type Language } from '../../text/language.ts';

export const LANG_KEY = 'ksp:lang';

/** The starting language from what was stored and what the browser prefers (first match wins). */
export function initialLanguage(stored: string | null, preferred: readonly string[]): Language {
  if (isLanguage(stored)) return stored;
  for (const tag of preferred) {
    const base = tag.toLowerCase().split('-')[0];
    if (isLanguage(base)) return base;
  }
  return 'en';
}

/** The browser's preferred languages (none outside a browser). */
export function preferredLanguages(): readonly string[] {
  if (typeof navigator === 'undefined') return [];
  return navigator.languages?.length ? navigator.languages : [navigator.language];
}
