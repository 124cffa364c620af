// Details of what is selected on the diagram (or of the hop picked in the transcript). A kind with
// more to show than a few fields has its own file (PodDetails, with the direct-manipulation buttons;
// ServiceDetails; GatewayDetails; HopDetails); Node, Client and Ingress fit here.
import '../i18n/laterWords.ts';
import type { ReactElement } from 'react';
import { select, useStore } from '../store.ts';
import { ProxyRulesView } from './ProxyRulesView.tsx';
import type { ClusterView, ObjectRefView } from '../../worker/clusterView.ts';
import { useHopFocus } from '../traffic/hopFocus.ts';
import { useT } from '../i18n/useT.ts';
import { formatSource } from '../../core/dataplane/sourceText.ts';
import { SourceLink } from './SourceLink.tsx';
import { PodDetails } from './PodDetails.tsx';
import { ServiceDetails } from './ServiceDetails.tsx';
import { GatewayDetails } from './GatewayDetails.tsx';
import { HopDetails } from './HopDetails.tsx';

// Kubernetes field and kind names (ClusterIP, InternalIP, Pod…) stay as the API spells them in
// every language, here and in the details files; the surrounding labels follow the UI language.

const same = (ns: string | undefined, a: string | undefined): boolean => (ns || 'default') === (a || 'default');

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

function Gone({ selection }: { selection: ObjectRefView }) {
  const t = useT();
  return <p className="k-dim">{t('inspector.gone', { kind: selection.kind, name: selection.name })}</p>;
}
