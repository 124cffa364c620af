// Which language the UI speaks: the learner's choice (localStorage `ksp:lang`), else the
// browser's (navigator.languages), else English. The choice lives in the app store's `language`
// (src/ui/store.ts) so every component re-renders when it changes; <html lang> follows it so
// screen readers pronounce Korean as Korean.
import { setLanguage, useStore } from '../store.ts';
import { isLanguage, type Language } from './translate.ts';

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

function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null; // storage disabled (privacy mode): the choice lasts for this visit only
  }
}

function readStored(): string | null {
  try {
    return storage()?.getItem(LANG_KEY) ?? null;
  } catch {
    return null;
  }
}

let started = false;

/** Applies the starting language and keeps <html lang> in step. Safe to call more than once. */
export function startLanguage(): void {
  if (started) return;
  started = true;
  const nav =
    typeof navigator === 'undefined' ? [] : navigator.languages?.length ? navigator.languages : [navigator.language];
  setLanguage(initialLanguage(readStored(), nav));
  document.documentElement.lang = useStore.getState().language;
  useStore.subscribe((s, prev) => {
    if (s.language !== prev.language) document.documentElement.lang = s.language;
  });
}

/** The learner picks a language: remembered for the next visit. */
export function chooseLanguage(lang: Language): void {
  setLanguage(lang);
  document.documentElement.lang = lang;
  try {
    storage()?.setItem(LANG_KEY, lang);
  } catch {
    // a full or disabled storage only loses the memory of the choice, not the choice
  }
}
