// What a visit loads first. Its own module, light on imports, because the entry (src/main.tsx)
// asks the worker to prepare it before the app's bundle (and the store) have loaded.
import defaultScenario from '../scenarios/default.yaml?raw';
import defaultScenarioKo from '../scenarios/default.ko.yaml?raw';
import type { Language } from '../text/language.ts';
import { initialLanguage, LANG_KEY, preferredLanguages } from './i18n/firstLanguage.ts';
import { createDraftStore, type StorageLike } from './share/draftStorage.ts';
import { parseEmbedParams } from './share/embedParams.ts';
import { isShareFragment } from './share/shareFragment.ts';

export { defaultScenario };
export const DEFAULT_SEED = 1;

/** The built-in scenario in each language: the same YAML, its comments in that language. */
export const DEFAULT_SCENARIOS: Record<Language, string> = { en: defaultScenario, ko: defaultScenarioKo };

/** True for a built-in scenario as the playground wrote it, in any language: nobody's work. */
export function isDefaultScenario(text: string): boolean {
  return Object.values(DEFAULT_SCENARIOS).includes(text);
}

function storedLanguage(storage: StorageLike | null): string | null {
  try {
    return storage?.getItem(LANG_KEY) ?? null;
  } catch {
    return null;
  }
}

/** The language this visit will most likely start in: an embed's `lang=`, else the stored choice, else the browser's. */
export function likelyLanguage(search: string, storage: StorageLike | null): Language {
  return parseEmbedParams(search)?.language ?? initialLanguage(storedLanguage(storage), preferredLanguages());
}

/**
 * The text and seed this visit will most likely load first: the saved draft (never in an embed),
 * else the built-in scenario; nothing for a share link (the link decides, and may ask first). Only
 * a guess for the worker to prepare: the app decides what it loads (src/startApp.tsx), and a wrong
 * guess costs one load the worker did for nothing, never a wrong diagram.
 */
export function likelyFirstScenario(
  where: { search: string; hash: string },
  storage: StorageLike | null,
): { yaml: string; seed: number } | null {
  if (isShareFragment(where.hash)) return null;
  const draft = parseEmbedParams(where.search) ? null : createDraftStore(storage, 'guess').read();
  const lang = likelyLanguage(where.search, storage);
  return { yaml: draft?.text ?? DEFAULT_SCENARIOS[lang], seed: draft?.seed ?? DEFAULT_SEED };
}
