// No lost work, hostile input and the offline cache, against the built app: reload restores
// work, two tabs never overwrite each other silently, a full storage is reported, script
// payloads stay inert everywhere they are shown, the CSP holds with zero violations, and after
// one visit the app reloads with the network off.
import type { Page } from '@playwright/test';
import { DEFAULT_YAML, Shell, XSS_PAYLOADS, expect, fragmentFor, repoFile, test } from './fixtures.ts';
import { deploymentsYaml, nodesYaml } from '../bench/generate.ts';

// Its tests are independent (each its own page and storage): they run in both workers.
test.describe.configure({ mode: 'parallel', timeout: 180_000 });

const defaultYaml = DEFAULT_YAML;
const hostileYaml = repoFile('src/ui/share/fixtures/hostile.yaml');

/** Records CSP violations, page errors, console errors and dialogs from the page's first script on. */
async function watch(page: Page): Promise<{ problems: string[]; dialogs: string[] }> {
  const problems: string[] = [];
  const dialogs: string[] = [];
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      (window as unknown as { __csp: string[] }).__csp ??= [];
      (window as unknown as { __csp: string[] }).__csp.push(`${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  page.on('console', (m) => {
    if (m.type() === 'error' || /Content Security Policy/i.test(m.text()))
      problems.push(`console: ${m.text()} (${m.location().url})`);
  });
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  return { problems, dialogs };
}

/** Markers from monaco-yaml's schema validation (not ours, owner `k8s`): its worker is working. */
const schemaMarkers = (page: Page): Promise<number> =>
  page.evaluate(() => window.__monaco!.editor.getModelMarkers({}).filter((m) => m.owner !== 'k8s').length);

// The issue-19 tests below drive several pages at once; these read each page through its own Shell.
const clearStorage = (p: Page) => new Shell(p).clearStorage();
const freshStart = (p: Page) => new Shell(p).freshStart();
const editorReady = (p: Page) => new Shell(p).editorReady();
const setEditorText = (p: Page, text: string) => new Shell(p).setText(text);
const draftSaved = (p: Page, needle: string) => new Shell(p).draftSaved(needle);
const appText = (p: Page) => new Shell(p).text();
const summary = (p: Page) => new Shell(p).summary();

const cspViolations = (page: Page): Promise<string[]> =>
  page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? []);

test('reload restores work', async ({ page, shell }) => {
  await shell.freshStart();
  await shell.editorReady();
  const mine = defaultYaml.replace('replicas: 3', 'replicas: 1');
  await shell.setText(mine);
  await shell.draftSaved('replicas: 1');
  await page.reload();
  await expect.poll(() => shell.text()).toBe(mine);
  await expect.poll(async () => (await shell.summary()).pods).toBeGreaterThan(0);
});

test('two tabs do not overwrite each other silently: the other tab is told and chooses', async ({
  page,
  context,
  shell,
}) => {
  await shell.freshStart();
  await shell.editorReady();
  const second = new Shell(await context.newPage());
  await second.page.goto('/');
  await second.editorReady();
  const fromFirst = defaultYaml.replace('replicas: 3', 'replicas: 6');
  await shell.setText(fromFirst);
  await shell.draftSaved('replicas: 6');
  const banner = second.page.getByTestId('conflict-banner');
  await expect(banner).toContainText('Another tab saved a different version');
  await second.page.screenshot({ path: 'test-results/shell-two-tabs.png' });
  // The second tab's own edit does not overwrite the first one's draft while the question is open.
  const fromSecond = defaultYaml.replace('replicas: 3', 'replicas: 8');
  await second.setText(fromSecond);
  await expect.poll(() => second.text()).toBe(fromSecond);
  // Leaving a page flushes its pending autosave (src/ui/persistence.ts): the save happens now.
  await second.page.evaluate(() => window.dispatchEvent(new PageTransitionEvent('pagehide')));
  expect(await page.evaluate(() => localStorage.getItem('ksp:draft:v2'))).toContain('replicas: 6');
  await banner.getByRole('button', { name: "Open the other tab's version" }).click();
  await expect.poll(() => second.text()).toBe(fromFirst);
  await expect(second.page.getByTestId('undo-banner')).toContainText("the other tab's draft");
});

test('a full storage produces a visible message, and the work stays in the page', async ({ page, shell }) => {
  await page.addInitScript(() => {
    Storage.prototype.setItem = function setItem(): void {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
  await page.goto('/');
  await shell.editorReady();
  const mine = defaultYaml.replace('replicas: 3', 'replicas: 2');
  await shell.setText(mine);
  const notice = page.getByTestId('session-notice');
  await expect(notice).toContainText('the browser storage for this site is full');
  await page.screenshot({ path: 'test-results/shell-quota.png' });
  expect(await shell.text()).toBe(mine);
});

test('script payloads stay inert in the editor, diagram, inspector, problems, share dialog and embed; CSP has zero violations', async ({
  page,
  shell,
}) => {
  const seen = await watch(page);
  await shell.clearStorage();
  const fragment = await fragmentFor({
    yaml: hostileYaml,
    clients: [{ id: 'x', from: 'external', to: XSS_PAYLOADS[1], rate: 1 }],
  });
  await page.goto('about:blank');
  await page.goto(`/#${fragment}`);
  await expect.poll(() => shell.text(), { timeout: 30_000 }).toBe(hostileYaml);
  await shell.editorReady();
  await expect.poll(async () => (await shell.summary()).diagnostics).toBeGreaterThan(0);
  // Problems (the invalid Service name is reported, as text).
  await page.getByRole('tab', { name: /Problems/ }).click();
  await expect(page.getByRole('tabpanel')).toContainText('<img src=x onerror=window.__xss=1>');
  // Diagram + inspector: select each drawn pod and service.
  for (const box of await page.locator('.react-flow__node').all())
    await box.click({ trial: false, force: true }).catch(() => undefined);
  await page.getByRole('tab', { name: 'Inspector' }).click();
  // Editor: type a payload.
  await page.locator('.monaco-editor').first().click();
  await page.keyboard.type(`# ${XSS_PAYLOADS[2]}\n`);
  await page.getByRole('button', { name: 'Share' }).click();
  await expect(page.getByTestId('share-link')).toHaveValue(/#s=1\./);
  await page.keyboard.press('Escape');
  // Hostile embed parameters and a hostile fragment.
  await page.goto(
    `/?embed=${encodeURIComponent(XSS_PAYLOADS[0])}&theme=${encodeURIComponent(XSS_PAYLOADS[3])}&step=${encodeURIComponent(XSS_PAYLOADS[1])}#${fragment}`,
  );
  await expect.poll(() => shell.text(), { timeout: 30_000 }).toBe(hostileYaml);
  await page.goto(`/#s=1.${encodeURIComponent(XSS_PAYLOADS[2])}`);
  await expect(page.getByTestId('session-notice')).toContainText('could not be opened');
  await page.screenshot({ path: 'test-results/shell-xss.png' });
  expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
  expect(seen.dialogs).toEqual([]);
  expect(await cspViolations(page)).toEqual([]);
  expect(seen.problems.filter((p) => /Content Security Policy|Refused to/i.test(p))).toEqual([]);
});

test('the CSP is active and the app (Monaco and monaco-yaml included) runs under it with no violation', async ({
  page,
  shell,
}) => {
  const seen = await watch(page);
  await shell.freshStart();
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(csp).toContain("script-src 'self'");
  expect(csp).not.toContain('unsafe-eval');
  await shell.editorReady();
  await shell.setText(defaultYaml.replace('replicas: 3', 'replicas: [3'));
  await expect.poll(async () => (await shell.summary()).errors).toBeGreaterThan(0);
  // monaco-yaml's schema validation runs in its worker: a schema marker proves it works under the CSP.
  await shell.setText(defaultYaml.replace('  replicas: 3', '  replicas: "three"'));
  await expect
    .poll(
      () =>
        page.evaluate(
          () =>
            (
              window as unknown as { __monaco: { editor: { getModelMarkers(f: object): { owner: string }[] } } }
            ).__monaco.editor
              .getModelMarkers({})
              .filter((m) => m.owner !== 'k8s').length,
        ),
      { timeout: 30_000 },
    )
    .toBeGreaterThan(0);
  // An inline script injected into the page is refused: the policy is really enforced.
  await page.evaluate(() => {
    const s = document.createElement('script');
    s.textContent = 'window.__inline = 1';
    document.body.append(s);
  });
  expect(await page.evaluate(() => (window as unknown as { __inline?: number }).__inline)).toBeUndefined();
  const violations = await cspViolations(page);
  expect(violations).toHaveLength(1); // exactly the one we provoked
  expect(violations[0]).toMatch(/^script-src/);
  expect(seen.problems.filter((p) => !/inline script/i.test(p))).toEqual([]);
});

test.describe('the offline cache', () => {
  // playwright.config.ts blocks service workers for every other test.
  test.use({ serviceWorkers: 'allow' });
  test('after one visit the app reloads and works with the network off', async ({ page, context, shell }) => {
    await shell.freshStart();
    await page.evaluate(async () => {
      const reg = await navigator.serviceWorker.ready;
      return reg.active?.state;
    });
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 30_000 });
    await page.waitForFunction(async () => (await caches.keys()).some((k) => k.startsWith('ksp-')));
    await shell.editorReady();
    await context.setOffline(true);
    await page.reload();
    await expect.poll(async () => (await shell.summary()).pods, { timeout: 30_000 }).toBeGreaterThan(0);
    await shell.editorReady();
    await expect(page.getByRole('main', { name: 'Cluster diagram' })).toContainText('my-service');
    await page.screenshot({ path: 'test-results/shell-offline.png' });
    await context.setOffline(false);
  });
});

