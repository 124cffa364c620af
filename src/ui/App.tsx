// The layout shell: header; the editor above the details panel on the left, the diagram the full
// height on the right (so a panel never takes the diagram's room); one scrolling column on phones
// (src/ui/usePageLayout.ts). Each region is a landmark with its own error boundary: a bug in one
// never blanks the page.
import { lazy, Suspense, useState } from 'react';
import { useStore } from './store.ts';
import { Header } from './panels/Header.tsx';
import { Splitter } from './panels/Splitter.tsx';
import { ErrorBoundary } from './panels/ErrorBoundary.tsx';
import { StatusBanner } from './panels/StatusBanner.tsx';
import { BottomPanel } from './panels/BottomPanel.tsx';
import { ObjectList } from './panels/ObjectList.tsx';
import { Diagram } from './diagram/Diagram.tsx';
import { useEditorGate } from './startupGate.ts';
import { useT } from './i18n/useT.ts';
import { usePageLayout } from './usePageLayout.ts';
import { useMainKeys } from './shortcuts/mainKeys.ts';

const YamlEditor = lazy(() => import('./editor/YamlEditor.tsx'));
// Only an embedded page shows the widget and only a press of `?` the shortcuts' help: their code
// stays out of the JavaScript the playground's first diagram waits for (README "Benchmarks", 5).
const EmbedWidget = lazy(() => import('./share/EmbedWidget.tsx').then((m) => ({ default: m.EmbedWidget })));
const ShortcutsHelp = lazy(() => import('./shortcuts/ShortcutsHelp.tsx').then((m) => ({ default: m.ShortcutsHelp })));
// The session's messages (a link, a save, another tab, a new version) show once the first diagram
// and its first packets have painted, on the editor's gate: neither waits for their code.
const SessionBanners = lazy(() => import('./share/SessionBanners.tsx').then((m) => ({ default: m.SessionBanners })));
const LinkChoice = lazy(() => import('./share/SessionBanners.tsx').then((m) => ({ default: m.LinkChoice })));

function EditorFallback() {
  const text = useStore((s) => s.text);
  const t = useT();
  return (
    // Focusable: a scrollable region must be reachable by keyboard (WCAG 2.1.1; axe scrollable-region-focusable).
    <pre className="editor-fallback" aria-label={t('layout.editorLoading')} tabIndex={0}>
      {text}
    </pre>
  );
}

/** The playground, or inside an `<iframe>` (`?embed`) the widget: diagram first, a compact bar. */
export function App() {
  const embed = useStore((s) => s.embed);
  return embed ? (
    <Suspense fallback={null}>
      <EmbedWidget />
    </Suspense>
  ) : (
    <Playground />
  );
}

function Playground() {
  const [editorWidth, setEditorWidth] = useState(() => Math.round(Math.max(360, window.innerWidth * 0.4)));
  const [bottomHeight, setBottomHeight] = useState(150);
  const stale = useStore((s) => s.stale);
  const editorOpen = useEditorGate();
  const tab = useStore((s) => s.bottomTab);
  const t = useT();
  const layout = usePageLayout();
  const narrow = layout === 'narrow';
  const keys = useMainKeys();
  // A lesson, the Timeline and the Inspector (its packet view) need room to read: opening their tab
  // grows a short details panel (the learner can still drag it back).
  // (Adjusted while rendering, when the tab changes: react.dev "you might not need an effect".)
  const [shownTab, setShownTab] = useState(tab);
  if (tab !== shownTab) {
    setShownTab(tab);
    if (tab === 'lessons' || tab === 'timeline' || tab === 'inspector')
      setBottomHeight((h) =>
        Math.max(h, Math.round(Math.min(tab === 'lessons' ? 340 : 420, window.innerHeight * 0.42))),
      );
  }

  return (
    <div
      className={`app layout-${layout}`}
      style={
        narrow
          ? undefined
          : {
              gridTemplateColumns: `${editorWidth}px 6px 1fr`,
              gridTemplateRows: `auto 1fr 6px ${bottomHeight}px`,
            }
      }
    >
      <Header />
      <ErrorBoundary name="session messages">
        {editorOpen ? (
          <Suspense fallback={null}>
            <SessionBanners />
            <LinkChoice />
          </Suspense>
        ) : null}
      </ErrorBoundary>
      <section className="editor-pane" aria-label={t('layout.editor')}>
        <ErrorBoundary name="editor">
          {editorOpen ? (
            <Suspense fallback={<EditorFallback />}>
              <YamlEditor />
            </Suspense>
          ) : (
            <EditorFallback />
          )}
        </ErrorBoundary>
      </section>
      {!narrow ? (
        <Splitter
          orientation="vertical"
          value={editorWidth}
          min={280}
          max={Math.max(300, window.innerWidth - 420)}
          onChange={setEditorWidth}
          label={t('layout.resizeEditor')}
        />
      ) : null}
      <main className={`diagram-pane${stale ? ' is-stale' : ''}`} aria-label={t('layout.diagram')} data-stale={stale}>
        <StatusBanner />
        <div className="diagram-body">
          <ErrorBoundary name="diagram">
            <Diagram />
          </ErrorBoundary>
        </div>
        <details className="object-summary">
          <summary>{t('layout.objectsAsList')}</summary>
          <ErrorBoundary name="object list">
            <ObjectList />
          </ErrorBoundary>
        </details>
      </main>
      {narrow ? null : (
        <div className="bottom-splitter">
          <Splitter
            orientation="horizontal"
            value={bottomHeight}
            min={80}
            max={Math.max(120, window.innerHeight - 240)}
            onChange={setBottomHeight}
            label={t('layout.resizeDetails')}
            inverted
          />
        </div>
      )}
      <div className="bottom-area">
        <BottomPanel />
      </div>
      {keys.helpOpen ? (
        <Suspense fallback={null}>
          <ShortcutsHelp onClose={keys.closeHelp} />
        </Suspense>
      ) : null}
    </div>
  );
}
