// A language other than English is loaded before the page speaks it: its catalogues are a chunk of
// their own (fetchKorean), installed here into the page's dictionaries and src/text's. The page
// sets its language only once this has resolved (src/startApp.tsx before the first render,
// chooseLanguage on a switch), so Korean never shows as English first.
import { installKorean } from '../../text/korean.ts';
import { fetchKorean } from './firstLanguage.ts';
import { installDictionary, type Language } from './translate.ts';

let korean: Promise<void> | null = null;

/** Resolves once `lang`'s catalogues are installed (at once for English); a failed fetch may be retried. */
export function loadLanguage(lang: Language): Promise<void> {
  if (lang === 'en') return Promise.resolve();
  korean ??= fetchKorean().then(
    (m) => {
      installDictionary('ko', m.ko);
      installKorean(m.KOREAN_WORDS);
    },
    (err: unknown) => {
      korean = null;
      throw err;
    },
  );
  return korean;
}
