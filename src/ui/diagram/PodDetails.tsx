// A Pod's details in the Inspector, with the direct-manipulation buttons (readiness, delete, scale
// its Deployment, relabel). Edits go to store.applyEdit: the worker rewrites the YAML.
import '../i18n/laterWords.ts';
import { useState } from 'react';
import { applyEdit, select } from '../store.ts';
import type { ClusterView, PodView } from '../../worker/clusterView.ts';
import { labelPairs, selectorText } from './describe.ts';
import { useT } from '../i18n/useT.ts';
import { SourceLink } from './SourceLink.tsx';

export function PodDetails({ view, pod }: { view: ClusterView; pod: PodView }) {
  const [key, setKey] = useState('');
  const [value, setValue] = useState('');
  const t = useT();
  const services = view.services.filter(
    (s) => s.namespace === pod.namespace && s.endpoints.some((e) => e.pod === pod.name),
  );
  // Its Deployment as the worker read it from the controllers' ownerReferences (view.ts).
  const deploy = view.workloads.find(
    (w) => w.kind === 'Deployment' && w.namespace === pod.namespace && w.name === pod.deployment,
  );
  const ref = { namespace: pod.namespace, name: pod.name };
  const scaleTo = (replicas: number): void => {
    if (deploy)
      applyEdit({ op: 'scale', kind: 'Deployment', namespace: deploy.namespace, name: deploy.name, replicas });
  };
  return (
    <div>
      <h3>Pod {pod.name}</h3>
      <dl className="k-dl">
        <dt>{t('inspector.ip')}</dt>
        <dd className="k-mono">{pod.ip || t('inspector.none')}</dd>
        <dt>{t('inspector.node')}</dt>
        <dd className="k-mono">{pod.node || t('inspector.notScheduled')}</dd>
        <dt>{t('inspector.status')}</dt>
        <dd>
          {pod.phase}, {t(pod.ready ? 'box.ready' : 'box.notReady')}
        </dd>
        {pod.waiting ? (
          <>
            {/* kubelet's reason and message, verbatim in both languages. */}
            <dt>{t('inspector.waiting')}</dt>
            <dd className="k-mono">{pod.waiting}</dd>
          </>
        ) : null}
        <dt>{t('inspector.ports')}</dt>
        <dd className="k-mono">
          {pod.ports.map((p) => `${p.containerPort}/${p.protocol}`).join(', ') || t('inspector.noPortsDeclared')}
        </dd>
      </dl>
      <h4>{t('inspector.labels')}</h4>
      <ul className="k-labels">
        {labelPairs(pod.labels).map((l) => (
          <li key={l} className="k-label k-mono">
            {l}
          </li>
        ))}
      </ul>
      <h4>{t('inspector.selectedBy')}</h4>
      <ul>
        {services.length === 0 ? (
          <li className="k-dim">{t('inspector.noService')}</li>
        ) : (
          services.map((s) => (
            <li key={s.name}>
              <button
                type="button"
                className="k-btn k-link"
                onClick={() => select({ kind: 'Service', namespace: s.namespace, name: s.name })}
              >
                {s.name}
              </button>{' '}
              <span className="k-dim">({selectorText(s.selector ?? undefined)})</span>
            </li>
          ))
        )}
      </ul>
      <div className="k-actions" role="group" aria-label={t('inspector.changePod')}>
        {/* The readiness stand-in undoes only itself: a pod not ready for another reason (a container
            waiting for its ConfigMap…) gets no button that would change nothing. */}
        {pod.ready || pod.markedNotReady ? (
          <button
            type="button"
            className="k-btn"
            onClick={() => applyEdit({ op: 'setPodReady', ...ref, ready: !pod.ready })}
          >
            {pod.ready ? t('inspector.markNotReady') : t('inspector.markReady')}
          </button>
        ) : null}
        <button type="button" className="k-btn k-danger" onClick={() => applyEdit({ op: 'deletePod', ...ref })}>
          {t('inspector.deletePod')}
        </button>
        {deploy && deploy.replicas !== null && (
          <span className="k-scale">
            {t('inspector.scale', { name: deploy.name })}
            <button
              type="button"
              className="k-btn"
              aria-label={t('inspector.scaleDown', { name: deploy.name })}
              disabled={deploy.replicas <= 0}
              onClick={() => scaleTo(deploy.replicas! - 1)}
            >
              −
            </button>
            <span className="k-mono">{deploy.replicas}</span>
            <button
              type="button"
              className="k-btn"
              aria-label={t('inspector.scaleUp', { name: deploy.name })}
              onClick={() => scaleTo(deploy.replicas! + 1)}
            >
              +
            </button>
          </span>
        )}
      </div>
      <form
        className="k-relabel"
        onSubmit={(e) => {
          e.preventDefault();
          if (key) applyEdit({ op: 'setLabel', kind: 'Pod', ...ref, key, value: value === '' ? null : value });
        }}
      >
        <label>
          {t('inspector.labelKey')}{' '}
          <input value={key} onChange={(e) => setKey(e.target.value)} placeholder="app" className="k-mono" />
        </label>
        <label>
          ={' '}
          <input
            value={value}
            onChange={(e) => setValue(e.target.value)}
            placeholder={t('inspector.emptyRemoves')}
            className="k-mono"
          />
        </label>
        <button type="submit" className="k-btn">
          {t('inspector.relabel')}
        </button>
      </form>
      <SourceLink source={pod.source} />
    </div>
  );
}
