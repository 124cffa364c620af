// The near miss of a selector that selects nothing: the pod label closest to one of the
// selector's pairs (a typo in a key or a value, or a case slip). Kubernetes only says "no
// endpoints"; this is the playground's hint, found once here and read by the packet explanation
// (diagnose.ts) and by the diagram (serviceFindings.ts).
import type { AdmittedPod } from '../model/admitted.ts';

export interface NearMiss {
  /** `namespace/name` of the pod carrying the label. */
  pod: string;
  key: string;
  value: string;
  /** The selector pair it almost matches. */
  wants: { key: string; value: string };
}

const podRef = (p: AdmittedPod) => `${p.metadata.namespace}/${p.metadata.name}`;

/** The pod label closest to one of the selector's pairs (same key with a near value, or a near key with the same value). */
export function nearestLabel(pods: readonly AdmittedPod[], selector: Record<string, string>): NearMiss | null {
  let best: (NearMiss & { score: number }) | null = null;
  for (const p of pods) {
    for (const [k, v] of Object.entries(p.metadata.labels ?? {})) {
      for (const [wk, wv] of Object.entries(selector)) {
        if (k === wk && v === wv) continue;
        const score = k === wk ? distance(v, wv) : v === wv ? distance(k, wk) : Infinity;
        const limit = Math.max(2, Math.floor(Math.max(wk.length, wv.length) / 3));
        if (score <= limit && (!best || score < best.score))
          best = { pod: podRef(p), key: k, value: v, wants: { key: wk, value: wv }, score };
      }
    }
  }
  return best && { pod: best.pod, key: best.key, value: best.value, wants: best.wants };
}

/** Levenshtein distance, case differences counting half (MyApp vs myapp is a near miss). */
function distance(a: string, b: string): number {
  if (a.toLowerCase() === b.toLowerCase()) return 0.5;
  const prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0]!;
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = prev[j]!;
      prev[j] = Math.min(prev[j]! + 1, prev[j - 1]! + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = tmp;
    }
  }
  return prev[b.length]!;
}
