// The buttons that open presenter and compare mode (mounted in the diagram's toolbar; exported
// for the header too). `?present` in the page URL opens presenter mode on load.
import { useEffect } from 'react';
import { setMode, useClassroom } from './classroomMode.ts';

export function PresentButton() {
  const { mode } = useClassroom();
  useEffect(() => {
    if (new URLSearchParams(window.location.search).has('present')) setMode('present');
  }, []);
  return (
    <button type="button" className="k-btn" aria-pressed={mode === 'present'} onClick={() => setMode(mode === 'present' ? 'off' : 'present')} title="Presenter mode: large type, one hop at a time (space to step)">
      Present
    </button>
  );
}

export function CompareButton() {
  const { mode } = useClassroom();
  return (
    <button type="button" className="k-btn" aria-pressed={mode === 'compare'} onClick={() => setMode(mode === 'compare' ? 'off' : 'compare')} title="Compare two variants of the scenario on the same traffic">
      Compare
    </button>
  );
}
