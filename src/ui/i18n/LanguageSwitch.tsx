// English / 한국어: two toggle buttons in the header. Each button's name is in its own language
// (and marked with `lang`), so a learner finds theirs whatever the page speaks.
import { useEffect } from 'react';
import { chooseLanguage, startLanguage } from './language.ts';
import { LANGUAGES } from './translate.ts';
import { useLanguage, useT } from './useT.ts';
import { translate } from './translate.ts';
import './languageSwitch.css';

export function LanguageSwitch() {
  const lang = useLanguage();
  const t = useT();
  useEffect(startLanguage, []);
  return (
    <div className="lang-switch" role="group" aria-label={t('language.label')}>
      {LANGUAGES.map((l) => (
        <button
          key={l}
          type="button"
          lang={l}
          aria-pressed={lang === l}
          className={lang === l ? 'is-on' : ''}
          onClick={() => void chooseLanguage(l)}
        >
          {translate(l, l === 'en' ? 'language.en' : 'language.ko')}
        </button>
      ))}
    </div>
  );
}
