// A message whose values are React elements (a code span, a link), not strings: the template is cut
// at its `{name}` holes and each value is placed as a child, so nothing is parsed as markup and a
// value never re-enters the template.
import { Fragment, useCallback, type ReactNode } from 'react';
import { DICTIONARIES, type Language } from './translate.ts';
import { en, type MessageKey } from './en.ts';
import { useLanguage } from './useT.ts';

export type RichVars = Record<string, ReactNode>;

export function richText(lang: Language, key: MessageKey, vars: RichVars): ReactNode[] {
  const text = DICTIONARIES[lang][key] ?? en[key];
  const out: ReactNode[] = [];
  let last = 0;
  for (const m of text.matchAll(/\{(\w+)\}/g)) {
    if (m.index > last) out.push(text.slice(last, m.index));
    out.push(Object.hasOwn(vars, m[1]!) ? <Fragment key={out.length}>{vars[m[1]!]}</Fragment> : m[0]);
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
