// Which requests the Timeline lists: the newest TIMELINE_ROWS that have left by `now` and pass the
// filters (client, outcome or failures only), plus every row the reader opened — an open row stays
// until they close it, even when newer requests push it out of the window or the worker stops
// keeping it (issue 13: "keeps at least the last 1,000 requests without losing an expanded row").
import type { Outcome, RequestResult } from '../../worker/protocol.ts';

/** Requests the Timeline keeps in its list (the worker keeps up to 1,000 per client: TRAFFIC_LIMITS). */
export const TIMELINE_ROWS = 1000;

export type OutcomeFilter = 'all' | 'failures' | Outcome;

export interface TimelineFilter {
  /** A client id (RequestResult.clientId; '' for requests with none), or null for every client. */
  client: string | null;
  outcome: OutcomeFilter;
}

export const NO_FILTER: TimelineFilter = { client: null, outcome: 'all' };

/** A request's identity in the list: traffic and console requests number separately (hopEvents.sameRequest). */
export const rowKey = (r: RequestResult): string => `${r.clientId ?? ''}#${r.index}`;

export function passes(r: RequestResult, f: TimelineFilter): boolean {
  if (f.client !== null && (r.clientId ?? '') !== f.client) return false;
  if (f.outcome === 'all') return true;
  if (f.outcome === 'failures') return r.outcome !== 'ok';
  return r.outcome === f.outcome;
}

/**
 * The rows to list, oldest first: the last `limit` requests sent by `now` that pass `filter`, and
 * the opened ones (`pinned`, by rowKey) wherever they are — an opened row is listed even when the
 * filter would hide it, since the reader is reading it.
 */
export function timelineRows(
  results: readonly RequestResult[],
  now: number,
  filter: TimelineFilter,
  pinned: ReadonlyMap<string, RequestResult>,
  limit = TIMELINE_ROWS,
): RequestResult[] {
  const rows: RequestResult[] = [];
  // Newest first until the window is full; results are in sending order.
  for (let i = results.length - 1; i >= 0 && rows.length < limit; i--) {
    const r = results[i]!;
    if (r.time <= now && passes(r, filter)) rows.push(r);
  }
  rows.reverse();
  if (pinned.size === 0) return rows;
  const listed = new Set(rows.map(rowKey));
  const extra = [...pinned.values()].filter((r) => !listed.has(rowKey(r)) && r.time <= now);
  if (extra.length === 0) return rows;
  return [...extra, ...rows].sort((a, b) => a.time - b.time);
}

/** The filter's choices present in `results`: each client id, each outcome seen. */
export function filterChoices(results: readonly RequestResult[]): { clients: string[]; outcomes: Outcome[] } {
  const clients = new Set<string>();
  const outcomes = new Set<Outcome>();
  for (const r of results) {
    clients.add(r.clientId ?? '');
    outcomes.add(r.outcome);
  }
  return { clients: [...clients].sort(), outcomes: [...outcomes].sort() };
}
