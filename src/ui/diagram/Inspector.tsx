// Details of what is selected on the diagram (or of the hop picked in the transcript), with the
// direct-manipulation buttons. Edits go to store.applyEdit: the worker rewrites the YAML.
import '../i18n/laterWords.ts';
import { affinityAt } from './affinityAt.ts';
import { useState, type ReactElement } from 'react';
import { applyEdit, revealLine, select, useStore } from '../store.ts';
import { ProxyRulesView } from './ProxyRulesView.tsx';
import { PacketView } from '../traffic/PacketView.tsx';
import type {
  ClusterView,
  GatewayView,
  ObjectRefView,
  PodView,
  ServiceView,
  ViewSource,
} from '../../worker/clusterView.ts';
import { describePorts, labelPairs, selectorText } from './describe.ts';
import { focusHop, useHopFocus } from '../traffic/hopFocus.ts';
import { nsName } from './flowIds.ts';
import { useLanguage, useT } from '../i18n/useT.ts';
import { hopText, outcomeText, reasonText } from '../../text/said.ts';
import { hopKindKey } from '../i18n/hopKind.ts';
import { formatSource } from '../../core/dataplane/sourceText.ts';

// Kubernetes field and kind names (ClusterIP, InternalIP, Pod…) stay as the API spells them in
// every language; the surrounding labels follow the UI language.

const same = (ns: string | undefined, a: string | undefined): boolean => (ns || 'default') === (a || 'default');

function SourceLink({ source }: { source: ViewSource | null }) {
  const t = useT();
  if (!source?.range) return null;
  const line = source.range.line;
  return (
    <button type="button" className="k-btn k-link" onClick={() => revealLine(line)}>
      {t('inspector.showInYaml', { line })}
    </button>
  );
}

export function Inspector() {
  const selection = useStore((s) => s.selection);
  const view = useStore((s) => s.view);
  const hop = useHopFocus();
  const t = useT();
  let body: ReactElement | null = null;
  if (hop) body = <HopDetails />;
  else if (view && selection) body = <ObjectDetails view={view} selection={selection} />;
  return (
    <section className="k-inspector" aria-label={t('inspector.label')} data-testid="inspector">
      {body ?? <p className="k-dim">{t('inspector.empty')}</p>}
    </section>
  );
}

function ObjectDetails({ view, selection }: { view: ClusterView; selection: ObjectRefView }) {
  switch (selection.kind) {
    case 'Pod': {
      const pod = view.pods.find((p) => p.name === selection.name && same(p.namespace, selection.namespace));
      return pod ? <PodDetails view={view} pod={pod} /> : <Gone selection={selection} />;
    }
    case 'Service': {
      const svc = view.services.find((s) => s.name === selection.name && same(s.namespace, selection.namespace));
      return svc ? <ServiceDetails svc={svc} /> : <Gone selection={selection} />;
    }
    case 'Node': {
      const node = view.nodes.find((n) => n.name === selection.name);
      if (!node) return <Gone selection={selection} />;
      const pods = view.pods.filter((p) => p.node === node.name);
      return (
        <div>
          <h3>Node {node.name}</h3>
          <dl className="k-dl">
            <dt>InternalIP</dt>
            <dd className="k-mono">{node.ip}</dd>
            <dt>podCIDR</dt>
            <dd className="k-mono">{node.podCIDR}</dd>
            <dt>Ready</dt>
            <dd>{node.ready ? 'True' : 'False'}</dd>
          </dl>
          <h4>Pods ({pods.length})</h4>
          <ul>
            {pods.map((p) => (
              <li key={p.name}>
                <button
                  type="button"
                  className="k-btn k-link"
                  onClick={() => select({ kind: 'Pod', namespace: p.namespace, name: p.name })}
                >
                  {p.name}
                </button>{' '}
                <span className="k-mono k-dim">{p.ip}</span>
              </li>
            ))}
          </ul>
        </div>
      );
    }
    case 'KubeProxy':
      return view.nodes.some((n) => n.name === selection.name) ? (
        <ProxyRulesView node={selection.name} view={view} />
      ) : (
        <Gone selection={selection} />
      );
    case 'Client': {
      const c = useStore.getState().running.find((x) => x.id === selection.name);
      return c ? (
        <div>
          <h3>Client {c.id}</h3>
          <dl className="k-dl">
            <dt>from</dt>
            <dd className="k-mono">{formatSource(c.from)}</dd>
            <dt>to</dt>
            <dd className="k-mono">{c.to}</dd>
            <dt>rate</dt>
            <dd>{c.rate}/s</dd>
          </dl>
        </div>
      ) : (
        <Gone selection={selection} />
      );
    }
    case 'Gateway': {
      const gw = view.gateways.find((g) => g.name === selection.name && same(g.namespace, selection.namespace));
      return gw ? <GatewayDetails gw={gw} /> : <Gone selection={selection} />;
    }
    default: {
      const ing = view.ingresses.find((i) => i.name === selection.name && same(i.namespace, selection.namespace));
      return ing ? (
        <div>
          <h3>Ingress {ing.name}</h3>
          <ul>
            {ing.rules.flatMap((r) =>
              r.paths.map((p) => (
                <li key={`${r.host}${p.path}`} className="k-mono">
                  {r.host || '*'}
                  {p.path} ({p.pathType}) → {p.service}:{p.port ?? '?'}
                </li>
              )),
            )}
          </ul>
          <SourceLink source={ing.source} />
        </div>
      ) : (
        <Gone selection={selection} />
      );
    }
  }
}

