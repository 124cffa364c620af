// No lost work, hostile input and the offline cache, against the built app: reload restores
// work, two tabs never overwrite each other silently, a full storage is reported, script
// payloads stay inert everywhere they are shown, the CSP holds with zero violations, and after
// one visit the app reloads with the network off.
import type { Page } from '@playwright/test';
import { DEFAULT_YAML, Shell, XSS_PAYLOADS, expect, fragmentFor, repoFile, test } from './fixtures.ts';

test.describe.configure({ timeout: 180_000 });

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
    if (m.type() === 'error' || /Content Security Policy/i.test(m.text())) problems.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  return { problems, dialogs };
}

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
  const held = sim!
    .evaluate(() => {
      const end = Date.now() + 120_000;
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
  // The held evaluate settles once the worker is gone (Playwright resolves or rejects it by version);
  // the restart count below is what proves the worker was replaced.
  await held;
  expect((await page.evaluate(() => window.__ksp!.counters)).workerRestarts).toBe(restartsBefore + 1);
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
