// One bar per pod: how many requests it answered so far, split by client colour. Refreshes four
// times per simulated second, not every frame.
import { useMemo } from 'react';
import { useStore } from '../store.ts';
import { countByPod } from './counters.ts';
import { allClientIds, withConsoleResults } from './consoleTraffic.ts';
import { clientColors } from '../diagram/layout.ts';
import { useLanguage, useT } from '../i18n/useT.ts';
import { outcomeText } from '../../text/said.ts';
import { problemText } from './trafficProblems.ts';
import { FitText } from '../diagram/nodes/FitText.tsx';

export function PodCounters() {
  const traffic = useStore((s) => s.results);
  const consoleTraffic = useStore((s) => s.console);
  const results = useMemo(() => withConsoleResults(traffic, consoleTraffic.results), [traffic, consoleTraffic]);
  const dropped = useStore((s) => s.dropped);
  const problems = useStore((s) => s.trafficProblems);
  const clients = useStore((s) => s.running);
  const t = useT();
  const lang = useLanguage();
  const tick = useStore((s) => Math.floor(s.time * 4));
  const d = useMemo(() => countByPod(results, tick / 4 + 0.25, 'default', dropped), [results, tick, dropped]);
  const colors = useMemo(() => clientColors(allClientIds(clients, consoleTraffic)), [clients, consoleTraffic]);
  const max = Math.max(1, ...d.pods.map((p) => p.total));
  const failures = Object.entries(d.failures);
  return (
    <section className="k-counters" aria-label={t('traffic.requestsPerPod')} data-testid="pod-counters">
      {problems.length > 0 && (
        <ul
          className="k-traffic-problems"
          role="status"
          aria-label={t('traffic.problems')}
          data-testid="traffic-problems"
        >
          {problems.map((p, i) => (
            <li key={i} data-code={p.code}>
              {problemText(t, p)}
            </li>
          ))}
        </ul>
      )}
      {d.pods.length === 0 && failures.length === 0 && <p className="k-dim">{t('traffic.noRequests')}</p>}
      {d.pods.map((p) => (
        <div key={p.pod} className="k-bar-row" data-pod={p.pod} data-count={p.total}>
          <FitText className="k-mono" text={p.pod.replace(/^default\//, '')} />
          <span
            className="k-bar"
            role="meter"
            aria-valuemin={0}
            aria-valuemax={d.total}
            aria-valuenow={p.total}
            aria-label={`${p.pod} answered ${p.total}`}
          >
            {Object.entries(p.byClient)
              .sort()
              .map(([c, n]) => (
                <span
                  key={c}
                  data-client={c}
                  data-n={n}
                  style={{ width: `${(100 * n) / max}%`, background: colors.get(c) ?? 'var(--k-pod)' }}
                />
              ))}
          </span>
          <span className="k-mono">
            {p.total} · {Math.round((100 * p.total) / Math.max(1, d.total))}%
          </span>
        </div>
      ))}
      {failures.map(([outcome, n]) => (
        <div key={outcome} className="k-bar-row k-fail" data-outcome={outcome} data-count={n}>
          <span>{outcomeText(lang, outcome)}</span>
          <span className="k-bar">
            <span style={{ width: `${(100 * n) / Math.max(1, d.total)}%`, background: 'var(--k-alert)' }} />
          </span>
          <span className="k-mono">{n}</span>
        </div>
      ))}
    </section>
  );
}
