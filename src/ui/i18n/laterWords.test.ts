// The English strings of enLater.ts are installed by laterWords.ts, which every module showing one
// of them must import (else it would show the key itself until some other module had installed
// them). A module is recognised as showing one by a key of a later group written as a string
// ('lessons.check', or a template or prefix such as `check.${code}`).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EN_LATER } from './enLater.ts';
import { translate } from './translate.ts';

const UI = join(import.meta.dirname, '..');
const groups = [...new Set(Object.keys(EN_LATER).map((k) => k.slice(0, k.indexOf('.'))))];
const usesLaterKey = new RegExp(`['\`](${groups.join('|')})\\.`);

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'fixtures' ? [] : sources(path);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

describe('laterWords.ts', () => {
  it('is imported by every module that shows a string of enLater.ts', () => {
    const missing = sources(UI)
      .filter((path) => !path.includes(`${join('ui', 'i18n')}`))
      .filter((path) => {
        const text = readFileSync(path, 'utf8');
        return usesLaterKey.test(text) && !/^import '[./]*\/?(i18n\/)?laterWords\.ts';$/m.test(text);
      })
      .map((path) => relative(UI, path));
    expect(missing).toEqual([]);
  });

  it('installs them (the tests have them through the setup file, as a page once such a module has loaded)', () => {
    expect(translate('en', 'lessons.check')).toBe(EN_LATER['lessons.check']);
  });
});