test('a console request the simulator never answers: the worker is restarted, the text kept, the console answers again', async ({
  page,
  shell,
}) => {
  const { problems } = await watch(page);
  await shell.freshStart();
  await shell.editorReady();
  const mine = defaultYaml.replace('replicas: 3', 'replicas: 2');
  await shell.setText(mine);
  await expect.poll(() => shell.text()).toBe(mine);
  await page.getByRole('tab', { name: 'Console' }).click();
  const input = page.getByRole('textbox', { name: 'kubectl command' });
  const log = page.getByRole('log', { name: 'kubectl output' });
  await input.fill('kubectl get deployments');
  await input.press('Enter');
  await expect(log).toContainText('web    2/2');
  // Traffic asks the worker ahead of time while playing: pause it, so the console's request is the
  // one the watchdog catches (otherwise the traffic request's watchdog may fire first).
  await page.getByRole('button', { name: 'Pause', exact: true }).first().click();
  await expect.poll(async () => (await shell.summary()).playing).toBe(false);
  // Hold the simulation worker's thread, as a scenario that explodes inside the core does: the
  // next request waits behind it and only the watchdog can end the wait.
  const sim = page.workers().find((w) => /sim/.test(w.url()));
  expect(
    sim,
    page
      .workers()
      .map((w) => w.url())
      .join(', '),
  ).toBeDefined();
  // Not awaited: a terminated worker's evaluate may stay pending until the loop would have ended;
  // the restart count below is what proves the worker was replaced.
  void sim!
    .evaluate(() => {
      const end = Date.now() + 60_000;
      while (Date.now() < end);
    })
    .catch(() => 'terminated');
  const restartsBefore = (await page.evaluate(() => window.__ksp!.counters)).workerRestarts;
  await input.fill('kubectl get pods');
  await input.press('Enter');
  await expect(log.locator('.console-entry-stderr').last()).toContainText('took longer than 5 s', { timeout: 20_000 });
  // Monaco keeps its own (empty) aria alerts on the page: pick the worker's banner by its text.
  await expect(page.getByRole('alert').filter({ hasText: 'on a console command' })).toContainText(
    'on a console command and was restarted. Your text is kept',
  );
  await expect
    .poll(async () => (await page.evaluate(() => window.__ksp!.counters)).workerRestarts)
    .toBe(restartsBefore + 1);
  expect(await shell.text()).toBe(mine);
  // The new worker has the scenario again: the console and Tab completion answer.
  await input.fill('kubectl get deployments');
  await input.press('Enter');
  await expect(log.locator('.console-entry-stdout').last()).toContainText('web    2/2');
  await input.fill('kubectl desc');
  await input.press('Tab');
  await expect(input).toHaveValue('kubectl describe ');
  // No console error at all. The 404 once let through here was Chromium's own request for
  // /favicon.ico while the fixture stood on /favicon.svg (a document without <link rel="icon">);
  // public/favicon.ico now answers it.
  expect(problems).toEqual([]);
});

