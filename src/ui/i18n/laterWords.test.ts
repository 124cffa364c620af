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

/**
 * The first diagram's modules that word the core's codes: they get the data path's words through
 * the simulation client, which loads laterWords.ts before it hands them a traffic answer or a view
 * that carries an explanation (simClient.ts).
 */
const WORDED_THROUGH_THE_CLIENT = ['diagram/cardLines.ts', 'diagram/PacketCanvas.tsx', 'traffic/PodCounters.tsx'];
const wordsCodes = /\b(saidText|hopText|reasonText|outcomeText)\(/;

const importsLaterWords = (text: string): boolean => /^import '[./]*\/?(i18n\/)?laterWords\.ts';$/m.test(text);

describe('laterWords.ts', () => {
  it('is imported by every module that shows a string of enLater.ts', () => {
    const missing = sources(UI)
      .filter((path) => !path.includes(`${join('ui', 'i18n')}`))
      .filter((path) => {
        const text = readFileSync(path, 'utf8');
        return usesLaterKey.test(text) && !importsLaterWords(text);
      })
      .map((path) => relative(UI, path));
    expect(missing).toEqual([]);
  });

  it("is imported by every module that words the core's codes, but the first diagram's (through the client)", () => {
    const wording = sources(UI)
      .filter((path) => wordsCodes.test(readFileSync(path, 'utf8')))
      .map((path) => relative(UI, path).split('\\').join('/'));
    expect(wording.filter((path) => !importsLaterWords(readFileSync(join(UI, path), 'utf8'))).sort()).toEqual(
      [...WORDED_THROUGH_THE_CLIENT].sort(),
    );
    expect(readFileSync(join(UI, 'simClient.ts'), 'utf8')).toContain("import('./i18n/laterWords.ts')");
  });

  it('installs them (the tests have them through the setup file, as a page once such a module has loaded)', () => {
    expect(translate('en', 'lessons.check')).toBe(EN_LATER['lessons.check']);
  });
});
