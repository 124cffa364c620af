// A Gateway's details in the Inspector.
import type { GatewayView } from '../../worker/clusterView.ts';
import { useT } from '../i18n/useT.ts';
import { SourceLink } from './SourceLink.tsx';

/** A Gateway as its controller serves it: address, listeners, and the routes it attached with each backendRef's weight. */
export function GatewayDetails({ gw }: { gw: GatewayView }) {
  const t = useT();
  return (
    <div>
      <h3>
        {t('box.gateway')} {gw.name}
      </h3>
      <dl className="k-dl">
        <dt>gatewayClassName</dt>
        <dd className="k-mono">{gw.className}</dd>
        <dt>address</dt>
        <dd className="k-mono">{gw.address ?? '<pending>'}</dd>
      </dl>
      <h4>listeners</h4>
      <ul>
        {gw.listeners.map((l) => (
          <li key={l.name} className="k-mono">
            {l.name}: {l.protocol} :{l.port}
            {l.hostname ? ` ${l.hostname}` : ''}
            {l.problem ? ` ✗ ${l.problem}` : ''}
          </li>
        ))}
      </ul>
      <h4>HTTPRoutes</h4>
      <ul>
        {gw.routes.map((r) => (
          <li key={`${r.namespace}/${r.name}`} className="k-mono">
            {r.name} [{r.listeners.join(', ')}] {r.hostnames.join(', ') || '*'}
            <ul>
              {r.rules.map((rule, i) => (
                <li key={i}>
                  rules[{i}] →{' '}
                  {rule.backends
                    .map((b) => `${b.service}${b.port !== null ? `:${b.port}` : ''} weight ${b.weight}`)
                    .join(', ') || '—'}
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
      <SourceLink source={gw.source} />
    </div>
  );
}
