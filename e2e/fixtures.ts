// The Playwright fixtures every e2e spec imports `test` and `expect` from: `shell`, the app's page
// seen through the store summary it exposes on window.__ksp (src/ui/testHook.ts), its Monaco
// instance and its storage; `foreign`, what the page requested from anywhere but localhost.
// Helpers wait for conditions (the hook, the store, the draft in storage), never for a fixed time.
import { readFileSync } from 'node:fs';
import { test as base, expect, type Page } from '@playwright/test';
import { encodeShareFragment, type SharedScenario } from '../src/core/share/linkCodec.ts';
import type { KspTestHook } from '../src/ui/testHook.ts';
import { en } from '../src/ui/i18n/en.ts';
import { EN_LATER } from '../src/ui/i18n/enLater.ts';
import { ko } from '../src/ui/i18n/ko.ts';

export { expect };

export type Summary = KspTestHook['summary'];

/** The UI dictionaries, to find controls by the text a learner reads. */
export const DICT = { en: { ...en, ...EN_LATER }, ko } as const;
export type Lang = keyof typeof DICT;

/** A file of the repository, read as the app's bundle holds it. */
export const repoFile = (path: string): string => readFileSync(new URL(`../${path}`, import.meta.url), 'utf8');

/** The built-in scenario the app opens on (src/scenarios/default.yaml). */
export const DEFAULT_YAML = repoFile('src/scenarios/default.yaml');

/** A share-link fragment (`s=1.…`) made by the same core codec the app uses. */
export const fragmentFor = (s: SharedScenario): Promise<string> => encodeShareFragment(s);

/** Script payloads the hostile scenario and links carry; each sets window.__xss if it ever runs. */
export const XSS_PAYLOADS = [
  '<img src=x onerror=window.__xss=1>',
  'javascript:window.__xss=1',
  '</script><script>window.__xss=1</script>',
  '<svg onload=window.__xss=1><script>window.__xss=1</script></svg>',
] as const;

export interface Marker {
  owner: string;
  message: string;
  startLineNumber: number;
  startColumn: number;
  severity: number;
}

/** One page of the app. Make one for a second tab or context with `new Shell(otherPage)`. */
export class Shell {
  readonly page: Page;
  constructor(page: Page) {
    this.page = page;
  }

  /** The app installs window.__ksp when its bundle has run (src/main.tsx loads it after starting the worker). */
  async hookReady(): Promise<void> {
    await this.page.waitForFunction(() => !!window.__ksp, null, { timeout: 30_000 });
  }

  async summary(): Promise<Summary> {
    await this.hookReady();
    return this.page.evaluate(() => window.__ksp!.summary);
  }

  /** The scenario text in the store (what the editor shows, what a share link carries). */
  async text(): Promise<string> {
    await this.hookReady();
    return this.page.evaluate(() => window.__ksp!.text);
  }

  /** Monaco is a 4 MB parse: on a loaded machine it can take many seconds after the diagram. */
  async editorReady(): Promise<void> {
    await this.page.waitForFunction(() => !!window.__editor, null, { timeout: 90_000 });
  }

  /** Replaces the whole text the way typing does (through the model, so undo and events run). */
  async setText(text: string): Promise<void> {
    await this.editorReady();
    await this.page.evaluate((t) => {
      const model = window.__editor!.getModel();
      model.pushEditOperations([], [{ range: model.getFullModelRange(), text: t }], () => null);
    }, text);
  }

  /** Monaco's markers of one owner ('k8s' for ours, 'yaml' for monaco-yaml's schema). */
  markers(owner: string): Promise<Marker[]> {
    return this.page.evaluate(
      (o) =>
        window.__monaco!.editor.getModelMarkers({ owner: o }).map((x) => ({
          owner: x.owner,
          message: x.message,
          startLineNumber: x.startLineNumber,
          startColumn: x.startColumn,
          severity: x.severity,
        })),
      owner,
    );
  }

  /** Waits until the autosaved draft holds `needle`. */
  async draftSaved(needle: string): Promise<void> {
    await this.page.waitForFunction((n) => (localStorage.getItem('ksp:draft:v2') ?? '').includes(n), needle);
  }

