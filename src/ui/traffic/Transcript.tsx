// The requests as text, newest last: what a screen reader announces and what the Events tab
// lists. Each hop is a button that opens its rule and YAML location in the Inspector.
import { useMemo } from 'react';
import { setBottomTab, useStore } from '../store.ts';
import { focusHop } from './hopFocus.ts';
import type { RequestResult } from '../../worker/protocol.ts';

export const TRANSCRIPT_LINES = 40;

export function summarize(r: RequestResult): string {
  const who = r.clientId ?? r.sourceIP ?? 'client';
  const where = r.outcome === 'ok' ? `answered by ${r.pod ?? '?'}${r.podIP ? ` (${r.podIP}${r.port ? `:${r.port}` : ''})` : ''}` : `${r.outcome}: ${r.reason ?? ''}`;
  return `t=${r.time.toFixed(2)}s ${who}: ${where}`;
}

export function Transcript() {
  const results = useStore((s) => s.results);
  const tick = useStore((s) => Math.floor(s.time * 4));
  const shown = useMemo(() => {
    const now = tick / 4 + 0.25;
    const past = results.filter((r) => r.time <= now);
    return past.slice(-TRANSCRIPT_LINES);
  }, [results, tick]);
  const last = shown[shown.length - 1];
  return (
    <section aria-label="Request transcript">
      <p className="k-dim" aria-live="polite" aria-atomic="true" data-testid="transcript-latest">{last ? summarize(last) : 'No requests yet.'}</p>
      <ol className="k-transcript" data-testid="transcript">
        {shown.map((r) => (
          <li key={r.index}>
            <details>
              <summary className={r.outcome === 'ok' ? '' : 'k-fail'}>{summarize(r)}</summary>
              <ol>
                {r.hops.map((h, i) => (
                  <li key={i}><button type="button" className="k-btn k-link" onClick={() => { focusHop({ result: r, hopIndex: i, hop: h }); setBottomTab('inspector'); }}>{h.kind}{h.node ? `@${h.node}` : ''}: {h.detail}</button></li>
                ))}
              </ol>
            </details>
          </li>
        ))}
      </ol>
    </section>
  );
}
