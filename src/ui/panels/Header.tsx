// The banner row: title, seed, language, theme and Share (an embed has no header: share/EmbedWidget.tsx).
import { lazy, Suspense, useState } from 'react';
import { useStore } from '../store.ts';
import { SeedField } from './SeedField.tsx';
import { applyTheme } from '../persistence.ts';
import { LogoIcon, MoonIcon, SunIcon } from '../icons.tsx';
import { LanguageSwitch } from '../i18n/LanguageSwitch.tsx';
import { useT } from '../i18n/useT.ts';

// The dialog (and the codec's encoder) loads on the first click on Share, not before the first diagram.
const ShareDialog = lazy(() => import('../share/ShareDialog.tsx').then((m) => ({ default: m.ShareDialog })));

export function Header() {
  const theme = useStore((s) => s.theme);
  const [sharing, setSharing] = useState(false);
  const t = useT();
  return (
    <header className="app-header">
      <h1>
        <LogoIcon /> {t('app.title')}
      </h1>
      <div className="header-controls">
        <SeedField label={t('header.seed')} className="seed" describedBy="seed-help" />
        <span id="seed-help" className="visually-hidden">
          {t('header.seedHelp')}
        </span>
        <LanguageSwitch />
        <button
          type="button"
          className="icon-button"
          aria-label={theme === 'dark' ? t('header.themeToLight') : t('header.themeToDark')}
          aria-pressed={theme === 'light'}
          onClick={() => applyTheme(theme === 'dark' ? 'light' : 'dark')}
        >
          {theme === 'dark' ? <SunIcon /> : <MoonIcon />}
        </button>
        <button type="button" className="k-btn" onClick={() => setSharing(true)}>
          {t('header.share')}
        </button>
      </div>
      {sharing && (
        <Suspense fallback={null}>
          <ShareDialog onClose={() => setSharing(false)} />
        </Suspense>
      )}
    </header>
  );
}
