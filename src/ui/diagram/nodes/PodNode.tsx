import { boxView } from './boxView.ts';
import type { NodeProps } from '@xyflow/react';
import { SourceHandle, TargetHandle } from './sideHandles.tsx';
import type { PodFlowNode } from '../flowShapes.ts';
import { IconPod } from '../icons.tsx';
import { FitText } from './FitText.tsx';
import { useT } from '../../i18n/useT.ts';
import { useStore } from '../../store.ts';
import { topologyMark } from '../topologyMark.ts';

function PodNodeView({ data }: NodeProps<PodFlowNode>) {
  const t = useT();
  const p = data.pod;
  const state = p.phase === 'Terminating' ? 'terminating' : p.ready ? 'ready' : 'not-ready';
  // While a topology hop is focused: did kube-proxy on that node keep this pod's endpoint?
  const mark = useStore((s) => topologyMark(s.hopFocus, p));
  const [topo, topoNode] = mark.split('|') as ['' | 'kept' | 'dropped', string | undefined];
  const topoText =
    topo === '' ? '' : t(topo === 'kept' ? 'box.topologyKept' : 'box.topologyDropped', { node: topoNode ?? '' });
  // The EndpointSlice hints of this pod's endpoint (trafficDistribution): node names, then zone names.
  const podHints = p.hints ?? [];
  const hints = [...new Set([...podHints.flatMap((h) => h.nodes), ...podHints.flatMap((h) => h.zones)])];
  const hintLines = podHints.map((h) =>
    t('box.hint', { service: h.service, hints: [...h.nodes, ...h.zones].join(', ') }),
  );
  // A label's room depends on the whole row (the labels share it, a hint takes its width), so labels
  // share their cut room only with the same label in the same row: a new pod of the same ReplicaSet.
  const labelRow = ['pod-label', hints.join(' · '), data.hiddenLabels, ...data.labels].join('\u0000');
  return (
    <div
      className={`k-box k-pod k-${state}${topo ? ` k-topo-${topo}` : ''}`}
      data-testid={`pod-${p.name}`}
      aria-label={`${t('box.pod')} ${p.name}, ${state}${hintLines.map((l) => `, ${l}`).join('')}${topoText ? `, ${topoText}` : ''}`}
    >
      <TargetHandle side="left" />
      <header className="k-head">
        <IconPod />
        <span className="k-kind">{t('box.pod')}</span>
        <span className={`k-dot k-dot-${state}`} title={state} />
        <span className="k-dim k-small">
          {t(state === 'ready' ? 'box.ready' : state === 'terminating' ? 'box.terminating' : 'box.notReady')}
        </span>
      </header>
      <FitText as="div" className="k-name" text={p.name} family="pod-name" />
      <div className="k-mono k-dim">
        {p.ip ?? t('box.noIP')}
        {data.ports ? ` : ${data.ports}` : ''}
      </div>
      <ul className="k-labels">
        {hints.length > 0 && (
          <li
            className="k-label k-hint k-mono"
            data-testid="pod-hint"
            title={[...hintLines, ...(topoText ? [topoText] : [])].join('\n')}
          >
            {topo === 'kept' ? '✓ ' : ''}
            {hints.join(' · ')}
          </li>
        )}
        {data.labels.map((l) => (
          <FitText as="li" key={l} className="k-label k-mono" text={l} family={`${labelRow}\u0000${l}`} />
        ))}
        {data.hiddenLabels > 0 && <li className="k-label k-dim">+{data.hiddenLabels}</li>}
      </ul>
      <SourceHandle />
    </div>
  );
}
export const PodNode = boxView(PodNodeView);
