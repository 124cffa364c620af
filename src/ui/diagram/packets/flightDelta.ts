// What changed between the flights the painter holds and the diagram's new list. The store keeps a
// window of results: answers append at the end and old results fall off the front, and a flight
// already made keeps its identity (useFlights.ts). Only the difference crosses to the painter
// worker, so a frame with 1,000 packets in the air posts a handful of new flights, not all of them.

export interface FlightDelta<T> {
  /** How many of the oldest flights to drop (everything, for a list that is not a continuation). */
  drop: number;
  add: readonly T[];
}

export function flightDelta<T>(prev: readonly T[], next: readonly T[]): FlightDelta<T> {
  if (prev.length === 0 || next.length === 0) return { drop: prev.length, add: next };
  const first = prev.indexOf(next[0]!);
  if (first >= 0) {
    const kept = prev.length - first;
    // `next` continues `prev` when the kept part is the same flights in the same places.
    let same = kept <= next.length;
    for (let i = 0; same && i < kept; i++) same = next[i] === prev[first + i];
    if (same) return { drop: first, add: next.slice(kept) };
  }
  return { drop: prev.length, add: next };
}
