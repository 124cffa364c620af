// The requests as text, newest last: what a screen reader announces and what the Timeline tab
// lists — the last 1,000 requests (timelineRows.ts), filtered by client and outcome, each opening
// into its hop events with the moment each shows on the diagram. Each hop is a button that opens
// the packet view, its rule and YAML location in the Inspector.
import '../i18n/laterWords.ts';
import { memo, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { setBottomTab, useStore } from '../store.ts';
import { focusHop, useHopFocus } from './hopFocus.ts';
import { hopEventTime, hopsShown, sameRequest } from './hopEvents.ts';
import { filterChoices, NO_FILTER, rowKey, timelineRows, type TimelineFilter } from './timelineRows.ts';
import { LEG_SECONDS } from './flight.ts';
import { requestWho, withConsoleResults } from './consoleTraffic.ts';
import type { Hop, RequestResult } from '../../worker/protocol.ts';
import { translate, type Language, type Translate } from '../i18n/translate.ts';
import { useLanguage, useT } from '../i18n/useT.ts';
import { hopText, outcomeText, reasonText } from '../../text/said.ts';
import { hopKindKey } from '../i18n/hopKind.ts';

/** Within this many pixels of the end, the list follows new rows; scrolled further up, it stays put. */
const FOLLOW_SLACK_PX = 24;
/** Whether the reader sees the list's end (`end`: its height, or its height before new rows). */
const atEnd = (el: HTMLElement, end = el.scrollHeight): boolean =>
  end - el.scrollTop - el.clientHeight <= FOLLOW_SLACK_PX;

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
  const [filter, setFilter] = useState<TimelineFilter>(NO_FILTER);
  // Rows the reader opened: listed until they close them, whatever newer traffic arrives.
  const [opened, setOpened] = useState<ReadonlyMap<string, RequestResult>>(new Map());
  const shown = useMemo(() => timelineRows(results, now, filter, opened), [results, now, filter, opened]);
  const choices = useMemo(() => filterChoices(results), [results]);
  // Announced: the newest request whose answer is in (not every hop of every packet on its way).
  const last = [...shown].reverse().find((r) => hopsShown(r, now) === r.hops.length);
  // The hop picked here, stepped to (◀ / ▶, ← / →) or narrated by the presenter: its row opens and the hop is marked.
  const focus = useHopFocus();
  // The newest row stays in sight while the reader is at the end of the list (a log's tail -f);
  // a reader who scrolled up to read an older row keeps their place.
  const list = useRef<HTMLOListElement>(null);
  const following = useRef(true);
  // The list's height when its rows last changed. A reader's scroll is in scrollTop at once, but its
  // scroll event comes with the next frame: rows that arrived in between were followed from the old
  // flag, and took a reader who had just scrolled up back to the end (CI, e2e/traffic.spec.ts). So
  // where the reader is now, against the end before these rows, decides too.
  const endBefore = useRef(0);
  useLayoutEffect(() => {
    const el = list.current;
    if (!el) return;
    // (A list that got shorter, a filter chosen, has clamped scrollTop to its new end: measured from that.)
    const end = Math.min(endBefore.current, el.scrollHeight);
    if (!atEnd(el, end)) following.current = false;
    if (following.current) el.scrollTop = el.scrollHeight;
    endBefore.current = el.scrollHeight;
  }, [shown]);
  useLayoutEffect(() => {
    list.current?.querySelector('[aria-current="step"]')?.scrollIntoView?.({ block: 'nearest' });
  }, [focus]);
  const toggle = (r: RequestResult, open: boolean): void =>
    setOpened((m) => {
      const key = rowKey(r);
      if (open === m.has(key)) return m;
      const next = new Map(m);
      if (open) next.set(key, r);
      else next.delete(key);
      return next;
    });
  return (
    <section aria-label={t('traffic.transcript')} className="k-transcript-panel">
      {/* For screen readers: the newest request, announced as it comes. Sighted readers have the list's last row in sight. */}
      <p className="visually-hidden" aria-live="polite" aria-atomic="true" data-testid="transcript-latest">
        {last ? summarize(last, t, lang, now) : t('traffic.noRequests')}
      </p>
      <div className="k-transcript-filters" role="group" aria-label={t('timeline.filters')}>
        <label>
          {t('timeline.client')}{' '}
          <select
            value={filter.client ?? '*'}
            onChange={(e) => setFilter({ ...filter, client: e.target.value === '*' ? null : e.target.value })}
          >
            <option value="*">{t('timeline.allClients')}</option>
            {choices.clients.map((c) => (
              <option key={c} value={c}>
                {c === '' ? t('timeline.noClient') : requestWho({ clientId: c } as RequestResult, t)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('timeline.outcome')}{' '}
          <select
            value={filter.outcome}
            onChange={(e) => setFilter({ ...filter, outcome: e.target.value as TimelineFilter['outcome'] })}
          >
            <option value="all">{t('timeline.allOutcomes')}</option>
            <option value="failures">{t('timeline.failuresOnly')}</option>
            {choices.outcomes.map((o) => (
              <option key={o} value={o}>
                {outcomeText(lang, o)}
              </option>
            ))}
          </select>
        </label>
        <span className="k-dim" data-testid="timeline-count">
          {t('timeline.count', { shown: shown.length })}
        </span>
      </div>
      {shown.length === 0 && (
        <p className="k-dim">{results.length === 0 ? t('traffic.noRequests') : t('timeline.noneMatch')}</p>
      )}
      <ol
        ref={list}
        className="k-transcript"
        data-testid="transcript"
        onScroll={(e) => {
          following.current = atEnd(e.currentTarget);
        }}
      >
        {shown.map((r) => {
          const focused = !!focus && sameRequest(focus.result, r);
          return (
            <Row
              key={rowKey(r)}
              r={r}
              text={summarize(r, t, lang, now)}
              open={focused || opened.has(rowKey(r))}
              current={focused ? focus.hopIndex : -1}
              lang={lang}
              t={t}
              onToggle={toggle}
            />
          );
        })}
      </ol>
    </section>
  );
}

/**
 * One request. Memoized: while playing, only rows whose text changes (on their way) re-render, so
 * a list of 1,000 stays cheap; the hop events are built only for an open row.
 */
const Row = memo(function Row({
  r,
  text,
  open,
  current,
  lang,
  t,
  onToggle,
}: {
  r: RequestResult;
  text: string;
  open: boolean;
  current: number;
  lang: Language;
  t: Translate;
  onToggle: (r: RequestResult, open: boolean) => void;
}) {
  return (
    <li>
      {/* A toggle the reader made (not the one `open` caused) pins or unpins the row. */}
      <details
        open={open || undefined}
        onToggle={(e) => e.currentTarget.open !== open && onToggle(r, e.currentTarget.open)}
      >
        <summary className={r.outcome === 'ok' ? '' : 'k-fail'}>{text}</summary>
        {open && (
          <ol>
            {r.hops.map((h, i) => (
              <HopRow key={i} r={r} h={h} i={i} current={current === i} lang={lang} t={t} />
            ))}
          </ol>
        )}
      </details>
    </li>
  );
});

function HopRow({
  r,
  h,
  i,
  current,
  lang,
  t,
}: {
  r: RequestResult;
  h: Hop;
  i: number;
  current: boolean;
  lang: Language;
  t: Translate;
}) {
  return (
    <li>
      <button
        type="button"
        className={`k-btn k-link${current ? ' is-current' : ''}`}
        aria-current={current ? 'step' : undefined}
        onClick={() => {
          focusHop({ result: r, hopIndex: i, hop: h });
          setBottomTab('inspector');
        }}
      >
        <span className="k-dim k-mono">t={hopEventTime(r, i).toFixed(2)}s</span> {t(hopKindKey(h.kind))}
        {h.node ? `@${h.node}` : ''}: {hopText(lang, h)}
      </button>
    </li>
  );
}
