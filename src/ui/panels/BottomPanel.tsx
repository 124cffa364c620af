// Tabs under the editor and diagram: Problems, the traffic Timeline (the traffic transcript, when
// that part is built in), the Inspector, the kubectl Console and the Lessons. WAI-ARIA tabs with
// arrow-key navigation. Labels follow the UI language (src/ui/i18n).
import { lazy, Suspense, type ComponentType, type KeyboardEvent } from 'react';
import { setBottomTab, useStore, type ViewSlice } from '../store.ts';
import { ErrorBoundary } from './ErrorBoundary.tsx';
import { ProblemsPanel } from './ProblemsPanel.tsx';
import { useT } from '../i18n/useT.ts';
import type { MessageKey } from '../i18n/en.ts';

// The transcript is written by the traffic view; a glob keeps the shell building without it.
const transcriptModules = import.meta.glob<{ Transcript: ComponentType }>('../traffic/Transcript.tsx');
const loadTranscript = transcriptModules['../traffic/Transcript.tsx'];
const Transcript = loadTranscript ? lazy(() => loadTranscript().then((m) => ({ default: m.Transcript }))) : null;
// The kubectl console pane (src/ui/console), mounted as a tab once it exists.
const consoleModules = import.meta.glob<{ KubectlConsole: ComponentType }>('../console/KubectlConsole.tsx');
const loadConsole = consoleModules['../console/KubectlConsole.tsx'];
const KubectlConsole = loadConsole ? lazy(() => loadConsole().then((m) => ({ default: m.KubectlConsole }))) : null;

// The Inspector loads when it is first shown (a click on a box opens it): not before the first diagram.
const Inspector = lazy(() => import('../diagram/Inspector.tsx').then((m) => ({ default: m.Inspector })));

// The lessons (their texts and markdown) load when the tab is first opened.
const LessonPanel = lazy(() => import('../lessons/LessonPanel.tsx').then((m) => ({ default: m.LessonPanel })));

const TABS: { id: ViewSlice['bottomTab']; label: MessageKey }[] = [
  { id: 'problems', label: 'tabs.problems' },
  { id: 'timeline', label: 'tabs.timeline' },
  { id: 'inspector', label: 'tabs.inspector' },
  ...(KubectlConsole ? [{ id: 'console' as const, label: 'tabs.console' as const }] : []),
  { id: 'lessons', label: 'tabs.lessons' },
];

export function BottomPanel() {
  const tab = useStore((s) => s.bottomTab);
  const count = useStore((s) => s.diagnostics.length);
  const t = useT();
  const onKeyDown = (e: KeyboardEvent) => {
    const i = TABS.findIndex((x) => x.id === tab);
    const next = e.key === 'ArrowRight' ? i + 1 : e.key === 'ArrowLeft' ? i - 1 : null;
    if (next === null) return;
    const to = TABS[(next + TABS.length) % TABS.length]!;
    setBottomTab(to.id);
    document.getElementById(`tab-${to.id}`)?.focus();
  };
  return (
    <section className="bottom-panel" aria-label={t('tabs.details')}>
      <div role="tablist" aria-label={t('tabs.details')} className="tabs" onKeyDown={onKeyDown}>
        {TABS.map((tb) => (
          <button
            key={tb.id}
            id={`tab-${tb.id}`}
            role="tab"
            type="button"
            aria-selected={tab === tb.id}
            aria-controls={`tabpanel-${tb.id}`}
            tabIndex={tab === tb.id ? 0 : -1}
            onClick={() => setBottomTab(tb.id)}
          >
            {t(tb.label)}
            {tb.id === 'problems' && count > 0 ? <span className="badge">{count}</span> : null}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`tabpanel-${tab}`} aria-labelledby={`tab-${tab}`} className="tabpanel">
        <ErrorBoundary name={tab} key={tab}>
          {tab === 'problems' && <ProblemsPanel />}
          {tab === 'timeline' &&
            (Transcript ? (
              <Suspense fallback={<p className="empty">{t('tabs.loading')}</p>}>
                <Transcript />
              </Suspense>
            ) : (
              <p className="empty">{t('tabs.noTimeline')}</p>
            ))}
          {tab === 'inspector' && (
            <Suspense fallback={<p className="empty">{t('tabs.loading')}</p>}>
              <Inspector />
            </Suspense>
          )}
          {tab === 'lessons' && (
            <Suspense fallback={<p className="empty">{t('tabs.loading')}</p>}>
              <LessonPanel />
            </Suspense>
          )}
          {tab === 'console' && KubectlConsole && (
            <Suspense fallback={<p className="empty">{t('tabs.loading')}</p>}>
              <KubectlConsole />
            </Suspense>
          )}
        </ErrorBoundary>
      </div>
    </section>
  );
}
