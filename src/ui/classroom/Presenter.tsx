// Presenter mode (issue 5 "Classroom"): the diagram fills the screen, playback is slowed, and one
// hop at a time is narrated in large type from the core's own hop.detail, with the hop's box
// marked by a laser-style ring on the diagram (Diagram.tsx reads the focused hop).
// Keys: space / → = next hop, ← = previous, + / − = speed, f = full screen, Esc = leave.
import '../i18n/laterWords.ts';
import { useEffect, useRef } from 'react';
import { setSpeed, useStore } from '../store.ts';
import { useHopFocus } from '../traffic/hopFocus.ts';
import { requestWho } from '../traffic/consoleTraffic.ts';
import { setMode, stepHop, useClassroom } from './classroomMode.ts';
import './classroom.css';
import { isTyping } from '../shortcuts/keyTargets.ts';
import { useLanguage, useT } from '../i18n/useT.ts';
import { hopText, outcomeText, reasonText } from '../../text/said.ts';
import { hopKindKey } from '../i18n/hopKind.ts';

export function presenterKey(key: string): boolean {
  const speed = useStore.getState().speed;
  switch (key) {
    case ' ':
    case 'ArrowRight':
      stepHop(1);
      return true;
    case 'ArrowLeft':
      stepHop(-1);
      return true;
    case '+':
    case '=':
      setSpeed(speed * 2);
      return true;
    case '-':
    case '_':
      setSpeed(speed / 2);
      return true;
    case 'f':
    case 'F':
      if (document.fullscreenElement) void document.exitFullscreen?.();
      else void document.documentElement.requestFullscreen?.().catch(() => undefined);
      return true;
    case 'Escape':
      setMode('off');
      return true;
    default:
      return false;
  }
}

export function PresenterOverlay() {
  const { mode, request, hop } = useClassroom();
  const focus = useHopFocus();
  const speed = useStore((s) => s.speed);
  const total = useStore((s) => s.results.length);
  const t = useT();
  const lang = useLanguage();
  useEffect(() => {
    if (mode !== 'present') return;
    const onKey = (e: KeyboardEvent): void => {
      if (e.ctrlKey || e.metaKey || e.altKey || isTyping(e.target)) return;
      if (presenterKey(e.key)) e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [mode]);
  // The diagram ends above the narration, however tall the narrated text makes it: no box is ever under it.
  const box = useRef<HTMLElement>(null);
  useEffect(() => {
    const el = box.current;
    if (mode !== 'present' || !el) return;
    const room = (): void =>
      document.body.style.setProperty('--k-present-room', `${Math.ceil(el.getBoundingClientRect().height) + 32}px`);
    room();
    const ro = new ResizeObserver(room);
    ro.observe(el);
    return () => {
      ro.disconnect();
      document.body.style.removeProperty('--k-present-room');
    };
  }, [mode]);
  if (mode !== 'present') return null;
  const r = focus?.result;
  return (
    <aside ref={box} className="k-present" aria-label={t('classroom.narration')} data-testid="presenter">
      <div className="k-present-meta">
        <span>
          {t('classroom.request', { n: request + 1, total })}
          {r ? ` · ${requestWho(r, t)}` : ''}
        </span>
        <span>
          {t('classroom.hop', { n: hop + 1 })}
          {r ? ` / ${r.hops.length}` : ''}
        </span>
        <span>{speed}×</span>
        <button type="button" className="k-btn" onClick={() => stepHop(-1)} aria-label={t('classroom.previousHop')}>
          ←
        </button>
        <button type="button" className="k-btn" onClick={() => stepHop(1)} aria-label={t('classroom.nextHop')}>
          {t('classroom.next')} →
        </button>
        <button type="button" className="k-btn" onClick={() => setMode('off')}>
          {t('classroom.leave')}
        </button>
      </div>
      <p className="k-present-text" aria-live="polite" data-testid="narration">
        {focus ? (
          <>
            <strong>
              {t(hopKindKey(focus.hop.kind))}
              {focus.hop.node ? ` ${t('inspector.onNode', { node: focus.hop.node })}` : ''}:
            </strong>{' '}
            {hopText(lang, focus.hop)}
          </>
        ) : (
          t('classroom.noRequests')
        )}
      </p>
      {r && hop === r.hops.length - 1 && (
        <p className="k-present-outcome">
          {r.outcome === 'ok'
            ? t('traffic.answeredBy', { pod: r.pod ?? '?' })
            : `${outcomeText(lang, r.outcome)}: ${reasonText(lang, r)}`}
        </p>
      )}
      <p className="k-present-keys">{t('classroom.keys')}</p>
    </aside>
  );
}
