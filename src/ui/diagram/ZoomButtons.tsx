// Zoom in, zoom out and fit, in the bar above the diagram (React Flow's own Controls float over
// the boxes). "Fit" is the same fit the diagram applies when its area changes.
import { useReactFlow } from '@xyflow/react';
import { useT } from '../i18n/useT.ts';

export function ZoomButtons({ onFit }: { onFit: () => void }) {
  const rf = useReactFlow();
  const t = useT();
  return (
    <div className="k-zoom" role="group" aria-label={t('diagram.zoom')}>
      <button
        type="button"
        className="k-btn"
        onClick={() => void rf.zoomIn()}
        aria-label={t('diagram.zoomIn')}
        title={t('diagram.zoomIn')}
      >
        +
      </button>
      <button
        type="button"
        className="k-btn"
        onClick={() => void rf.zoomOut()}
        aria-label={t('diagram.zoomOut')}
        title={t('diagram.zoomOut')}
      >
        −
      </button>
      <button type="button" className="k-btn" onClick={onFit} aria-label={t('diagram.fit')} title={t('diagram.fit')}>
        {t('diagram.fitShort')}
      </button>
    </div>
  );
}
