// Buttons in the bar above the diagram: classroom modes and export (PNG / SVG).
import { useState, type MouseEvent } from 'react';
import { useReactFlow } from '@xyflow/react';
import { CompareButton, PresentButton } from '../classroom/ClassroomButtons.tsx';
import type { ExportResult, ImageOptions } from './export/download.ts';

// The exporters load on the first click: nothing before the first diagram waits for them.
const exporters = () => import('./export/download.ts');
import { useT } from '../i18n/useT.ts';

// The toolbar sits in the bar above the drawing (Diagram.tsx), so the drawing is its wrap's.
const diagramOf = (e: MouseEvent): HTMLElement | null =>
  (e.currentTarget as HTMLElement)
    .closest<HTMLElement>('.ksp-diagram-wrap')
    ?.querySelector<HTMLElement>('[data-testid="diagram"]') ?? null;

export function DiagramToolbar() {
  const [message, setMessage] = useState<string | null>(null);
  const [options, setOptions] = useState<ImageOptions>({ scale: 2, background: 'page' });
  const [showOptions, setShowOptions] = useState(false);
  const flow = useReactFlow();
  const t = useT();
  const exportAs = (kind: 'png' | 'svg' | 'copy') => (e: MouseEvent) => {
    const root = diagramOf(e);
    const format = kind === 'svg' ? 'SVG' : 'PNG';
    const run = async (): Promise<ExportResult> => {
      const ex = root ? await exporters() : null;
      const total = flow.getNodes().length;
      if (!root || !ex) return null;
      if (kind === 'svg') return ex.downloadSvg(root, total, options);
      return kind === 'copy' ? ex.copyPng(root, total, options) : ex.downloadPng(root, total, options);
    };
    // A chunk that fails to load or a PNG that fails to encode is an export that did not happen: say so.
    void run()
      .catch(() => null)
      .then((r) =>
        setMessage(
          r
            ? r.boxes < r.total
              ? t('diagram.exportPartial', { format, boxes: r.boxes, total: r.total })
              : kind === 'copy'
                ? t('diagram.copied')
                : null
            : root?.querySelector('.react-flow__node')
              ? t(kind === 'copy' ? 'diagram.copyFailed' : 'diagram.exportFailed', { format })
              : t('diagram.exportEmpty'),
        ),
      );
  };
  return (
    <div className="k-toolbar" role="toolbar" aria-label={t('diagram.toolbar')}>
      <PresentButton />
      <CompareButton />
      <button type="button" className="k-btn" onClick={exportAs('png')} title={t('diagram.pngTitle')}>
        PNG
      </button>
      <button type="button" className="k-btn" onClick={exportAs('svg')} title={t('diagram.svgTitle')}>
        SVG
      </button>
      <button
        type="button"
        className="k-btn"
        aria-expanded={showOptions}
        onClick={() => setShowOptions(!showOptions)}
        title={t('diagram.imageOptions')}
      >
        {t('diagram.imageOptionsShort')}
      </button>
      {showOptions && (
        <span className="k-image-options" role="group" aria-label={t('diagram.imageOptions')}>
          <label>
            {t('diagram.scale')}{' '}
            <select value={options.scale} onChange={(e) => setOptions({ ...options, scale: Number(e.target.value) })}>
              {[1, 2, 3].map((s) => (
                <option key={s} value={s}>
                  {s}×
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('diagram.background')}{' '}
            <select
              value={options.background}
              onChange={(e) =>
                setOptions({ ...options, background: e.target.value === 'transparent' ? 'transparent' : 'page' })
              }
            >
              <option value="page">{t('diagram.backgroundPage')}</option>
              <option value="transparent">{t('diagram.backgroundNone')}</option>
            </select>
          </label>
          <button type="button" className="k-btn" onClick={exportAs('copy')}>
            {t('diagram.copyPng')}
          </button>
        </span>
      )}
      {message && (
        <span className="k-dim" role="status">
          {message}
        </span>
      )}
    </div>
  );
}
