import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SCENARIOS,
  DEFAULT_SEED,
  defaultScenario,
  isDefaultScenario,
  likelyFirstScenario,
} from './firstScenario.ts';
import { LANG_KEY } from './i18n/firstLanguage.ts';
import { DRAFT_KEY, type StorageLike } from './share/draftStorage.ts';

const storageWith = (text: string, seed: number): StorageLike => {
  const m = new Map([[DRAFT_KEY, JSON.stringify({ v: 2, text, seed, clients: [], rev: 3, tab: 't' })]]);
  return { getItem: (k) => m.get(k) ?? null, setItem: (k, v) => void m.set(k, v) };
};

describe(likelyFirstScenario, () => {
  it('guesses the saved draft, with its seed', () => {
    expect(likelyFirstScenario({ search: '', hash: '' }, storageWith('kind: Pod', 9))).toEqual({
      yaml: 'kind: Pod',
      seed: 9,
    });
  });

  it('guesses the built-in scenario without a draft or without storage', () => {
    const empty: StorageLike = { getItem: () => null, setItem: () => undefined };
    expect(likelyFirstScenario({ search: '', hash: '' }, empty)).toEqual({ yaml: defaultScenario, seed: DEFAULT_SEED });
    expect(likelyFirstScenario({ search: '', hash: '' }, null)).toEqual({ yaml: defaultScenario, seed: DEFAULT_SEED });
  });

  it('never reads the draft in an embed, and guesses nothing for a share link', () => {
    expect(likelyFirstScenario({ search: '?embed', hash: '' }, storageWith('kind: Pod', 9))).toEqual({
      yaml: defaultScenario,
      seed: DEFAULT_SEED,
    });
    expect(likelyFirstScenario({ search: '', hash: '#s=1.abc' }, storageWith('kind: Pod', 9))).toBeNull();
  });

  it('guesses the built-in scenario in the language the page will start in', () => {
    const korean: StorageLike = { getItem: (k) => (k === LANG_KEY ? 'ko' : null), setItem: () => undefined };
    expect(likelyFirstScenario({ search: '', hash: '' }, korean)).toEqual({ yaml: DEFAULT_SCENARIOS.ko, seed: 1 });
  });
});

describe('the built-in scenario in each language', () => {
  const withoutComments = (yaml: string) => yaml.replace(/^\s*#.*\n/gm, '');

  it('is the same YAML, only its comments worded in the language', () => {
    expect(DEFAULT_SCENARIOS.en).toBe(defaultScenario);
    expect(withoutComments(DEFAULT_SCENARIOS.ko)).toBe(withoutComments(DEFAULT_SCENARIOS.en));
    expect(DEFAULT_SCENARIOS.ko).not.toBe(DEFAULT_SCENARIOS.en);
    expect(DEFAULT_SCENARIOS.ko).toMatch(/^# 플레이그라운드의 첫 시나리오/);
  });

  it("is nobody's work in either language; an edited one is", () => {
    expect(isDefaultScenario(DEFAULT_SCENARIOS.en)).toBe(true);
    expect(isDefaultScenario(DEFAULT_SCENARIOS.ko)).toBe(true);
    expect(isDefaultScenario(DEFAULT_SCENARIOS.ko.replace('replicas: 3', 'replicas: 4'))).toBe(false);
  });
});