// ---- issue 19: embeds ----

test('an embed opened at //other.host/ links "Open in playground" to this origin only', async ({ page, baseURL }) => {
  const fragment = await fragmentFor({ yaml: defaultYaml });
  await clearStorage(page);
  await page.goto(`${baseURL}//evil.example/?embed#${fragment}`);
  const open = page.getByRole('link', { name: 'Open in playground' });
  const href = (await open.getAttribute('href')) ?? '';
  expect(new URL(href, page.url()).origin).toBe(new URL(baseURL!).origin);
});

test('a burst of 200 config messages from the embedding page is coalesced: no React error, the last values win', async ({
  page,
  baseURL,
}) => {
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(m.text());
  });
  const fragment = await fragmentFor({ yaml: defaultYaml });
  // The embedding page: another origin on this machine (127.0.0.1 vs localhost), a plain document
  // of this server (its favicon) with the iframe added, as a blog's page would hold it.
  const parent = baseURL!.replace('localhost', '127.0.0.1');
  await page.goto(`${parent}/favicon.svg`);
  await page.evaluate(
    (src) => {
      const svg = document.documentElement;
      svg.setAttribute('width', '1000');
      svg.setAttribute('height', '700');
      svg.setAttribute('viewBox', '0 0 1000 700');
      const box = document.createElementNS('http://www.w3.org/2000/svg', 'foreignObject');
      box.setAttribute('width', '1000');
      box.setAttribute('height', '700');
      const f = document.createElementNS('http://www.w3.org/1999/xhtml', 'iframe') as HTMLIFrameElement;
      f.id = 'f';
      f.setAttribute('width', '960');
      f.setAttribute('height', '660');
      f.setAttribute('src', src);
      box.append(f);
      svg.append(box);
    },
    `${baseURL}/?embed&origin=${encodeURIComponent(parent)}#${fragment}`,
  );
  // The frame itself (a locator through the iframe element wants an HTML document around it).
  await expect.poll(() => page.frames().some((f) => f.url().startsWith(`${baseURL}/?embed`))).toBe(true);
  const embed = page.frames().find((f) => f.url().startsWith(`${baseURL}/?embed`))!;
  await expect(embed.getByRole('main', { name: 'Cluster diagram' })).toContainText('my-service', { timeout: 30_000 });
  await embed.waitForFunction(
    () => (window as unknown as { __ksp?: { summary: { pods: number } } }).__ksp?.summary.pods,
  );
  await page.evaluate(() => {
    const w = (document.getElementById('f') as HTMLIFrameElement).contentWindow!;
    for (let i = 0; i < 200; i++)
      w.postMessage({ type: 'ksp:config', theme: i % 2 ? 'light' : 'dark', step: i % 7, playing: i % 2 === 0 }, '*');
  });
  await expect.poll(() => embed.evaluate(() => document.documentElement.dataset.theme)).toBe('light');
  // The last message's values win once the coalesced burst is applied.
  const last = () =>
    embed.evaluate(() => {
      const s = (window as unknown as { __ksp: { summary: { lessonStep: number; playing: boolean } } }).__ksp.summary;
      return { step: s.lessonStep, playing: s.playing };
    });
  await expect.poll(last).toEqual({ step: 199 % 7, playing: false });
  await expect(embed.getByRole('main', { name: 'Cluster diagram' })).toContainText('my-service');
  expect(problems).toEqual([]);
});

