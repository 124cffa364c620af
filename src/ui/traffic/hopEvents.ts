// The Timeline as an event list: every hop of every request is one event at the moment the packet
// shows it on the diagram (the flight reaches leg `hop` at time + hop × LEG_SECONDS; the event sits
// mid-leg, where the dot is plainly on that hop). ◀ / ▶ and the ←/→ keys move between these events,
// one at a time, in the order they happen (Packet Tracer's simulation mode steps its event list the same way).
import type { RequestResult } from '../../worker/protocol.ts';
import { LEG_SECONDS } from './flight.ts';

export interface HopEvent {
  time: number;
  result: RequestResult;
  hopIndex: number;
}

/** The same request? Traffic and console requests number separately, so the client tells them apart. */
export const sameRequest = (a: RequestResult, b: RequestResult): boolean =>
  a.index === b.index && a.clientId === b.clientId;

/** When hop `hopIndex` of `r` shows on the diagram. */
export const hopEventTime = (r: RequestResult, hopIndex: number): number =>
  r.time + Math.max(0, hopIndex) * LEG_SECONDS + LEG_SECONDS / 2;

/** How many of `r`'s hops the diagram has shown at `now` (all of them: the answer is in). */
export function hopsShown(r: RequestResult, now: number): number {
  let n = 0;
  while (n < r.hops.length && hopEventTime(r, n) <= now + 1e-9) n++;
  return n;
}

const order = (a: HopEvent, b: HopEvent): number =>
  a.time - b.time || a.result.time - b.result.time || a.result.index - b.result.index || a.hopIndex - b.hopIndex;

/**
 * The event next to the cursor in direction `dir`. The cursor is the focused hop when it is the one
 * shown now (so two events at the same moment are both visited), otherwise the clock.
 */
export function adjacentHopEvent(
  results: readonly RequestResult[],
  now: number,
  dir: 1 | -1,
  focused: { result: RequestResult; hopIndex: number } | null,
): HopEvent | null {
  const events: HopEvent[] = [];
  for (const result of results)
    for (let hopIndex = 0; hopIndex < result.hops.length; hopIndex++)
      events.push({ time: hopEventTime(result, hopIndex), result, hopIndex });
  events.sort(order);
  const at =
    focused && Math.abs(hopEventTime(focused.result, focused.hopIndex) - now) < 1e-9
      ? events.findIndex((e) => sameRequest(e.result, focused.result) && e.hopIndex === focused.hopIndex)
      : -1;
  if (at >= 0) return events[at + dir] ?? null;
  if (dir === 1) return events.find((e) => e.time > now + 1e-9) ?? null;
  for (let i = events.length - 1; i >= 0; i--) if (events[i]!.time < now - 1e-9) return events[i]!;
  return null;
}
