// `const t = useT(); t('tabs.problems')` in components (re-renders on a language change), and
// `t(key)` outside React (reads the current language once).
import { useCallback } from 'react';
import { useStore } from '../store.ts';
import type { MessageKey } from './en.ts';
import { translate, type Language, type Translate, type Vars } from './translate.ts';

export function useLanguage(): Language {
  return useStore((s) => s.language);
}

export function useT(): Translate {
  const lang = useLanguage();
  return useCallback((key: MessageKey, vars?: Vars) => translate(lang, key, vars), [lang]);
}

export function t(key: MessageKey, vars?: Vars): string {
  return translate(useStore.getState().language, key, vars);
}
