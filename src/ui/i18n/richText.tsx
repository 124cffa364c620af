// A message whose values are React elements (a code span, a link), not strings: the template is cut
// at its `{name}` holes and each value is placed as a child, so nothing is parsed as markup and a
// value never re-enters the template. A Korean particle after a hole (`{pod}이(가)`) is chosen from
// the value's text (src/text/particles.ts).
import { Fragment, isValidElement, useCallback, type ReactNode } from 'react';
import { wordsOf, type Language } from './translate.ts';
import type { MessageKey } from './en.ts';
import { HOLE_WITH_PARTICLE, particle, type ParticleForm } from '../../text/particles.ts';
import { useLanguage } from './useT.ts';

export type RichVars = Record<string, ReactNode>;

/** The text a value shows (a code span's words, a list's last item is what a particle follows). */
export function plainText(node: ReactNode): string {
  if (node === null || node === undefined || typeof node === 'boolean') return '';
  if (typeof node === 'string' || typeof node === 'number' || typeof node === 'bigint') return String(node);
  if (Array.isArray(node)) return node.map((n: ReactNode) => plainText(n)).join('');
  if (isValidElement<{ children?: ReactNode }>(node)) return plainText(node.props.children);
  return '';
}

export function richText(lang: Language, key: MessageKey, vars: RichVars): ReactNode[] {
  const text = wordsOf(lang, key);
  const out: ReactNode[] = [];
  let last = 0;
  for (const m of text.matchAll(HOLE_WITH_PARTICLE)) {
    if (m.index > last) out.push(text.slice(last, m.index));
    const name = m[1]!;
    const quote = m[2]!;
    const form = m[3] as ParticleForm | undefined;
    if (Object.hasOwn(vars, name)) {
      out.push(<Fragment key={out.length}>{vars[name]}</Fragment>);
      if (quote || form) out.push(quote + (form ? particle(plainText(vars[name]), form) : ''));
    } else out.push(m[0]);
    last = m.index + m[0].length;
  }
  if (last < text.length) out.push(text.slice(last));
  return out;
}

export type RichTranslate = (key: MessageKey, vars: RichVars) => ReactNode[];

export function useRichT(): RichTranslate {
  const lang = useLanguage();
  return useCallback((key: MessageKey, vars: RichVars) => richText(lang, key, vars), [lang]);
}
