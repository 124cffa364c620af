// A node's kube-proxy rules in the Inspector: the text `ksp iptables --node` prints, asked of the
// worker (the core's proxyRulesText), never rebuilt here. The lines that name the chosen Service are
// highlighted: kube-proxy writes `namespace/name[:port]` into its rule comments (iptables -m
// comment, nft comment), so the highlight finds the Service where kube-proxy itself named it.
// The lines the focused packet matched on this node are marked too: each hop carries the rule line
// that decided it (Hop.rule, the same text the dump prints), so a line is marked when it is one.
import { useEffect, useState } from 'react';
import { setRuleService, simBridge, useStore, type ProxyRules } from '../store.ts';
import type { ClusterView } from '../../worker/protocol.ts';
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

export function ProxyRulesView({ node, view }: { node: string; view: ClusterView }) {
  const t = useT();
  const ruleService = useStore((s) => s.ruleService);
  const [rules, setRules] = useState<{ for: ClusterView; node: string; rules: ProxyRules | null } | null>(null);
  useEffect(() => {
    let live = true;
    void simBridge()
      ?.proxyRules?.(node)
      .then((r) => live && setRules({ for: view, node, rules: r }));
    return () => {
      live = false;
    };
  }, [node, view]);
  const service = ruleService && `${ruleService.namespace || 'default'}/${ruleService.name}`;
  const current = rules?.node === node ? rules : null;
  const lines = current?.rules?.text.split('\n') ?? [];
  if (lines.at(-1) === '') lines.pop();
  const hits = service ? lines.filter((l) => namesService(l, service)).length : 0;
  const focus = useHopFocus();
  const matched = new Set(
    (focus?.result.hops ?? []).flatMap((h) => (h.node === node && h.rule ? [h.rule.trim()] : [])),
  );
  const isMatched = (l: string): boolean => matched.size > 0 && matched.has(l.trim());
  const matchedCount = lines.filter(isMatched).length;
  return (
    <div data-testid="proxy-rules">
      <h3>{t('proxyRules.title', { node, mode: current?.rules?.mode ?? '…' })}</h3>
      <p className="k-dim">{t('proxyRules.same', { node })}</p>
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
      {focus && current?.rules && (
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
        <pre className="k-rules k-mono" aria-label={t('proxyRules.title', { node, mode: current.rules.mode })}>
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