// ---- issue 19: no work lost ----

test('issue 19: a tab in conflict keeps saving its own copy, says where, warns before closing; the copy is offered later', async ({
  page,
  context,
}) => {
  await freshStart(page);
  await editorReady(page);
  const second = await context.newPage();
  await second.goto('/');
  await editorReady(second);
  await setEditorText(page, defaultYaml.replace('replicas: 3', 'replicas: 6'));
  await draftSaved(page, 'replicas: 6');
  const banner = second.getByTestId('conflict-banner');
  await expect(banner).toContainText('this tab saves its work as a separate copy in this browser');
  // The second tab ignores the question and keeps typing: its work is saved as its kept copy.
  await setEditorText(second, defaultYaml.replace('replicas: 3', 'replicas: 8'));
  // Typed by hand (a browser asks before closing only a page the user interacted with).
  await second.bringToFront();
  await second.locator('.monaco-editor .view-lines').first().click();
  await second.evaluate(() => window.__editor!.focus());
  await second.keyboard.press('Control+End');
  await second.keyboard.type('# typed in the second tab\n');
  await second.waitForFunction(() => (localStorage.getItem('ksp:draft:kept:v1') ?? '').includes('typed in the second'));
  const mine = await appText(second);
  expect(mine).toContain('replicas: 8');
  expect(await page.evaluate(() => localStorage.getItem('ksp:draft:v2'))).toContain('replicas: 6');
  // Closing it asks first.
  const asked = new Promise<string>((resolve) =>
    second.once('dialog', (d) => {
      resolve(d.type());
      void d.accept();
    }),
  );
  await second.close({ runBeforeUnload: true });
  expect(await asked).toBe('beforeunload');
  // The next visit offers the kept copy; opening it keeps an Undo to the shared draft.
  const third = await context.newPage();
  await third.goto('/');
  // Monaco's first load can hold a loaded machine's main thread for seconds: let it finish first,
  // so the poll below measures the copy being opened, not the page starting.
  await new Shell(third).editorReady();
  const kept = third.getByTestId('kept-banner');
  await expect(kept).toContainText('was kept');
  await kept.getByRole('button', { name: 'Open it' }).click();
  await expect.poll(() => appText(third), { timeout: 30_000 }).toBe(mine);
  await expect(third.getByTestId('undo-banner')).toContainText('the copy kept from another tab');
});

