// The requests as text, newest last: what a screen reader announces and what the Events tab
// lists. Each hop is a button that opens its rule and YAML location in the Inspector.
import { useMemo } from 'react';
import { setBottomTab, useStore } from '../store.ts';
import { focusHop } from './hopFocus.ts';
import { consolePodName, isConsoleClient, withConsoleResults } from './consoleTraffic.ts';
import type { RequestResult } from '../../worker/protocol.ts';
import { translate, type Language, type Translate } from '../i18n/translate.ts';
import { useLanguage, useT } from '../i18n/useT.ts';
import { hopKindKey, hopText, outcomeText, reasonText } from '../i18n/said.ts';

export const TRANSCRIPT_LINES = 40;

/** Who sent a request: the traffic client's id, or the console's pod. */
export function requestWho(r: RequestResult, t: Translate): string {
  if (isConsoleClient(r.clientId)) return t('traffic.consoleWho', { pod: consolePodName(r.clientId!) });
  return r.clientId ?? r.sourceIP ?? 'client';
}

/** One line per request: who, and who answered or why it failed, in the page's language. */
export function summarize(
  r: RequestResult,
  t: Translate = (k, v) => translate('en', k, v),
  lang: Language = 'en',
): string {
  const who = requestWho(r, t);
  const where =
    r.outcome === 'ok'
      ? `${t('traffic.answeredBy', { pod: r.pod ?? '?' })}${r.podIP ? ` (${r.podIP}${r.port ? `:${r.port}` : ''})` : ''}`
      : `${outcomeText(lang, r.outcome)}: ${reasonText(lang, r)}`;
  return `t=${r.time.toFixed(2)}s ${who}: ${where}`;
}

export function Transcript() {
  const traffic = useStore((s) => s.results);
  const consoleTraffic = useStore((s) => s.console);
  const results = useMemo(() => withConsoleResults(traffic, consoleTraffic.results), [traffic, consoleTraffic]);
  const tick = useStore((s) => Math.floor(s.time * 4));
  const t = useT();
  const lang = useLanguage();
  const shown = useMemo(() => {
    const now = tick / 4 + 0.25;
    const past = results.filter((r) => r.time <= now);
    return past.slice(-TRANSCRIPT_LINES);
  }, [results, tick]);
  const last = shown[shown.length - 1];
  return (
    <section aria-label={t('traffic.transcript')}>
      <p className="k-dim" aria-live="polite" aria-atomic="true" data-testid="transcript-latest">
        {last ? summarize(last, t, lang) : t('traffic.noRequests')}
      </p>
      <ol className="k-transcript" data-testid="transcript">
        {shown.map((r) => (
          <li key={r.index}>
            <details>
              <summary className={r.outcome === 'ok' ? '' : 'k-fail'}>{summarize(r, t, lang)}</summary>
              <ol>
                {r.hops.map((h, i) => (
                  <li key={i}>
                    <button
                      type="button"
                      className="k-btn k-link"
                      onClick={() => {
                        focusHop({ result: r, hopIndex: i, hop: h });
                        setBottomTab('inspector');
                      }}
                    >
                      {t(hopKindKey(h.kind))}
                      {h.node ? `@${h.node}` : ''}: {hopText(lang, h)}
                    </button>
                  </li>
                ))}
              </ol>
            </details>
          </li>
        ))}
      </ol>
    </section>
  );
}
