// What the page remembers between visits, in localStorage under versioned keys: the draft
// (text + seed) and the theme. Broken or foreign values are ignored, never trusted.
import { DEFAULT_SEED, setTheme, useStore, type Theme } from './store.ts';

export const DRAFT_KEY = 'ksp:draft:v1';
export const THEME_KEY = 'ksp:theme:v1';
const SAVE_DEBOUNCE_MS = 400;

export interface Draft {
  text: string;
  seed: number;
}

function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null; // disabled storage (privacy mode) must not break the page
  }
}

export function readDraft(): Draft | null {
  const raw = storage()?.getItem(DRAFT_KEY);
  if (!raw) return null;
  try {
    const v = JSON.parse(raw) as Partial<Draft>;
    if (typeof v.text !== 'string') return null;
    return { text: v.text, seed: Number.isSafeInteger(v.seed) && (v.seed as number) >= 0 ? (v.seed as number) : DEFAULT_SEED };
  } catch {
    return null;
  }
}

export function readTheme(): Theme {
  const v = storage()?.getItem(THEME_KEY);
  if (v === 'dark' || v === 'light') return v;
  return window.matchMedia?.('(prefers-color-scheme: light)').matches ? 'light' : 'dark';
}

/** Saves the draft (debounced) and the theme whenever they change. Returns the unsubscribe. */
export function startAutosave(): () => void {
  let timer: number | null = null;
  const unsubscribe = useStore.subscribe((s, prev) => {
    if (s.text !== prev.text || s.seed !== prev.seed) {
      if (timer !== null) window.clearTimeout(timer);
      timer = window.setTimeout(() => {
        storage()?.setItem(DRAFT_KEY, JSON.stringify({ text: s.text, seed: s.seed } satisfies Draft));
      }, SAVE_DEBOUNCE_MS);
    }
    if (s.theme !== prev.theme) storage()?.setItem(THEME_KEY, s.theme);
  });
  return () => {
    if (timer !== null) window.clearTimeout(timer);
    unsubscribe();
  };
}

export function applyTheme(theme: Theme): void {
  setTheme(theme);
  document.documentElement.dataset.theme = theme;
}
