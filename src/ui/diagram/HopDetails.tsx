// The hop picked in the transcript, in the Inspector: what it did, its packet, the node's rules
// that decided it, and the object (and field) it came from.
import '../i18n/laterWords.ts';
import { select, useStore } from '../store.ts';
import { ProxyRulesView } from './ProxyRulesView.tsx';
import { PacketView } from '../traffic/PacketView.tsx';
import { focusHop, useHopFocus } from '../traffic/hopFocus.ts';
import { useLanguage, useT } from '../i18n/useT.ts';
import { hopText, outcomeText, reasonText } from '../../text/said.ts';
import { hopKindKey } from '../i18n/hopKind.ts';

/** Hops kube-proxy's rules decided (their `rule` is a line of the node's dump); ingress and gateway hops carry their route instead. */
const PROXY_HOPS = new Set(['kube-proxy', 'dnat', 'snat', 'affinity', 'drop', 'reject']);

export function HopDetails() {
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
