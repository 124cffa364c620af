// The list of the main view's keyboard shortcuts, opened with ?.
import { useEffect, useRef } from 'react';
import { useT } from '../i18n/useT.ts';

export function ShortcutsHelp({ onClose }: { onClose: () => void }) {
  const t = useT();
  const close = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    close.current?.focus();
    const onKey = (e: KeyboardEvent): void => {
      if (e.key === 'Escape') onClose();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onClose]);
  const rows: [string, string][] = [
    [t('keys.space'), t('keys.playPause')],
    ['→', t('keys.stepForward')],
    ['←', t('keys.stepBack')],
    ['?', t('keys.help')],
  ];
  return (
    <div className="k-shortcuts" role="dialog" aria-modal="false" aria-label={t('keys.title')} data-testid="shortcuts">
      <h2>{t('keys.title')}</h2>
      <dl>
        {rows.map(([k, what]) => (
          <div key={k}>
            <dt>
              <kbd>{k}</kbd>
            </dt>
            <dd>{what}</dd>
          </div>
        ))}
      </dl>
      <p className="k-dim">{t('keys.where')}</p>
      <button ref={close} type="button" className="k-btn" onClick={onClose}>
        {t('keys.close')}
      </button>
    </div>
  );
}
