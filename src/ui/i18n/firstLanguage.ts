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

/**
 * The Korean catalogues (the page's and src/text's) as one chunk that only a Korean page fetches.
 * The entry (src/main.tsx) starts this fetch for a visit that will likely be Korean, so it runs
 * alongside the app's own; pageLanguage.ts installs what it brings.
 */
export const fetchKorean = () => import('./koreanCatalogue.ts');
