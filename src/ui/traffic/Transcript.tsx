// The requests as text, newest last: what a screen reader announces and what the Events tab
// lists. Each hop is a button that opens its rule and YAML location in the Inspector.
import { useLayoutEffect, useMemo, useRef } from 'react';
import { setBottomTab, useStore } from '../store.ts';
import { focusHop, useHopFocus } from './hopFocus.ts';
import { hopsShown, sameRequest } from './hopEvents.ts';
import { LEG_SECONDS } from './flight.ts';
import { requestWho, withConsoleResults } from './consoleTraffic.ts';
import type { RequestResult } from '../../worker/protocol.ts';
import { translate, type Language, type Translate } from '../i18n/translate.ts';
import { useLanguage, useT } from '../i18n/useT.ts';
import { hopText, outcomeText, reasonText } from '../../text/said.ts';
import { hopKindKey } from '../i18n/hopKind.ts';

/** Rows kept in the Timeline: the last minute or two of the default clients, not only the last few seconds. */
export const TRANSCRIPT_LINES = 200;
/** Within this many pixels of the end, the list follows new rows; scrolled further up, it stays put. */
const FOLLOW_SLACK_PX = 24;

/** The Timeline's clock, in steps of half a leg while playing (a row never shows an event before the diagram does). */
const TICK = LEG_SECONDS / 2;

/**
 * One line per request: who, and who answered or why it failed, in the page's language. At `now`
 * before the packet's last hop (hopEvents.ts, the moment ▶ shows it), the row says it is on its way.
 */
export function summarize(
  r: RequestResult,
  t: Translate = (k, v) => translate('en', k, v),
  lang: Language = 'en',
  now = Infinity,
): string {
  const who = requestWho(r, t);
  const seen = hopsShown(r, now);
  const where =
    seen < r.hops.length
      ? t('traffic.inFlight', { hop: Math.max(1, seen), hops: r.hops.length })
      : r.outcome === 'ok'
        ? `${t('traffic.answeredBy', { pod: r.pod ?? '?' })}${r.podIP ? ` (${r.podIP}${r.port ? `:${r.port}` : ''})` : ''}`
        : `${outcomeText(lang, r.outcome)}: ${reasonText(lang, r)}`;
  return `t=${r.time.toFixed(2)}s ${who}: ${where}`;
}

export function Transcript() {
  const traffic = useStore((s) => s.results);
  const consoleTraffic = useStore((s) => s.console);
  const results = useMemo(() => withConsoleResults(traffic, consoleTraffic.results), [traffic, consoleTraffic]);
  // The exact clock when paused (▶ puts it on an event), half-leg steps while playing.
  const now = useStore((s) => (s.playing ? Math.floor(s.time / TICK) * TICK : s.time));
  const t = useT();
  const lang = useLanguage();
  const shown = useMemo(() => {
    const past = results.filter((r) => r.time <= now);
    return past.slice(-TRANSCRIPT_LINES);
  }, [results, now]);
  // Announced: the newest request whose answer is in (not every hop of every packet on its way).
  const last = [...shown].reverse().find((r) => hopsShown(r, now) === r.hops.length);
  // The hop picked here, stepped to (◀ / ▶, ← / →) or narrated by the presenter: its row opens and the hop is marked.
  const focus = useHopFocus();
  const focusedRow = (r: RequestResult): boolean => !!focus && sameRequest(focus.result, r);
  // The newest row stays in sight while the reader is at the end of the list (a log's tail -f);
  // a reader who scrolled up to read an older row keeps their place.
  const list = useRef<HTMLOListElement>(null);
  const following = useRef(true);
  useLayoutEffect(() => {
    const el = list.current;
    if (el && following.current) el.scrollTop = el.scrollHeight;
  }, [shown]);
  useLayoutEffect(() => {
    list.current?.querySelector('[aria-current="step"]')?.scrollIntoView?.({ block: 'nearest' });
  }, [focus]);
  return (
    <section aria-label={t('traffic.transcript')} className="k-transcript-panel">
      {/* For screen readers: the newest request, announced as it comes. Sighted readers have the list's last row in sight. */}
      <p className="visually-hidden" aria-live="polite" aria-atomic="true" data-testid="transcript-latest">
        {last ? summarize(last, t, lang, now) : t('traffic.noRequests')}
      </p>
      {shown.length === 0 && <p className="k-dim">{t('traffic.noRequests')}</p>}
      <ol
        ref={list}
        className="k-transcript"
        data-testid="transcript"
        onScroll={(e) => {
          const el = e.currentTarget;
          following.current = el.scrollHeight - el.scrollTop - el.clientHeight <= FOLLOW_SLACK_PX;
        }}
      >
        {shown.map((r) => (
          <li key={r.index}>
            <details open={focusedRow(r) || undefined}>
              <summary className={r.outcome === 'ok' ? '' : 'k-fail'}>{summarize(r, t, lang, now)}</summary>
              <ol>
                {r.hops.map((h, i) => (
                  <li key={i}>
                    <button
                      type="button"
                      className={`k-btn k-link${focusedRow(r) && focus?.hopIndex === i ? ' is-current' : ''}`}
                      aria-current={focusedRow(r) && focus?.hopIndex === i ? 'step' : undefined}
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
