// One bar per pod: how many requests it answered so far, split by client colour. Refreshes four
// times per simulated second, not every frame. Each bar is one element whose background holds the
// clients' shares (barFill.ts): with a segment per client, the 26 clients of a busy class changed
// ~600 elements a second, and the page's frames paid for it while the packets flew. The rows share
// one grid's columns (traffic.css .k-counters), so every pod name has the same room: a FitText family.
import { useMemo } from 'react';
import { useStore } from '../store.ts';
import { countByPod } from './counters.ts';
import { allClientIds, withConsoleResults } from './consoleTraffic.ts';
import { clientColors } from '../diagram/layout.ts';
import { useLanguage, useT } from '../i18n/useT.ts';
import { outcomeText } from '../../text/said.ts';
import { problemText } from './trafficProblems.ts';
import { FitText } from '../diagram/nodes/FitText.tsx';
import { barFill, fillScale, shares } from './barFill.ts';
import { SteadyText } from './SteadyText.tsx';

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
          <FitText className="k-mono" text={p.pod.replace(/^default\//, '')} family="counter-pod" />
          <span
            className="k-bar"
            role="meter"
            aria-valuemin={0}
            aria-valuemax={d.total}
            aria-valuenow={p.total}
            aria-label={t('traffic.podAnswered', { pod: p.pod, count: p.total })}
          >
            <span
              data-clients={JSON.stringify(Object.fromEntries(shares(p.byClient)))}
              style={{ transform: fillScale(p.total, max), background: barFill(p.byClient, colors) }}
            />
          </span>
          <SteadyText className="k-mono" text={`${p.total} · ${Math.round((100 * p.total) / Math.max(1, d.total))}%`} />
        </div>
      ))}
      {failures.map(([outcome, n]) => (
        <div key={outcome} className="k-bar-row k-fail" data-outcome={outcome} data-count={n}>
          <span>{outcomeText(lang, outcome)}</span>
          <span className="k-bar">
            <span style={{ transform: fillScale(n, d.total), background: 'var(--k-alert)' }} />
          </span>
          <SteadyText className="k-mono" text={String(n)} />
        </div>
      ))}
    </section>
  );
}
