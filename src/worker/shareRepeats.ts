// One copy of each repeated hop list in a traffic answer. The structured clone that carries a
// worker's message (HTML "StructuredSerializeInternal": an object met again is written as a
// reference to the first) sends an object once however often the message refers to it, and the
// page builds it once. A client's requests through the same entry to the same pod take the same
// hops, so the 2,000 results of one answer (26 clients at 50/s) hold ~160 distinct hop lists:
// shared, the message shrinks from 8.6 MB to 0.84 MB and the page's deserialisation from
// ~150–200 ms to ~5 ms of CPU (docs/toolchain.md §2). The results themselves stay distinct objects
// (each has its own time and index); nothing here changes a value, only which arrays are the same.
import type { RequestResult } from './protocol.ts';

/**
 * `results` with every hop list (and reply list) that equals an earlier one in the same call
 * replaced by that earlier array. The input objects are not changed.
 */
export function shareRepeatedHops<R extends RequestResult>(results: readonly R[]): R[] {
  const seen = new Map<string, unknown[][]>();
  const shared = <T>(key: string, list: T[]): T[] => {
    let bucket = seen.get(key);
    if (!bucket) seen.set(key, (bucket = []));
    for (const candidate of bucket) if (equalData(candidate, list)) return candidate as T[];
    bucket.push(list);
    return list;
  };
  return results.map((r) => {
    // The key only narrows the search; equalData decides.
    const key = `${r.clientId ?? ''}\u0000${r.pod ?? ''}\u0000${r.hops.length}`;
    const hops = shared(`h${key}`, r.hops);
    const reply = r.reply && shared(`r${key}`, r.reply);
    return hops === r.hops && reply === r.reply ? r : { ...r, hops, ...(reply ? { reply } : {}) };
  });
}

/** Equal as plain data: primitives by value, arrays and plain objects member by member. */
export function equalData(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!equalData(a[i], b[i])) return false;
    return true;
  }
  const ra = a as Record<string, unknown>;
  const rb = b as Record<string, unknown>;
  const keys = Object.keys(ra);
  if (keys.length !== Object.keys(rb).length) return false;
  for (const k of keys) if (!Object.hasOwn(rb, k) || !equalData(ra[k], rb[k])) return false;
  return true;
}
