// Buttons over the diagram's top-left corner: classroom modes and export (PNG / SVG).
import { useState, type MouseEvent } from 'react';
import { CompareButton, PresentButton } from '../classroom/ClassroomButtons.tsx';
import { downloadPng, downloadSvg } from './export/download.ts';

const diagramOf = (e: MouseEvent): HTMLElement | null => (e.currentTarget as HTMLElement).closest<HTMLElement>('[data-testid="diagram"]');

export function DiagramToolbar() {
  const [message, setMessage] = useState<string | null>(null);
  const exportAs = (kind: 'png' | 'svg') => async (e: MouseEvent) => {
    const root = diagramOf(e);
    const ok = root ? (kind === 'svg' ? downloadSvg(root) : await downloadPng(root)) : false;
    setMessage(ok ? null : root?.querySelector('.react-flow__node') ? `The ${kind.toUpperCase()} could not be made in this browser: try the other format.` : 'Nothing to export yet: the diagram is empty.');
  };
  return (
    <div className="k-toolbar" role="toolbar" aria-label="Diagram">
      <PresentButton />
      <CompareButton />
      <button type="button" className="k-btn" onClick={exportAs('png')} title="Download the diagram as a PNG image">PNG</button>
      <button type="button" className="k-btn" onClick={exportAs('svg')} title="Download the diagram as an SVG drawing">SVG</button>
      {message && <span className="k-dim" role="status">{message}</span>}
    </div>
  );
}
