import { describe, expect, it } from 'vitest';
import { en as enFirst } from './en.ts';
import { EN_LATER } from './enLater.ts';
import { ko } from './ko.ts';
import { initialLanguage } from './language.ts';
import { placeholders, translate } from './translate.ts';

const HANGUL = /[\uAC00-\uD7A3]/;
/** Keys whose Korean is legitimately the same as the English (names, protocol words). */
const SAME_IN_BOTH = new Set([
  'language.en',
  'language.ko',
  'inspector.ip',
  // Kubernetes and network words the Korean docs keep (docs/glossary-ko.md)
  'hop.dns',
  'hop.kube-proxy',
  'hop.snat',
  'hop.dnat',
  'box.ready',
  'box.pending',
]);

const en = { ...enFirst, ...EN_LATER };
const group = (key: string): string => key.slice(0, key.indexOf('.'));

describe('the UI dictionary', () => {
  it("keeps each group of keys whole in English's first part or its later part (laterWords.test.ts goes by group)", () => {
    const first = new Set(Object.keys(enFirst).map(group));
    const later = new Set(Object.keys(EN_LATER).map(group));
    expect([...later].filter((g) => first.has(g))).toEqual([]);
    expect(Object.keys(en).length).toBe(Object.keys(enFirst).length + Object.keys(EN_LATER).length);
  });

  it('has every key in English and Korean, none empty, with the same {values}', () => {
    const enKeys = Object.keys(en).sort();
    expect(Object.keys(ko).sort()).toEqual(enKeys);
    expect(enKeys.length).toBeGreaterThan(150);
    for (const k of enKeys as (keyof typeof en)[]) {
      expect(en[k].trim(), k).not.toBe('');
      expect(ko[k].trim(), k).not.toBe('');
      expect(placeholders(ko[k]), k).toEqual(placeholders(en[k]));
    }
  });

  it('is really translated: the Korean is Korean, the English is not', () => {
    for (const k of Object.keys(en) as (keyof typeof en)[]) {
      if (SAME_IN_BOTH.has(k)) continue;
      expect(ko[k], k).toMatch(HANGUL);
      expect(ko[k], k).not.toBe(en[k]);
      if (k !== 'language.ko') expect(en[k], k).not.toMatch(HANGUL);
    }
  });

  it('fills values, keeps unknown {names}, and never re-expands a value', () => {
    expect(translate('en', 'lessons.step', { n: 2, total: 3 })).toBe('Step 2 of 3');
    expect(translate('ko', 'lessons.step', { n: 2, total: 3 })).toBe('3단계 중 2단계');
    expect(translate('en', 'lessons.step', { n: 2 })).toBe('Step 2 of {total}');
    expect(translate('en', 'inspector.gone', { kind: 'Pod', name: '{kind}' })).toBe(
      'Pod {kind} is no longer in the scenario.',
    );
    expect(translate('en', 'tabs.lessons')).toBe('Lessons');
    expect(translate('ko', 'tabs.lessons')).toBe('레슨');
  });
});

describe(initialLanguage, () => {
  it('prefers the stored choice, then the browser languages in order, then English', () => {
    expect(initialLanguage('ko', ['en-US'])).toBe('ko');
    expect(initialLanguage('en', ['ko-KR'])).toBe('en');
    expect(initialLanguage(null, ['ko-KR', 'en'])).toBe('ko');
    expect(initialLanguage(null, ['fr-FR', 'KO'])).toBe('ko');
    expect(initialLanguage('de', ['fr', 'ja'])).toBe('en');
    expect(initialLanguage(null, [])).toBe('en');
  });
});
