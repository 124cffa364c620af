// The UI's translations: `useT()` / `t()`, the language switch and its start-up.
export { en, type MessageKey } from './en.ts';
export {
  translate,
  installDictionary,
  placeholders,
  LANGUAGES,
  type Language,
  type Translate,
  type Vars,
} from './translate.ts';
export { initialLanguage, startLanguage, chooseLanguage, LANG_KEY } from './language.ts';
export { loadLanguage } from './pageLanguage.ts';
export { useT, useLanguage, t } from './useT.ts';
export { LanguageSwitch } from './LanguageSwitch.tsx';
