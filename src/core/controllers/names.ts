// Names the control plane generates: `generateName` names and pod-template hashes.
// Upstream: k8s.io/apimachinery pkg/util/rand/rand.go (`SafeEncodeString`; `alphanums` and `String`
// are random/randString.ts) and pkg/controller/controller_utils.go `ComputeHash`.
import type { Rng } from '../random/rng.ts';
import { ALPHANUMS, randomSuffix } from '../random/randString.ts';
import { canonicalJson } from '../model/canonicalJson.ts';

/** `generateName` + a suffix, drawn again on a (rare) collision like the API server's retry. */
export function generateName(prefix: string, rng: Rng, taken: (name: string) => boolean): string {
  for (let i = 0; i < 100; i++) {
    const name = prefix + randomSuffix(rng);
    if (!taken(name)) return name;
  }
  return prefix + randomSuffix(rng, 10);
}

/** rand.SafeEncodeString: each byte mapped to alphanums[byte % 27]. */
export function safeEncodeString(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) out += ALPHANUMS[s.charCodeAt(i) % ALPHANUMS.length]!;
  return out;
}

/**
 * controller.ComputeHash: fnv32a over the pod template (+ collisionCount as 4 little-endian
 * bytes), printed in decimal and passed through SafeEncodeString — hence hashes like
 * "7c5ddbdf54" made only of 4-9 and b,c,d,f. Upstream hashes the Go struct dump
 * (hashutil.DeepHashObject); we hash canonical JSON, so the value differs but the format is the same.
 */
export function computeHash(template: unknown, collisionCount?: number): string {
  // fnv32a straight over the UTF-8 encoding of the JSON text (no byte array: templates are copied
  // per Deployment, and this ran on every load).
  let h = 0x811c9dc5;
  const add = (b: number) => {
    h = Math.imul(h ^ b, 0x01000193);
  };
  const text = canonicalJson(template);
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    if (c < 0x80) add(c);
    else if (c < 0x800) {
      add(0xc0 | (c >> 6));
      add(0x80 | (c & 63));
    } else if (c < 0x10000) {
      add(0xe0 | (c >> 12));
      add(0x80 | ((c >> 6) & 63));
      add(0x80 | (c & 63));
    } else {
      add(0xf0 | (c >> 18));
      add(0x80 | ((c >> 12) & 63));
      add(0x80 | ((c >> 6) & 63));
      add(0x80 | (c & 63));
    }
  }
  if (collisionCount !== undefined) {
    const c = collisionCount >>> 0;
    add(c & 255);
    add((c >>> 8) & 255);
    add((c >>> 16) & 255);
    add((c >>> 24) & 255);
  }
  return safeEncodeString(String(h >>> 0));
}