/** A Gateway as its controller serves it: address, listeners, and the routes it attached with each backendRef's weight. */
function GatewayDetails({ gw }: { gw: GatewayView }) {
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

function Gone({ selection }: { selection: ObjectRefView }) {
  const t = useT();
  return <p className="k-dim">{t('inspector.gone', { kind: selection.kind, name: selection.name })}</p>;
}

function PodDetails({ view, pod }: { view: ClusterView; pod: PodView }) {
  const [key, setKey] = useState('');
  const [value, setValue] = useState('');
  const t = useT();
  const services = view.services.filter(
    (s) => s.namespace === pod.namespace && s.endpoints.some((e) => e.pod === pod.name),
  );
  const rs = pod.owner?.kind === 'ReplicaSet' ? pod.owner.name : null;
  // A ReplicaSet made by a Deployment is named <deployment>-<pod-template-hash> (deployment controller).
  const deploy = rs
    ? view.workloads.find(
        (w) => w.kind === 'Deployment' && w.namespace === pod.namespace && rs.startsWith(`${w.name}-`),
      )
    : undefined;
  const ref = { namespace: pod.namespace, name: pod.name };
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
          {pod.phase}
          {pod.ready ? ', Ready' : ', not Ready'}
        </dd>
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
        <button
          type="button"
          className="k-btn"
          onClick={() => applyEdit({ op: 'setPodReady', ...ref, ready: !pod.ready })}
        >
          {pod.ready ? t('inspector.markNotReady') : t('inspector.markReady')}
        </button>
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
              onClick={() =>
                applyEdit({
                  op: 'scale',
                  kind: 'Deployment',
                  namespace: deploy.namespace,
                  name: deploy.name,
                  replicas: deploy.replicas! - 1,
                })
              }
            >
              −
            </button>
            <span className="k-mono">{deploy.replicas}</span>
            <button
              type="button"
              className="k-btn"
              aria-label={t('inspector.scaleUp', { name: deploy.name })}
              onClick={() =>
                applyEdit({
                  op: 'scale',
                  kind: 'Deployment',
                  namespace: deploy.namespace,
                  name: deploy.name,
                  replicas: deploy.replicas! + 1,
                })
              }
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

function ServiceDetails({ svc }: { svc: ServiceView }) {
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

/** Hops kube-proxy's rules decided (their `rule` is a line of the node's dump); ingress and gateway hops carry their route instead. */
const PROXY_HOPS = new Set(['kube-proxy', 'dnat', 'snat', 'affinity', 'drop', 'reject']);

function HopDetails() {
  const f = useHopFocus();
  const view = useStore((s) => s.view);
  const t = useT();
  const lang = useLanguage();
  if (!f) return null;
  const { hop, result } = f;
  const at = (hop as { at?: unknown }).at;
  const ref =
    at && typeof at === 'object' ? (at as { kind?: string; namespace?: string; name?: string; path?: string }) : null;
  return (
    <div>
      <h3>{t('inspector.hop', { index: result.index, hop: f.hopIndex + 1, kind: t(hopKindKey(hop.kind)) })}</h3>
      <p>{hopText(lang, hop)}</p>
      {hop.node && <p className="k-dim">{t('inspector.onNode', { node: hop.node })}</p>}
      <PacketView result={result} hopIndex={f.hopIndex} />
      {hop.node && hop.rule && PROXY_HOPS.has(hop.kind) && view?.nodes.some((n) => n.name === hop.node) && (
        <details className="k-packet-rules">
          <summary>{t('inspector.nodeRules', { node: hop.node })}</summary>
          <ProxyRulesView node={hop.node} view={view} />
        </details>
      )}
      {ref?.kind && ref.name && (
        <p>
          {t('inspector.from')}{' '}
          <button
            type="button"
            className="k-btn k-link"
            onClick={() =>
              select({ kind: ref.kind!, ...(ref.namespace ? { namespace: ref.namespace } : {}), name: ref.name! })
            }
          >
            {ref.kind} {ref.name}
          </button>
          {ref.path ? (
            <>
              {' '}
              {t('inspector.field')} <code>{ref.path}</code>
            </>
          ) : null}
        </p>
      )}
      {result.outcome !== 'ok' && (
        <p className="k-fail">
          {outcomeText(lang, result.outcome)}: {reasonText(lang, result)}
        </p>
      )}
      <button type="button" className="k-btn" onClick={() => focusHop(null)}>
        {t('inspector.close')}
      </button>
    </div>
  );
}
