// Page helpers shared by the shell's e2e specs (share, reliability, app): the store summary the
// app exposes on window.__ksp, the Monaco instance, and share-link fragments made by the same
// core codec the app uses.
import { expect, type Page } from '@playwright/test';
import { encodeShareFragment, type SharedScenario } from '../src/core/share/linkCodec.ts';

export interface Summary {
  pods: number;
  services: number;
  nodes: number;
  stale: boolean;
  errors: number;
  diagnostics: number;
  results: number;
  time: number;
  playing: boolean;
  seed: number;
  lesson: string | null;
  lessonStep: number;
  theme: string;
  embed: boolean;
  /** The traffic clients' ids. */
  clients: string[];
}

/** The app installs window.__ksp when its bundle has run (src/main.tsx loads it after starting the worker). */
const hookReady = (page: Page) =>
  page.waitForFunction(() => !!(window as unknown as { __ksp?: unknown }).__ksp, null, { timeout: 30_000 });
export const summary = async (page: Page): Promise<Summary> => {
  await hookReady(page);
  return page.evaluate(() => (window as unknown as { __ksp: { summary: Summary } }).__ksp.summary);
};
export const appText = async (page: Page): Promise<string> => {
  await hookReady(page);
  return page.evaluate(() => (window as unknown as { __ksp: { text: string } }).__ksp.text);
};

export async function editorReady(page: Page): Promise<void> {
  await page.waitForFunction(() => !!(window as unknown as { __editor?: unknown }).__editor, null, { timeout: 90_000 });
}

/** Replaces the whole text the way typing does (through the model, so undo and events run). */
export async function setEditorText(page: Page, text: string): Promise<void> {
  await page.evaluate((t) => {
    const ed = (
      window as unknown as {
        __editor: {
          getModel(): {
            getFullModelRange(): unknown;
            pushEditOperations(a: unknown[], e: unknown[], c: () => null): void;
          };
        };
      }
    ).__editor;
    const model = ed.getModel();
    model.pushEditOperations([], [{ range: model.getFullModelRange(), text: t }], () => null);
  }, text);
}

export const fragmentFor = (s: SharedScenario): Promise<string> => encodeShareFragment(s);

/** Waits until the autosaved draft holds `needle`. */
export async function draftSaved(page: Page, needle: string): Promise<void> {
  await page.waitForFunction((n) => (localStorage.getItem('ksp:draft:v2') ?? '').includes(n), needle);
}

/**
 * Empties the origin's storage from a same-origin page where the app does not run: a running app
 * may still save its draft after a clear (a pending autosave is flushed when the page is left).
 */
export async function clearStorage(page: Page): Promise<void> {
  await page.goto('/favicon.svg');
  await page.evaluate(() => localStorage.clear());
}

/** A fresh page with empty storage on the default scenario. */
export async function freshStart(page: Page, path = '/'): Promise<void> {
  await clearStorage(page);
  // Through about:blank so a `/#s=…` path is a real page load, not a same-document hash change.
  await page.goto('about:blank');
  await page.goto(path);
  await expect.poll(async () => (await summary(page)).pods, { timeout: 30_000 }).toBeGreaterThan(0);
}

/** Script payloads the hostile scenario and links carry; each sets window.__xss if it ever runs. */
export const XSS_PAYLOADS = [
  '<img src=x onerror=window.__xss=1>',
  'javascript:window.__xss=1',
  '</script><script>window.__xss=1</script>',
  '<svg onload=window.__xss=1><script>window.__xss=1</script></svg>',
] as const;
