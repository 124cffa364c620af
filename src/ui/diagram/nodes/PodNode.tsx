import { memo } from 'react';
import { Handle, Position, type NodeProps } from '@xyflow/react';
import type { PodFlowNode } from '../toFlowElements.ts';
import { IconPod } from '../icons.tsx';
import { FitText } from './FitText.tsx';
import { useT } from '../../i18n/useT.ts';

function PodNodeView({ data }: NodeProps<PodFlowNode>) {
  const t = useT();
  const p = data.pod;
  const state = p.phase === 'Terminating' ? 'terminating' : p.ready ? 'ready' : 'not-ready';
  return (
    <div
      className={`k-box k-pod k-${state}`}
      data-testid={`pod-${p.name}`}
      aria-label={`${t('box.pod')} ${p.name}, ${state}`}
    >
      <Handle type="target" position={Position.Left} />
      <header className="k-head">
        <IconPod />
        <span className="k-kind">{t('box.pod')}</span>
        <span className={`k-dot k-dot-${state}`} title={state} />
        <span className="k-dim k-small">
          {t(state === 'ready' ? 'box.ready' : state === 'terminating' ? 'box.terminating' : 'box.notReady')}
        </span>
      </header>
      <FitText as="div" className="k-name" text={p.name} />
      <div className="k-mono k-dim">
        {p.ip ?? t('box.noIP')}
        {data.ports ? ` : ${data.ports}` : ''}
      </div>
      <ul className="k-labels">
        {data.labels.map((l) => (
          <FitText as="li" key={l} className="k-label k-mono" text={l} />
        ))}
        {data.hiddenLabels > 0 && <li className="k-label k-dim">+{data.hiddenLabels}</li>}
      </ul>
      <Handle type="source" position={Position.Right} />
    </div>
  );
}
export const PodNode = memo(PodNodeView);
