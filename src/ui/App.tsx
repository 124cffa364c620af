// The layout shell: header, editor | diagram (resizable), the details panel below. Each region
// is a landmark with its own error boundary: a bug in one never blanks the page.
import { lazy, Suspense, useState } from 'react';
import { useStore } from './store.ts';
import { Header } from './panels/Header.tsx';
import { Splitter } from './panels/Splitter.tsx';
import { ErrorBoundary } from './panels/ErrorBoundary.tsx';
import { StatusBanner } from './panels/StatusBanner.tsx';
import { BottomPanel } from './panels/BottomPanel.tsx';
import { ObjectList } from './panels/ObjectList.tsx';
import { Diagram } from './diagram/Diagram.tsx';
import { useEditorGate } from './useEditorGate.ts';
import { LinkChoice, SessionBanners } from './share/SessionBanners.tsx';

const YamlEditor = lazy(() => import('./editor/YamlEditor.tsx'));

function EditorFallback() {
  const text = useStore((s) => s.text);
  return (
    <pre className="editor-fallback" aria-label="Scenario YAML (the editor is loading)">
      {text}
    </pre>
  );
}

export function App() {
  const [editorWidth, setEditorWidth] = useState(() => Math.round(Math.max(360, window.innerWidth * 0.4)));
  const [bottomHeight, setBottomHeight] = useState(150);
  const stale = useStore((s) => s.stale);
  const editorOpen = useEditorGate();
  const embed = useStore((s) => s.embed);
  const showEditor = !embed || embed.showEditor;

  return (
    <div
      className={`app${embed ? ' is-embed' : ''}${showEditor ? '' : ' no-editor'}`}
      style={{ gridTemplateColumns: showEditor ? `${editorWidth}px 6px 1fr` : '0 0 1fr', gridTemplateRows: `auto 1fr 6px ${bottomHeight}px` }}
    >
      <Header />
      <ErrorBoundary name="session messages">
        <SessionBanners />
        <LinkChoice />
      </ErrorBoundary>
      <section className="editor-pane" aria-label="Scenario editor" hidden={!showEditor}>
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
      {showEditor ? <Splitter orientation="vertical" value={editorWidth} min={280} max={Math.max(300, window.innerWidth - 420)} onChange={setEditorWidth} label="Resize editor" /> : null}
      <main className={`diagram-pane${stale ? ' is-stale' : ''}`} aria-label="Cluster diagram" data-stale={stale}>
        <StatusBanner />
        <div className="diagram-body">
          <ErrorBoundary name="diagram">
            <Diagram />
          </ErrorBoundary>
        </div>
        <details className="object-summary">
          <summary>Objects as a list</summary>
          <ErrorBoundary name="object list">
            <ObjectList />
          </ErrorBoundary>
        </details>
      </main>
      <div className="bottom-splitter">
        <Splitter orientation="horizontal" value={bottomHeight} min={80} max={Math.max(120, window.innerHeight - 240)} onChange={setBottomHeight} label="Resize details panel" inverted />
      </div>
      <div className="bottom-area">
        <BottomPanel />
      </div>
    </div>
  );
}
