// Which language the UI speaks: the learner's choice (localStorage `ksp:lang`), else the
// browser's (navigator.languages), else English. The choice lives in the app store's `language`
// (src/ui/store.ts) so every component re-renders when it changes; <html lang> follows it so
// screen readers pronounce Korean as Korean.
import { setLanguage, setText, useStore } from '../store.ts';
import type { Language } from './translate.ts';
import { initialLanguage, LANG_KEY, preferredLanguages } from './firstLanguage.ts';
import { DEFAULT_SCENARIOS } from '../firstScenario.ts';
import { loadLanguage } from './pageLanguage.ts';

export { initialLanguage, LANG_KEY };

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

/**
 * Applies the starting language and keeps <html lang> in step. Safe to call more than once. Its
 * catalogues are not loaded here: src/startApp.tsx awaits loadLanguage before the first render.
 */
export function startLanguage(): void {
  if (started) return;
  started = true;
  setLanguage(initialLanguage(readStored(), preferredLanguages()));
  document.documentElement.lang = useStore.getState().language;
  useStore.subscribe((s, prev) => {
    if (s.language !== prev.language) document.documentElement.lang = s.language;
  });
}

let chosen: Language | null = null;

/**
 * The learner picks a language: once its catalogues have loaded, the page turns to it, remembered
 * for the next visit (a quicker second choice wins). The built-in scenario, untouched, follows (its
 * comments are in the page's language); a text the learner changed is never replaced.
 */
export async function chooseLanguage(lang: Language): Promise<void> {
  chosen = lang;
  try {
    await loadLanguage(lang);
  } catch {
    return; // not fetched (offline before the app was cached): the page stays in its language
  }
  if (chosen !== lang) return;
  const { text, language } = useStore.getState();
  setLanguage(lang);
  if (language !== lang && text === DEFAULT_SCENARIOS[language]) {
    setText(DEFAULT_SCENARIOS[lang]);
  }
  document.documentElement.lang = lang;
  try {
    storage()?.setItem(LANG_KEY, lang);
  } catch {
    // a full or disabled storage only loses the memory of the choice, not the choice
  }
}
