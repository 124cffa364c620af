// A lesson text in the UI's language (every lesson text has both; the manifest checker sees to it).
import type { LocalizedText } from '../../scenarios/lessons/index.ts';
import type { Language } from '../i18n/translate.ts';

export function pick(text: LocalizedText, lang: Language): string {
  return text[lang] || text.en;
}
