// A lesson text with placeholders (`wget -O- -q {clusterIP:my-service}`, `http://{nodeIP:*}:30007/`)
// filled from one simulated cluster, for the page to show real values. What the cluster does not
// have yet stays a part the page describes in words ("ClusterIP of my-service"): no `{…}` is ever
// shown to a learner.
import type { ClusterState } from '../model/clusterState.ts';
import { fillPlaceholder, PLACEHOLDER, resolveTargets } from './resolveSpec.ts';

export type TemplatePart = { text: string } | { placeholder: string; arg: string; values: string[] | null };

export interface FilledTemplate {
  /** Every expansion of the whole text (several for `{nodeIP:*}`), or null when a placeholder names nothing. */
  values: string[] | null;
  /** The text cut at its placeholders, each with its value(s) when the cluster has them. */
  parts: TemplatePart[];
}

export const hasPlaceholder = (text: string): boolean => new RegExp(PLACEHOLDER.source).test(text);

/** The text cut at its placeholders; with a cluster, each filled from it (null: no cluster, or it has no such thing). */
export function fillTemplate(state: ClusterState | null, text: string): FilledTemplate {
  const parts: TemplatePart[] = [];
  let last = 0;
  for (const m of text.matchAll(PLACEHOLDER)) {
    if (m.index > last) parts.push({ text: text.slice(last, m.index) });
    const r = state ? fillPlaceholder(state, m[1]!, m[2]!) : null;
    parts.push({ placeholder: m[1]!, arg: m[2]!, values: r?.ok ? r.value : null });
    last = m.index + m[0].length;
  }
  if (last < text.length) parts.push({ text: text.slice(last) });
  const all = state ? resolveTargets(state, text) : null;
  return { values: all?.ok ? all.value : null, parts };
}
