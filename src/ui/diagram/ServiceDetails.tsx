// A Service's details in the Inspector: ports, selector, endpoints, and the ClientIP affinity table
// at the moment the diagram shows.
import '../i18n/laterWords.ts';
import { affinityAt } from './affinityAt.ts';
import { useStore } from '../store.ts';
import type { ServiceView } from '../../worker/clusterView.ts';
import { describePorts, selectorText } from './describe.ts';
import { nsName } from './flowIds.ts';
import { useT } from '../i18n/useT.ts';
import { SourceLink } from './SourceLink.tsx';

export function ServiceDetails({ svc }: { svc: ServiceView }) {
  const affinity = useStore((s) => s.affinity);
  const time = useStore((s) => s.time);
  const t = useT();
  const key = nsName(svc.namespace, svc.name);
  const entries = affinityAt(affinity, time, key);
  const ports = describePorts(
    svc.ports.map((p) => ({ ...p, ...(p.nodePort ? { nodePort: p.nodePort } : { nodePort: undefined }) })),
  );
  return (
    <div>
      <h3>
        Service {svc.name} <span className="k-chip">{svc.type}</span>
      </h3>
      <dl className="k-dl">
        <dt>ClusterIP</dt>
        <dd className="k-mono">{svc.clusterIP}</dd>
        <dt>{t('inspector.ports')}</dt>
        <dd className="k-mono">
          {ports.ports.join(', ')}
          {ports.nodePorts.length ? ` (nodePort ${ports.nodePorts.join(', ')})` : ''}
        </dd>
        <dt>{t('inspector.selector')}</dt>
        <dd className="k-mono">{svc.selector ? selectorText(svc.selector) : t('inspector.noSelector')}</dd>
        <dt>{t('inspector.sessionAffinity')}</dt>
        <dd>
          {svc.sessionAffinity}
          {svc.timeoutSeconds !== null ? ` (${svc.timeoutSeconds}s)` : ''}
        </dd>
        {svc.lbIPs.length > 0 && (
          <>
            <dt>LoadBalancer</dt>
            <dd className="k-mono">{svc.lbIPs.join(', ')}</dd>
          </>
        )}
      </dl>
      <h4>{t('inspector.endpoints')}</h4>
      <table className="k-table">
        <thead>
          <tr>
            <th>{t('inspector.address')}</th>
            <th>{t('inspector.pod')}</th>
            <th>{t('inspector.node')}</th>
            <th>{t('inspector.ready')}</th>
          </tr>
        </thead>
        <tbody>
          {svc.endpoints.length === 0 ? (
            <tr>
              <td colSpan={4} className="k-dim">
                {t('inspector.noEndpoints')}
              </td>
            </tr>
          ) : (
            svc.endpoints.map((e, i) => (
              <tr key={`${e.ip}:${e.port}:${i}`}>
                <td className="k-mono">
                  {e.ip}:{e.port ?? '?'}
                </td>
                <td>{e.pod ?? ''}</td>
                <td>{e.node ?? ''}</td>
                <td>{e.ready ? t('inspector.yes') : t('inspector.no')}</td>
              </tr>
            ))
          )}
        </tbody>
      </table>
      {svc.sessionAffinity === 'ClientIP' && (
        <>
          <h4>{t('inspector.affinity')}</h4>
          <table className="k-table" data-testid="affinity-table">
            <thead>
              <tr>
                <th>{t('inspector.clientIP')}</th>
                <th>{t('inspector.pod')}</th>
                <th>{t('inspector.timeLeft')}</th>
              </tr>
            </thead>
            <tbody>
              {entries.length === 0 ? (
                <tr>
                  <td colSpan={3} className="k-dim">
                    {t('inspector.noEntries')}
                  </td>
                </tr>
              ) : (
                entries.map((a) => (
                  <tr key={`${a.node}>${a.clientIP}>${a.endpoint}`}>
                    <td className="k-mono">{a.clientIP}</td>
                    <td>{a.endpoint}</td>
                    <td>{a.secondsLeft}s</td>
                  </tr>
                ))
              )}
            </tbody>
          </table>
        </>
      )}
      <SourceLink source={svc.source} />
    </div>
  );
}
