// parseIPv4 runs a regular expression; the data path asks it about the same few client and
// destination addresses over and over, so answers are memoized (a pure function: bounded cache).
import { parseIPv4 } from '../net/ipv4.ts';

const cache = new Map<string, number | null>();

const texts = new Map<string, string>();

/**
 * The first string seen with the text of `s` (bounded as above): the target records of one address
 * (a node's IP with each of its node ports) share one string, so the memos keyed by it (ruleMemo.ts)
 * find their key by identity instead of comparing the two texts, one of them cold.
 */
export function sameText(s: string): string {
  const t = texts.get(s);
  if (t !== undefined) return t;
  if (texts.size >= 65_536) texts.clear();
  texts.set(s, s);
  return s;
}

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
