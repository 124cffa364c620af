// A node's kube-proxy rules in the Inspector: the text `ksp iptables --node` prints, asked of the
// worker (the core's proxyRulesText), never rebuilt here. The lines that name the chosen Service are
// highlighted: kube-proxy writes `namespace/name[:port]` into its rule comments (iptables -m
// comment, nft comment), so the highlight finds the Service where kube-proxy itself named it.
// The lines the focused packet matched on this node are marked too: each hop carries the rule line
// that decided it (Hop.rule, the same text the dump prints), so a line is marked when it is one, and
// the view scrolls to the first. The three modes' views are the core's too (`ksp iptables --mode`):
// the cluster's own mode first; another mode shows what kube-proxy would program if it ran in it.
import '../i18n/laterWords.ts';
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { setRuleService, simBridge, useStore, type ProxyRules } from '../store.ts';
import type { ProxyMode } from '../../worker/protocol.ts';
import type { ClusterView } from '../../worker/clusterView.ts';
import { useT } from '../i18n/useT.ts';
import { useHopFocus } from '../traffic/hopFocus.ts';

/** A rule line naming Service `ns/name` in a comment: the key stands alone or before `:port`. */
export function namesService(line: string, key: string): boolean {
  let at = line.indexOf(key);
  while (at >= 0) {
    const before = at === 0 ? ' ' : line[at - 1]!;
    const after = line[at + key.length] ?? ' ';
    if (/[\s"]/.test(before) && /[\s":]/.test(after)) return true;
    at = line.indexOf(key, at + 1);
  }
  return false;
}

/** The modes kube-proxy runs in on Linux, as `--mode` names them, with the tool whose output each view is. */
const MODES: readonly { mode: ProxyMode; label: string }[] = [
  { mode: 'iptables', label: 'iptables' },
  { mode: 'nftables', label: 'nftables' },
  { mode: 'ipvs', label: 'IPVS' },
];

export function ProxyRulesView({ node, view }: { node: string; view: ClusterView }) {
  const t = useT();
  const ruleService = useStore((s) => s.ruleService);
  // null: the cluster's own mode (whatever the scenario sets it to, even after an edit).
  const [asked, setAsked] = useState<ProxyMode | null>(null);
  const [rules, setRules] = useState<{ node: string; asked: ProxyMode | null; rules: ProxyRules | null } | null>(null);
  useEffect(() => {
    let live = true;
    void simBridge()
      ?.proxyRules?.(node, asked ?? undefined)
      .then((r) => live && setRules({ node, asked, rules: r }));
    return () => {
      live = false;
    };
  }, [node, view, asked]);
  const service = ruleService && `${ruleService.namespace || 'default'}/${ruleService.name}`;
  const current = rules?.node === node && rules.asked === asked ? rules : null;
  const shown = current?.rules;
  const lines = shown?.text.split('\n') ?? [];
  if (lines.at(-1) === '') lines.pop();
  const hits = service ? lines.filter((l) => namesService(l, service)).length : 0;
  const focus = useHopFocus();
  // The hops name the rules of the mode the cluster runs: another mode's text has none of them.
  const ownMode = !!shown && shown.mode === shown.configured;
  const matched = new Set(
    ownMode ? (focus?.result.hops ?? []).flatMap((h) => (h.node === node && h.rule ? [h.rule.trim()] : [])) : [],
  );
  const isMatched = (l: string): boolean => matched.size > 0 && matched.has(l.trim());
  const matchedCount = lines.filter(isMatched).length;
  const pre = useRef<HTMLPreElement>(null);
  const matchedKey = ownMode && focus ? `${focus.result.index}:${shown.text.length}` : '';
  // Bring the packet's first rule line into view (a dump runs to hundreds of lines), a third from the top.
  useLayoutEffect(() => {
    const box = pre.current;
    const first = box?.querySelector<HTMLElement>('.k-rule-matched');
    if (!box || !first || !matchedKey) return;
    box.scrollTop = Math.max(0, first.offsetTop - box.clientHeight / 3);
    box.scrollLeft = 0;
  }, [matchedKey]);
  const mode = shown?.mode ?? asked;
  return (
    <div data-testid="proxy-rules">
      <h3>{t('proxyRules.title', { node, mode: mode ?? '…' })}</h3>
      <div role="group" aria-label={t('proxyRules.modes')} className="k-segmented k-rules-modes">
        {MODES.map((m) => (
          <button
            key={m.mode}
            type="button"
            aria-pressed={mode === m.mode}
            onClick={() => setAsked(m.mode === shown?.configured ? null : m.mode)}
          >
            {m.label}
          </button>
        ))}
      </div>
      <p className="k-dim">
        {t('proxyRules.same', { command: `ksp iptables FILE --node ${node} --mode ${mode ?? 'iptables'}` })}
      </p>
      {shown && !ownMode && (
        <p data-testid="proxy-rules-other-mode">
          {t('proxyRules.otherMode', { mode: shown.mode, configured: shown.configured, field: 'proxyMode' })}
        </p>
      )}
      <label>
        {t('proxyRules.service')}{' '}
        <select
          value={service ?? ''}
          onChange={(e) => {
            const [namespace, name] = e.target.value.split('/');
            setRuleService(name ? { kind: 'Service', namespace: namespace!, name } : null);
          }}
        >
          <option value="">{t('proxyRules.noService')}</option>
          {view.services.map((s) => (
            <option key={`${s.namespace}/${s.name}`} value={`${s.namespace}/${s.name}`}>
              {s.namespace}/{s.name}
            </option>
          ))}
        </select>
      </label>
      {service && current?.rules && (
        <p data-testid="proxy-rules-hits">{t('proxyRules.hits', { count: hits, service })}</p>
      )}
      {focus && ownMode && (
        <p data-testid="proxy-rules-matched">
          <span className="k-rule-matched">
            {t('proxyRules.matched', { count: matchedCount, index: focus.result.index })}
          </span>
        </p>
      )}
      {!current ? (
        <p className="k-dim">{t('proxyRules.loading')}</p>
      ) : !current.rules ? (
        <p className="k-dim">{t('proxyRules.none', { node })}</p>
      ) : (
        <pre
          ref={pre}
          className="k-rules k-mono"
          aria-label={t('proxyRules.title', { node, mode: current.rules.mode })}
        >
          {lines.map((l, i) => (
            <span
              key={i}
              className={
                [isMatched(l) && 'k-rule-matched', service && namesService(l, service) && 'k-rule-hit']
                  .filter(Boolean)
                  .join(' ') || undefined
              }
            >
              {l}
              {'\n'}
            </span>
          ))}
        </pre>
      )}
    </div>
  );
}
