// k8s.io/apimachinery pkg/util/rand/rand.go: the characters and the String(n) the API server draws
// names from (a `generateName` suffix, the ServiceAccount plugin's token volume), from our seeded source.
import type { Rng } from './rng.ts';

/** rand.alphanums: no vowels (no words) and no confusable characters (0/o, 1/l, 3/e). */
export const ALPHANUMS = 'bcdfghjklmnpqrstvwxz2456789';

/** rand.String(n): what the API server appends to `generateName` (5 characters for pods and slices). */
export function randomSuffix(rng: Rng, n = 5): string {
  let s = '';
  for (let i = 0; i < n; i++) s += ALPHANUMS[rng.int(ALPHANUMS.length)]!;
  return s;
}