test('issue 19: a draft with one bad field is repaired (original kept aside); a broken one never brings back an old-format draft', async ({
  page,
}) => {
  const mine = defaultYaml.replace('replicas: 3', 'replicas: 4');
  const bad = JSON.stringify({ v: 2, text: mine, seed: -1, rev: 5, tab: 'old' });
  await clearStorage(page);
  await page.evaluate((v) => localStorage.setItem('ksp:draft:v2', v), bad);
  await page.goto('/');
  await expect.poll(() => appText(page), { timeout: 30_000 }).toBe(mine);
  await expect(page.getByTestId('session-notice')).toContainText('damaged fields (seed)');
  await expect(page.getByTestId('session-notice')).toContainText('ksp:draft:damaged:v1');
  await editorReady(page);
  await setEditorText(page, mine.replace('replicas: 4', 'replicas: 5'));
  await draftSaved(page, 'replicas: 5');
  expect(await page.evaluate(() => localStorage.getItem('ksp:draft:damaged:v1'))).toBe(bad);

  await clearStorage(page);
  await page.evaluate(() => {
    localStorage.setItem('ksp:draft:v1', JSON.stringify({ text: 'kind: Ancient\n', seed: 2 }));
    localStorage.setItem('ksp:draft:v2', '{"v":2,"text":"cut off');
  });
  await page.goto('/');
  await expect(page.getByTestId('session-notice')).toContainText('could not be read');
  expect(await appText(page)).toBe(defaultYaml);
  expect(await page.evaluate(() => localStorage.getItem('ksp:draft:damaged:v1'))).toBe('{"v":2,"text":"cut off');
});

test('issue 19: the Undo promised after opening a link over a draft survives a reload', async ({ page }) => {
  await freshStart(page);
  await editorReady(page);
  const mine = defaultYaml.replace('replicas: 3', 'replicas: 2');
  await setEditorText(page, mine);
  await draftSaved(page, 'replicas: 2');
  const linked = defaultYaml.replace('replicas: 3', 'replicas: 7');
  await page.goto('about:blank');
  await page.goto(`/#${await fragmentFor({ yaml: linked })}`);
  await page.getByRole('button', { name: 'Open the shared scenario' }).click();
  await expect.poll(() => appText(page)).toBe(linked);
  await draftSaved(page, 'replicas: 7');
  await page.reload();
  await expect.poll(() => appText(page), { timeout: 30_000 }).toBe(linked);
  const undo = page.getByTestId('undo-banner');
  await expect(undo).toContainText('the shared scenario');
  await undo.getByRole('button', { name: 'Undo' }).click();
  await expect.poll(() => appText(page)).toBe(mine);
});

