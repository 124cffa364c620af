// Label selectors as `kubectl get -l` parses them (k8s.io/apimachinery pkg/labels/selector.go
// Parse): `a=b`, `a==b`, `a!=b`, `a in (x,y)`, `a notin (x,y)`, `a`, `!a`, comma = AND.
// Matching is model/labels.ts matchesRequirements.
// And labels.FormatLabels (pkg/labels/labels.go): sorted `k=v` joined by `,`, `<none>` if empty.
import type { Requirement } from '../model/labels.ts';

export type ParsedSelector = { ok: true; requirements: Requirement[] } | { ok: false; error: string };

const KEY = /^([a-z0-9A-Z]([-a-z0-9A-Z_.]*[a-z0-9A-Z])?\/)?[a-z0-9A-Z]([-a-z0-9A-Z_.]*[a-z0-9A-Z])?$/;
const VALUE = /^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$/;

/** Splits on commas that are not inside parentheses. */
function splitTop(s: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let cur = '';
  for (const ch of s) {
    if (ch === '(') depth++;
    if (ch === ')') depth--;
    if (ch === ',' && depth === 0) {
      parts.push(cur);
      cur = '';
    } else cur += ch;
  }
  parts.push(cur);
  return parts;
}

export function parseSelector(text: string): ParsedSelector {
  const requirements: Requirement[] = [];
  if (text.trim() === '') return { ok: true, requirements };
  for (const rawPart of splitTop(text)) {
    const part = rawPart.trim();
    const bad = (why: string): ParsedSelector => ({ ok: false, error: `unable to parse requirement: ${why}` });
    let m: RegExpExecArray | null;
    if ((m = /^(\S+?)\s+(in|notin)\s*\((.*)\)$/.exec(part))) {
      const key = m[1] ?? '';
      const values = (m[3] ?? '').split(',').map((v) => v.trim());
      if (!KEY.test(key)) return bad(`invalid label key "${key}"`);
      const badValue = values.find((v) => !VALUE.test(v));
      if (badValue !== undefined) return bad(`invalid label value: "${badValue}"`);
      requirements.push({ op: m[2] === 'in' ? 'in' : 'notin', key, values });
    } else if ((m = /^([^=!\s]+)\s*(==|=|!=)\s*(.*)$/.exec(part))) {
      const key = m[1] ?? '';
      const value = (m[3] ?? '').trim();
      if (!KEY.test(key)) return bad(`invalid label key "${key}"`);
      if (!VALUE.test(value)) return bad(`invalid label value: "${value}"`);
      requirements.push({ op: m[2] === '!=' ? 'neq' : 'eq', key, value });
    } else if ((m = /^!\s*(\S+)$/.exec(part))) {
      const key = m[1] ?? '';
      if (!KEY.test(key)) return bad(`invalid label key "${key}"`);
      requirements.push({ op: 'notexists', key });
    } else if (KEY.test(part)) {
      requirements.push({ op: 'exists', key: part });
    } else {
      return { ok: false, error: `unable to parse requirement: found '${part}', expected: identifier` };
    }
  }
  return { ok: true, requirements };
}

/** Go's sort.Strings order (byte order) — what kubectl uses for label keys. */
export function byteCompare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function formatLabels(labels: Record<string, string> | undefined): string {
  const keys = Object.keys(labels ?? {}).sort(byteCompare);
  if (keys.length === 0) return '<none>';
  return keys.map((k) => `${k}=${(labels ?? {})[k]}`).join(',');
}

/** metav1.FormatLabelSelector: matchLabels as `k=v`, expressions as `k in (a,b)`; `<none>` if empty. */
export function formatLabelSelector(
  sel:
    | {
        matchLabels?: Record<string, string>;
        matchExpressions?: { key: string; operator: string; values?: string[] }[];
      }
    | undefined,
): string {
  if (!sel) return '<none>';
  const parts: string[] = [];
  for (const k of Object.keys(sel.matchLabels ?? {}).sort(byteCompare)) parts.push(`${k}=${sel.matchLabels?.[k]}`);
  for (const e of sel.matchExpressions ?? []) {
    const op = e.operator.toLowerCase();
    if (op === 'exists') parts.push(e.key);
    else if (op === 'doesnotexist') parts.push(`!${e.key}`);
    else parts.push(`${e.key} ${op} (${[...(e.values ?? [])].sort(byteCompare).join(',')})`);
  }
  return parts.length === 0 ? '<none>' : parts.join(',');
}

/** LabelSelectorAsSelector(…).String(): FormatLabelSelector's text, but nothing for an empty selector. */
export function selectorString(sel: Parameters<typeof formatLabelSelector>[0]): string {
  const s = formatLabelSelector(sel);
  return s === '<none>' ? '' : s;
}
