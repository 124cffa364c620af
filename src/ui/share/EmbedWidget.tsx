// The page inside a blog's or a slide's <iframe> (`?embed`): the diagram first, under one compact
// control bar — play/pause, one hop event back or forward, restart, the YAML when the link allows
// it, and "Open in playground". No header, seed, language switch, tabs or toolbar: a reader came to
// watch the packets, and the widget stays readable from 320 px wide to a full page. The page's
// language comes from the link (`lang=`) or the reader's browser (embedBoot.ts).
import { lazy, Suspense, useState } from 'react';
import { resetTime, step, stepBack, useStore } from '../store.ts';
import { PlayPauseButton } from '../traffic/PlayPauseButton.tsx';
import { Diagram } from '../diagram/Diagram.tsx';
import { ErrorBoundary } from '../panels/ErrorBoundary.tsx';
import { StatusBanner } from '../panels/StatusBanner.tsx';
import { useT } from '../i18n/useT.ts';
import { useMainKeys } from '../shortcuts/mainKeys.ts';
import { ShortcutsHelp } from '../shortcuts/ShortcutsHelp.tsx';
import { embedPlaygroundHref } from './shareState.ts';
import { ExternalIcon, RestartIcon, StepBackIcon, StepForwardIcon } from '../icons.tsx';
import './embedWidget.css';

const YamlEditor = lazy(() => import('../editor/YamlEditor.tsx'));

export function EmbedWidget() {
  const t = useT();
  const embed = useStore((s) => s.embed);
  const time = useStore((s) => Math.floor(s.time * 10) / 10);
  const theme = useStore((s) => s.theme);
  const text = useStore((s) => s.text);
  const keys = useMainKeys();
  const [showing, setShowing] = useState<'diagram' | 'yaml'>('diagram');
  const yaml = showing === 'yaml' && !!embed?.showEditor;
  return (
    <div className="embed-widget" data-theme={theme}>
      <div className="embed-bar" role="toolbar" aria-label={t('traffic.simulation')}>
        <PlayPauseButton className="k-btn embed-play" icons wordClass="embed-word" />
        <button type="button" className="k-btn" onClick={stepBack} aria-label={t('traffic.stepBack')}>
          <StepBackIcon />
        </button>
        <button type="button" className="k-btn" onClick={step} aria-label={t('traffic.stepForward')}>
          <StepForwardIcon />
        </button>
        <button type="button" className="k-btn" onClick={resetTime} aria-label={t('embed.restart')}>
          <RestartIcon />
        </button>
        <span className="embed-time k-mono" aria-label={t('traffic.time')}>
          t = {time.toFixed(1)} s
        </span>
        {embed?.showEditor && (
          <div className="embed-views" role="group" aria-label={t('embed.show')}>
            <button type="button" aria-pressed={!yaml} onClick={() => setShowing('diagram')}>
              {t('embed.diagram')}
            </button>
            <button type="button" aria-pressed={yaml} onClick={() => setShowing('yaml')}>
              YAML
            </button>
          </div>
        )}
        <a
          className="k-btn embed-open"
          href={embedPlaygroundHref(location)}
          target="_blank"
          rel="noopener noreferrer"
          aria-label={t('header.openInPlayground')}
        >
          <span className="embed-word">{t('header.openInPlayground')}</span>
          <ExternalIcon />
        </a>
      </div>
      <StatusBanner />
      {/* Both stay mounted: the diagram runs the traffic clock, and the editor keeps its place. */}
      <main className="embed-main" aria-label={t('layout.diagram')} hidden={yaml}>
        <ErrorBoundary name="diagram">
          <Diagram widget />
        </ErrorBoundary>
      </main>
      {embed?.showEditor && (
        <section className="embed-yaml" aria-label={t('layout.editor')} hidden={!yaml}>
          <ErrorBoundary name="editor">
            {yaml || showing === 'yaml' ? (
              <Suspense fallback={<pre className="editor-fallback">{text}</pre>}>
                <YamlEditor />
              </Suspense>
            ) : null}
          </ErrorBoundary>
        </section>
      )}
      {keys.helpOpen ? <ShortcutsHelp onClose={keys.closeHelp} /> : null}
    </div>
  );
}
