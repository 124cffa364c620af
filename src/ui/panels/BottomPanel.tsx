// Tabs under the editor and diagram: Problems, the traffic Timeline (the traffic transcript, when
// that part is built in) and the Inspector. WAI-ARIA tabs with arrow-key navigation.
import { lazy, Suspense, type ComponentType, type KeyboardEvent } from 'react';
import { setBottomTab, useStore, type ViewSlice } from '../store.ts';
import { ErrorBoundary } from './ErrorBoundary.tsx';
import { ProblemsPanel } from './ProblemsPanel.tsx';
import { Inspector } from '../diagram/Inspector.tsx';

// The transcript is written by the traffic view; a glob keeps the shell building without it.
const transcriptModules = import.meta.glob<{ Transcript: ComponentType }>('../traffic/Transcript.tsx');
const loadTranscript = transcriptModules['../traffic/Transcript.tsx'];
const Transcript = loadTranscript ? lazy(() => loadTranscript().then((m) => ({ default: m.Transcript }))) : null;
// The kubectl console pane (src/ui/console), mounted as a tab once it exists.
const consoleModules = import.meta.glob<{ KubectlConsole: ComponentType }>('../console/KubectlConsole.tsx');
const loadConsole = consoleModules['../console/KubectlConsole.tsx'];
const KubectlConsole = loadConsole ? lazy(() => loadConsole().then((m) => ({ default: m.KubectlConsole }))) : null;

const TABS: { id: ViewSlice['bottomTab']; label: string }[] = [
  { id: 'problems', label: 'Problems' },
  { id: 'timeline', label: 'Timeline' },
  { id: 'inspector', label: 'Inspector' },
  ...(KubectlConsole ? [{ id: 'console' as const, label: 'Console' }] : []),
];

export function BottomPanel() {
  const tab = useStore((s) => s.bottomTab);
  const count = useStore((s) => s.diagnostics.length);
  const onKeyDown = (e: KeyboardEvent) => {
    const i = TABS.findIndex((t) => t.id === tab);
    const next = e.key === 'ArrowRight' ? i + 1 : e.key === 'ArrowLeft' ? i - 1 : null;
    if (next === null) return;
    const t = TABS[(next + TABS.length) % TABS.length]!;
    setBottomTab(t.id);
    document.getElementById(`tab-${t.id}`)?.focus();
  };
  return (
    <section className="bottom-panel" aria-label="Details">
      <div role="tablist" aria-label="Details" className="tabs" onKeyDown={onKeyDown}>
        {TABS.map((t) => (
          <button
            key={t.id}
            id={`tab-${t.id}`}
            role="tab"
            type="button"
            aria-selected={tab === t.id}
            aria-controls={`tabpanel-${t.id}`}
            tabIndex={tab === t.id ? 0 : -1}
            onClick={() => setBottomTab(t.id)}
          >
            {t.label}
            {t.id === 'problems' && count > 0 ? <span className="badge">{count}</span> : null}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`tabpanel-${tab}`} aria-labelledby={`tab-${tab}`} className="tabpanel">
        <ErrorBoundary name={tab} key={tab}>
          {tab === 'problems' && <ProblemsPanel />}
          {tab === 'timeline' &&
            (Transcript ? (
              <Suspense fallback={<p className="empty">Loading…</p>}>
                <Transcript />
              </Suspense>
            ) : (
              <p className="empty">The traffic timeline is not part of this build.</p>
            ))}
          {tab === 'inspector' && <Inspector />}
          {tab === 'console' && KubectlConsole && (
            <Suspense fallback={<p className="empty">Loading…</p>}>
              <KubectlConsole />
            </Suspense>
          )}
        </ErrorBoundary>
      </div>
    </section>
  );
}
