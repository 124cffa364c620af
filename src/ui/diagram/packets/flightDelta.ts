// What changed between the flights the painter holds and the diagram's new list. The store keeps a
// window of results: answers append at the end, and each client's oldest results fall out once it
// has its share (appendKept, worker/protocol.ts), wherever they sit in the list; a flight already
// made keeps its identity (useFlights.ts). Only the difference crosses to the painter worker, so a
// frame with 1,000 packets in the air posts the new flights and the places of the old ones, not
// all of them. (When only a front cut was understood, a classroom run whose outside clients had
// reached their share resent all ~23,000 flights on every answer: 780 ms of a 4× throttled page's
// 6 s went into posting them.)

export interface FlightDelta<T> {
  /**
   * Ranges of the held list to drop, as [from, to) index pairs in ascending order. `to` may run
   * past the end (DROP_ALL drops everything, whatever the painter holds).
   */
  drop: readonly number[];
  /** Appended after what is kept. */
  add: readonly T[];
}

export const DROP_ALL: readonly number[] = [0, Number.MAX_SAFE_INTEGER];

/**
 * The drops and the appended tail that turn `prev` into `next`. Walks both lists once: a held
 * flight that is not the next one wanted is dropped, so `next` is always rebuilt exactly, and a
 * list that keeps the held flights in order costs only what it adds.
 */
export function flightDelta<T>(prev: readonly T[], next: readonly T[]): FlightDelta<T> {
  const drop: number[] = [];
  let i = 0;
  let j = 0;
  while (i < prev.length && j < next.length) {
    if (prev[i] === next[j]) {
      i++;
      j++;
      continue;
    }
    const from = i;
    while (i < prev.length && prev[i] !== next[j]) i++;
    drop.push(from, i);
  }
  if (i < prev.length) drop.push(i, prev.length);
  return { drop, add: next.slice(j) };
}

/** The held list after a delta: what the painter does with it (packetLayer.ts). */
export function applyDelta<T>(held: readonly T[], delta: FlightDelta<T>): T[] {
  if (delta.drop.length === 0) return held.concat(delta.add);
  const out: T[] = [];
  let at = 0;
  for (let k = 0; k + 1 < delta.drop.length; k += 2) {
    const from = Math.min(delta.drop[k]!, held.length);
    for (let x = at; x < from; x++) out.push(held[x]!);
    at = Math.max(at, Math.min(delta.drop[k + 1]!, held.length));
  }
  for (let x = at; x < held.length; x++) out.push(held[x]!);
  for (const f of delta.add) out.push(f);
  return out;
}