  /**
   * Empties the origin's storage from a same-origin page where the app does not run: a running app
   * may still save its draft after a clear (a pending autosave is flushed when the page is left).
   */
  async clearStorage(): Promise<void> {
    await this.page.goto('/favicon.svg');
    await this.page.evaluate(() => localStorage.clear());
  }

  /** A fresh page with empty storage (but `lang`, when given) on `path`, once the diagram has pods. */
  async freshStart(path = '/', lang?: Lang): Promise<void> {
    await this.clearStorage();
    if (lang) await this.page.evaluate((l) => localStorage.setItem('ksp:lang', l), lang);
    // Through about:blank so a `/#s=…` path is a real page load, not a same-document hash change.
    await this.page.goto('about:blank');
    await this.page.goto(path);
    await expect.poll(async () => (await this.summary()).pods, { timeout: 60_000 }).toBeGreaterThan(0);
    if (lang) await expect(this.page.locator('html')).toHaveAttribute('lang', lang);
  }

  /** The default scenario's three web pods drawn in the diagram. */
  async webPodsDrawn(): Promise<void> {
    await expect(this.page.locator('[data-testid^="pod-web-"]')).toHaveCount(3, { timeout: 30_000 });
  }

  /** Opens `path` (the default scenario unless a link says otherwise) and waits for its web pods. */
  async openDefault(path = '/'): Promise<void> {
    await this.page.goto(path);
    await this.webPodsDrawn();
    // The default clients start playing with the first traffic answer, which follows the diagram;
    // presenter mode (`?present`) pauses to step by hand, and that choice is kept.
    await this.resultsAbove(0);
    if (!new URL(path, 'http://page/').searchParams.has('present'))
      await expect.poll(async () => (await this.summary()).playing, { timeout: 30_000 }).toBe(true);
  }

  /** Waits until the simulation has produced more than `n` traffic results. */
  async resultsAbove(n: number): Promise<void> {
    await this.page.waitForFunction((k) => (window.__ksp?.summary.results ?? 0) > k, n, { timeout: 30_000 });
  }

  /** Waits until the packet canvas (src/ui/diagram/PacketCanvas.tsx) has drawn `n` more frames. */
  async framesDrawn(n: number): Promise<void> {
    const frames = () => this.page.evaluate(() => window.__kspDiagram?.frames ?? 0);
    const from = await frames();
    await expect.poll(frames, { timeout: 30_000 }).toBeGreaterThanOrEqual(from + n);
  }

  /** Runs one line in the Console tab (in the page's language) and waits until the console is idle again. */
  async runInConsole(line: string, lang: Lang = 'en'): Promise<void> {
    await this.page.getByRole('tab', { name: DICT[lang]['tabs.console'] }).click();
    const input = this.page.getByRole('textbox', { name: DICT[lang]['console.command'] });
    const log = this.page.getByRole('log', { name: DICT[lang]['console.output'] });
    const before = await log.locator('.console-entry-prompt').count();
    await input.fill(line);
    await input.press('Enter');
    // The line is echoed at once; the console is no longer busy when the answer has arrived.
    await expect(log.locator('.console-entry-prompt')).toHaveCount(before + 1, { timeout: 30_000 });
    await expect(input).toHaveAttribute('aria-busy', 'false', { timeout: 30_000 });
  }

  /** Opens the Lessons tab in the page's language. */
  async lessonsTab(lang: Lang = 'en'): Promise<void> {
    await this.page.getByRole('tab', { name: DICT[lang]['tabs.lessons'] }).click();
    await expect(this.page.getByTestId('lesson-panel')).toBeVisible();
  }
}

export interface Fixtures {
  /** The test's page, as the app. */
  shell: Shell;
  /**
   * Requests to anything but localhost (and page errors), recorded from the page's first request
   * on: the app works offline, so a test ends with `expect(foreign).toEqual([])`.
   */
  foreign: string[];
}

export const test = base.extend<Fixtures>({
  shell: async ({ page }, use) => {
    await use(new Shell(page));
  },
  foreign: async ({ page }, use) => {
    const seen: string[] = [];
    page.on('request', (r) => {
      if (!/^(http:\/\/localhost:\d+\/|data:|blob:)/.test(r.url())) seen.push(r.url());
    });
    page.on('pageerror', (e) => seen.push(`pageerror: ${e.message}`));
    await use(seen);
  },
});
