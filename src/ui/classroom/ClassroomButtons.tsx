// The buttons that open presenter and compare mode (mounted in the diagram's toolbar; exported
// for the header too). `?present` in the page URL opens presenter mode on load.
import { useEffect } from 'react';
import { setMode, useClassroom } from './classroomMode.ts';
import { useT } from '../i18n/useT.ts';

export function PresentButton() {
  const { mode } = useClassroom();
  const t = useT();
  useEffect(() => {
    if (new URLSearchParams(window.location.search).has('present')) setMode('present');
  }, []);
  return (
    <button
      type="button"
      className="k-btn"
      aria-pressed={mode === 'present'}
      onClick={() => setMode(mode === 'present' ? 'off' : 'present')}
      title={t('classroom.presentTitle')}
    >
      {t('classroom.present')}
    </button>
  );
}

export function CompareButton() {
  const { mode } = useClassroom();
  const t = useT();
  return (
    <button
      type="button"
      className="k-btn"
      aria-pressed={mode === 'compare'}
      onClick={() => setMode(mode === 'compare' ? 'off' : 'compare')}
      title={t('classroom.compareTitle')}
    >
      {t('classroom.compare')}
    </button>
  );
}
