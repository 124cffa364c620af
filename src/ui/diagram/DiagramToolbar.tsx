// Buttons in the bar above the diagram: classroom modes and export (PNG / SVG).
import { useState, type MouseEvent } from 'react';
import { useReactFlow } from '@xyflow/react';
import { CompareButton, PresentButton } from '../classroom/ClassroomButtons.tsx';
import type { ExportResult } from './export/download.ts';

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
  const flow = useReactFlow();
  const t = useT();
  const exportAs = (kind: 'png' | 'svg') => (e: MouseEvent) => {
    const root = diagramOf(e);
    const run = async (): Promise<ExportResult> => {
      const ex = root ? await exporters() : null;
      const total = flow.getNodes().length;
      return root && ex ? await (kind === 'svg' ? ex.downloadSvg(root, total) : ex.downloadPng(root, total)) : null;
    };
    // A chunk that fails to load or a PNG that fails to encode is an export that did not happen: say so.
    void run()
      .catch(() => null)
      .then((r) =>
        setMessage(
          r
            ? r.boxes < r.total
              ? t('diagram.exportPartial', { format: kind.toUpperCase(), boxes: r.boxes, total: r.total })
              : null
            : root?.querySelector('.react-flow__node')
              ? t('diagram.exportFailed', { format: kind.toUpperCase() })
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
      {message && (
        <span className="k-dim" role="status">
          {message}
        </span>
      )}
    </div>
  );
}