test('issue 19: the Web Workers run under their own CSP: no eval, no new Function, no other origin', async ({
  page,
  context,
}) => {
  // A cross-origin server that would answer (so only the policy can stop the request).
  await context.route('http://other.test/**', (route) =>
    route.fulfill({ body: 'reached', headers: { 'Access-Control-Allow-Origin': '*' } }),
  );
  await freshStart(page);
  await editorReady(page);
  await expect.poll(() => page.workers().length, { timeout: 30_000 }).toBeGreaterThanOrEqual(2);
  for (const w of page.workers()) {
    const r = await w.evaluate(async () => {
      const out: string[] = [];
      // The point of this test: eval and new Function must be refused inside the workers. They run
      // in a task of the worker's own, not in the DevTools evaluation (which CSP lets eval).
      await new Promise((resolve) => setTimeout(resolve, 0));
      try {
        // eslint-disable-next-line no-eval
        out.push(`eval ${String((0, eval)('1 + 1'))}`);
      } catch (e) {
        out.push(`eval blocked ${(e as Error).name}`);
      }
      try {
        // eslint-disable-next-line no-new-func
        out.push(`Function ${String(new Function('return 2')())}`);
      } catch (e) {
        out.push(`Function blocked ${(e as Error).name}`);
      }
      try {
        out.push(`fetch ${await (await fetch('http://other.test/x')).text()}`);
      } catch (e) {
        out.push(`fetch blocked ${(e as Error).name}`);
      }
      return out;
    });
    expect(r, w.url()).toEqual(['eval blocked EvalError', 'Function blocked EvalError', 'fetch blocked TypeError']);
  }
  // The app still works in them: the simulation answered (pods drawn) and monaco-yaml validates.
  expect((await summary(page)).pods).toBeGreaterThan(0);
  await setEditorText(page, defaultYaml.replace('  replicas: 3', '  replicas: "three"'));
  await expect.poll(() => schemaMarkers(page), { timeout: 30_000 }).toBeGreaterThan(0);
});

test('issue 19: SVG and PNG export of a 1,200-object diagram hold every box, not only those on screen', async ({
  page,
}) => {
  await freshStart(page);
  await editorReady(page);
  // The classroom's big manifest (bench/generate.ts): 10 Nodes, 100 Deployments of 10 Pods, 100 Services.
  await setEditorText(page, `${nodesYaml(10)}---\n${deploymentsYaml(100, 10)}`);
  await expect.poll(async () => (await summary(page)).pods, { timeout: 60_000 }).toBeGreaterThanOrEqual(1000);
  const [svg] = await Promise.all([
    page.waitForEvent('download', { timeout: 60_000 }),
    page.getByRole('button', { name: 'SVG' }).click(),
  ]);
  const text = await (await svg.createReadStream()).toArray().then((c) => Buffer.concat(c).toString('utf8'));
  // Every box is at least one <rect> (the screen alone holds a few dozen at this size).
  expect(text.match(/<rect /g)?.length ?? 0).toBeGreaterThanOrEqual(1100);
  expect(text).toContain('>app-99<'); // the last Service, far off screen
  const [png] = await Promise.all([
    page.waitForEvent('download', { timeout: 60_000 }),
    page.getByRole('button', { name: 'PNG' }).click(),
  ]);
  const bytes = await (await png.createReadStream()).toArray().then((c) => Buffer.concat(c));
  expect(bytes.subarray(1, 4).toString('ascii')).toBe('PNG');
  const [w, h] = [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
  expect(w * h).toBeGreaterThan(1280 * 800 * 4); // the whole diagram, not the viewport's area
  await expect(page.getByRole('toolbar', { name: 'Diagram' })).not.toContainText('boxes');
});

test('issue 19: a self-referencing alias gives markers, not uncaught page errors', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await freshStart(page);
  await editorReady(page);
  const cyclic = 'apiVersion: v1\nkind: ConfigMap\nmetadata: &m\n  name: loop\n  labels: *m\ndata: &d {a: *d}\n';
  await setEditorText(page, cyclic);
  // Hover, completion and the outline all ask monaco-yaml's worker about the cyclic document.
  await page.locator('.monaco-editor .view-line').nth(4).hover();
  await page.locator('.monaco-editor').first().click();
  await page.keyboard.press('Control+End');
  await page.keyboard.press('Control+Space');
  // monaco-yaml's worker threw on the cyclic document and the request was answered with nothing
  // (counted by editor/monacoSetup.ts), and our own parser has marked the alias.
  await expect
    .poll(() => page.evaluate(() => window.__ksp!.counters.yamlRequestsRefused), { timeout: 60_000 })
    .toBeGreaterThan(0);
  await expect.poll(async () => (await new Shell(page).markers('k8s')).length, { timeout: 30_000 }).toBeGreaterThan(0);
  expect(errors).toEqual([]);
  expect(await appText(page)).toContain('labels: *m');
});
