// parseIPv4 runs a regular expression; the data path asks it about the same few client and
// destination addresses over and over, so answers are memoized (a pure function: bounded cache).
import { parseIPv4 } from '../net/ipv4.ts';

const cache = new Map<string, number | null>();

/** parseIPv4(s), memoized. */
export function ipv4(s: string): number | null {
  let v = cache.get(s);
  if (v === undefined) {
    v = parseIPv4(s);
    if (cache.size >= 65_536) cache.clear();
    cache.set(s, v);
  }
  return v;
}
