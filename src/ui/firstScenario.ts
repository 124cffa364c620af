// What a visit loads first. Its own module, light on imports, because the entry (src/main.tsx)
// asks the worker to prepare it before the app's bundle (and the store) have loaded.
import defaultScenario from '../scenarios/default.yaml?raw';
import { createDraftStore, type StorageLike } from './share/draftStorage.ts';
import { parseEmbedParams } from './share/embedParams.ts';
import { isShareFragment } from './share/shareFragment.ts';

export { defaultScenario };
export const DEFAULT_SEED = 1;

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
  return { yaml: draft?.text ?? defaultScenario, seed: draft?.seed ?? DEFAULT_SEED };
}
