import { describe, expect, it } from 'vitest';
import { DEFAULT_SEED, defaultScenario, likelyFirstScenario } from './firstScenario.ts';
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
});
