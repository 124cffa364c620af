import { describe, expect, it } from 'vitest';
import { readSeed } from './SeedField.tsx';
import { translate } from '../i18n/translate.ts';
import type { MessageKey } from '../i18n/en.ts';

const ko = (key: MessageKey, vars?: Record<string, string | number>) => translate('ko', key, vars);
const en = (key: MessageKey, vars?: Record<string, string | number>) => translate('en', key, vars);

describe(readSeed, () => {
  it('takes a whole number from 0', () => {
    expect(readSeed('7', ko)).toEqual({ ok: true, seed: 7 });
    expect(readSeed(' 0 ', ko)).toEqual({ ok: true, seed: 0 });
  });

  it("refuses anything else in the page's language (the browser's own message would be in the browser's)", () => {
    for (const bad of ['', '-1', '1.5', 'abc', '1e3', '99999999999999999999'])
      expect(readSeed(bad, ko)).toEqual({
        ok: false,
        error: `시드는 0부터 ${Number.MAX_SAFE_INTEGER}까지의 정수입니다.`,
      });
    expect(readSeed('x', en)).toEqual({
      ok: false,
      error: `A seed is a whole number from 0 to ${Number.MAX_SAFE_INTEGER}.`,
    });
  });
});
