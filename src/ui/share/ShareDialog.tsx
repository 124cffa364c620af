// The Share dialog: the link (whole scenario in the fragment, core codec), its length with a
// warning past LINK_WARN_LENGTH, copy, the .yaml download/upload fallback, and the iframe snippet
// for embeds. Everything shown is text (React escapes it); the snippet is built by embedParams.ts.
import '../i18n/laterWords.ts';
import { useEffect, useId, useRef, useState } from 'react';
// The codec's own module, one of the two the page runs itself (eslint.config.js).
import { encodeShareFragment, LINK_WARN_LENGTH } from '../../core/share/linkCodec.ts';
import { useStore, type Theme } from '../store.ts';
import { playgroundUrl, toShared } from './shareState.ts';
import { embedSrc, iframeSnippet } from './embedParams.ts';
import { isLanguage, type Language } from '../../text/language.ts';
import { downloadScenario, openScenarioFile } from './fileTransfer.ts';
import { CopyField } from './CopyField.tsx';
import { ExportPanel } from './ExportPanel.tsx';
import { useT } from '../i18n/useT.ts';

function useShareFragment(open: boolean, paused: boolean): { fragment: string | null; error: string | null } {
  const [state, setState] = useState<{ fragment: string | null; error: string | null }>({
    fragment: null,
    error: null,
  });
  useEffect(() => {
    if (!open) return;
    let live = true;
    const s = useStore.getState();
    encodeShareFragment(toShared({ ...s, paused })).then(
      (fragment) => live && setState({ fragment, error: null }),
      (err: unknown) =>
        live &&
        setState({
          fragment: null,
          error: `The link could not be made: ${err instanceof Error ? err.message : String(err)}`,
        }),
    );
    return () => {
      live = false;
    };
  }, [open, paused]);
  return state;
}

export function ShareDialog({ onClose }: { onClose: () => void }) {
  const text = useStore((s) => s.text);
  // A link opens playing; the sharer may make it open paused (a teacher's step-by-step link).
  const [paused, setPaused] = useState(false);
  const [exportOpen, setExportOpen] = useState(false);
  const { fragment, error } = useShareFragment(true, paused);
  const [snippet, setSnippet] = useState<{
    editable: boolean;
    showEditor: boolean;
    autoplay: boolean;
    theme: Theme | null;
    language: Language | null;
  }>({ editable: false, showEditor: true, autoplay: true, theme: null, language: null });
  const [preview, setPreview] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);
  const dialog = useRef<HTMLDivElement>(null);
  const titleId = useId();
  const t = useT();

  useEffect(() => {
    dialog.current?.focus();
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && onClose();
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onClose]);

  const link = fragment ? playgroundUrl(location, fragment) : null;
  return (
    <div className="modal-backdrop" onClick={(e) => e.target === e.currentTarget && onClose()}>
      <div
        className="modal share-dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        ref={dialog}
        tabIndex={-1}
      >
        <h2 id={titleId}>{t('share.title')}</h2>
        {error && (
          <p role="alert" className="share-error">
            {error}
          </p>
        )}
        {link ? (
          <>
            <CopyField label={t('share.linkLabel')} value={link} rows={3} testId="share-link" />
            <label className="share-paused">
              <input type="checkbox" checked={paused} onChange={(e) => setPaused(e.target.checked)} />{' '}
              {t('share.openPaused')}
            </label>
            <p className="share-length" data-testid="share-length">
              {t('share.length', { count: link.length.toLocaleString('en') })}
              {link.length > LINK_WARN_LENGTH && (
                <strong role="status" className="share-warning">
                  {' '}
                  {t('share.tooLong', { max: LINK_WARN_LENGTH.toLocaleString('en') })}
                </strong>
              )}
            </p>
          </>
        ) : (
          !error && <p>{t('share.making')}</p>
        )}
        <div className="share-files">
          <button type="button" className="k-btn" onClick={() => downloadScenario(text)}>
            {t('share.download')}
          </button>
          <button type="button" className="k-btn" onClick={() => fileInput.current?.click()}>
            {t('share.openFile')}
          </button>
          <input
            ref={fileInput}
            type="file"
            accept=".yaml,.yml,.txt,application/yaml,text/yaml,text/plain"
            hidden
            data-testid="share-file-input"
            onChange={(e) => {
              const file = e.currentTarget.files?.[0];
              e.currentTarget.value = '';
              // openScenarioFile reports its own failures as notices and never rejects.
              if (file)
                void openScenarioFile(file).then((opened) => {
                  if (opened) onClose();
                });
            }}
          />
        </div>
        <details className="share-real" onToggle={(e) => setExportOpen(e.currentTarget.open)}>
          <summary>{t('export.title')}</summary>
          {exportOpen && <ExportPanel />}
        </details>
        {fragment && (
          <fieldset className="share-embed">
            <legend>{t('share.embed')}</legend>
            <label>
              <input
                type="checkbox"
                checked={snippet.editable}
                onChange={(e) => setSnippet({ ...snippet, editable: e.target.checked })}
              />{' '}
              {t('share.editable')}
            </label>
            <label>
              <input
                type="checkbox"
                checked={snippet.showEditor}
                onChange={(e) => setSnippet({ ...snippet, showEditor: e.target.checked })}
              />{' '}
              {t('share.showYaml')}
            </label>
            <label>
              <input
                type="checkbox"
                checked={snippet.autoplay}
                onChange={(e) => setSnippet({ ...snippet, autoplay: e.target.checked })}
              />{' '}
              {t('share.autoplay')}
            </label>
            <label>
              {t('share.theme')}{' '}
              <select
                value={snippet.theme ?? ''}
                onChange={(e) =>
                  setSnippet({
                    ...snippet,
                    theme: e.target.value === 'light' || e.target.value === 'dark' ? e.target.value : null,
                  })
                }
              >
                <option value="">{t('share.readersChoice')}</option>
                <option value="light">{t('share.light')}</option>
                <option value="dark">{t('share.dark')}</option>
              </select>
            </label>
            <label>
              {t('share.language')}{' '}
              <select
                value={snippet.language ?? ''}
                onChange={(e) =>
                  setSnippet({ ...snippet, language: isLanguage(e.target.value) ? e.target.value : null })
                }
              >
                <option value="">{t('share.readersLanguage')}</option>
                <option value="en">English</option>
                <option value="ko">한국어</option>
              </select>
            </label>
            <CopyField
              label="HTML"
              value={iframeSnippet(location, fragment, snippet)}
              rows={4}
              testId="share-snippet"
            />
            {/* The widget as a blog shows it, in a 760 px column at most (loaded only when opened). */}
            <details className="share-preview" onToggle={(e) => setPreview(e.currentTarget.open)}>
              <summary>{t('share.preview')}</summary>
              {preview && (
                <iframe
                  src={embedSrc(location, fragment, snippet)}
                  title={t('share.preview')}
                  style={{ width: '100%', aspectRatio: '16 / 10', border: 0 }}
                  sandbox="allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox"
                  data-testid="share-preview"
                />
              )}
            </details>
          </fieldset>
        )}
        <div className="modal-actions">
          <button type="button" className="k-btn" onClick={onClose}>
            {t('inspector.close')}
          </button>
        </div>
      </div>
    </div>
  );
}
