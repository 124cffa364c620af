import { boxView } from './boxView.ts';
import type { NodeProps } from '@xyflow/react';
import { SourceHandle, TargetHandle } from './sideHandles.tsx';
import type { ServiceFlowNode } from '../flowShapes.ts';
import { IconService, IconWarning } from '../icons.tsx';
import { FitText } from './FitText.tsx';
import { useLanguage, useT } from '../../i18n/useT.ts';
import { badgeText } from '../cardLines.ts';
import { findingText } from '../findingText.ts';
import type { ServiceFinding } from '../../../worker/protocol.ts';

function ServiceNodeView({ data }: NodeProps<ServiceFlowNode>) {
  const t = useT();
  const s = data.service;
  const lang = useLanguage();
  const nearMiss = data.findings.find((f) => f.code === 'selector-near-miss');
  const portFindings = data.findings.filter(
    (f): f is Exclude<ServiceFinding, { code: 'selector-near-miss' }> => f.code !== 'selector-near-miss',
  );
  return (
    <div
      className={`k-box k-service${data.selectsNoPods || portFindings.length > 0 ? ' k-alert' : ''}`}
      data-testid={`service-${s.name}`}
      aria-label={`${t('box.service')} ${s.name}, ${s.type}`}
    >
      <TargetHandle />
      <header className="k-head">
        <IconService />
        <span className="k-kind">{t('box.service')}</span>
        <span className="k-chip">{s.type}</span>
      </header>
      <FitText as="div" className="k-name" text={s.name} />
      <div className="k-mono k-dim">
        {s.clusterIP && s.clusterIP !== 'None' ? s.clusterIP : s.clusterIP === 'None' ? t('box.headless') : ''}
      </div>
      <ul className="k-ports">
        {data.ports.map((p, i) => {
          const bad = portFindings.filter((f) => f.portIndex === i);
          return [
            <FitText as="li" key={p} className={`k-mono${bad.length ? ' k-port-bad' : ''}`} text={p} />,
            ...bad.map((f) => (
              // A sentence: it wraps (the card is as tall as its lines, whyLines), never shortened.
              <li key={`${p}:${f.code}`} className="k-port-why">
                {findingText(f, lang)}
              </li>
            )),
          ];
        })}
        {data.nodePorts.length > 0 && (
          <FitText as="li" className="k-mono k-nodeport" text={`nodePort ${data.nodePorts.join(', ')}`} />
        )}
      </ul>
      <div className="k-foot k-dim">
        <FitText text={data.selector} />
        <span className="k-foot-count">
          · {t('box.readyCount', { ready: data.readyCount, total: data.endpointCount })}
        </span>
      </div>
      {data.selectsNoPods && (
        <div className="k-badge" role="status">
          <IconWarning /> {badgeText(lang, data.noPodsWhy, nearMiss)}
        </div>
      )}
      <SourceHandle />
    </div>
  );
}
export const ServiceNode = boxView(ServiceNodeView);
