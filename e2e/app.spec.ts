// The shell end to end, against the built app (vite preview): the default scenario draws, nothing
// leaves localhost, the editor drives the diagram, errors become markers while the last good
// diagram stays, monaco-yaml's schema works, and the draft survives a reload.
import { expect, test, type Page } from '@playwright/test';
import { appText as editorText, clearStorage, editorReady, setEditorText, summary } from './shellPage.ts';

interface MarkerLite {
  owner: string;
  message: string;
  startLineNumber: number;
  startColumn: number;
  severity: number;
}

function markers(page: Page, owner: string): Promise<MarkerLite[]> {
  return page.evaluate((o) => {
    const m = (window as unknown as { __monaco: { editor: { getModelMarkers(f: { owner: string }): MarkerLite[] } } })
      .__monaco;
    return m.editor.getModelMarkers({ owner: o }).map((x) => ({
      owner: x.owner,
      message: x.message,
      startLineNumber: x.startLineNumber,
      startColumn: x.startColumn,
      severity: x.severity,
    }));
  }, owner);
}

// The machine running these is shared and slow: Monaco's 4 MB parse can take many seconds.
test.setTimeout(180_000);

const foreign: string[] = [];
test.beforeEach(async ({ page }) => {
  foreign.length = 0;
  page.on('request', (r) => {
    const url = r.url();
    if (!/^(http:\/\/localhost:\d+\/|data:|blob:)/.test(url)) foreign.push(url);
  });
  page.on('pageerror', (e) => foreign.push(`pageerror: ${e.message}`));
  await clearStorage(page);
  await page.goto('/');
});

test('opens on the default scenario with its objects drawn, entirely offline', async ({ page }) => {
  await expect.poll(async () => (await summary(page)).pods, { timeout: 20_000 }).toBeGreaterThanOrEqual(3);
  const s = await summary(page);
  expect(s.errors).toBe(0);
  expect(s.nodes).toBe(3);
  await expect(page.getByRole('main', { name: 'Cluster diagram' })).toContainText('my-service');
  await expect(page.getByRole('banner')).toContainText('Kubernetes Service Playground');
  await editorReady(page);
  await page.screenshot({ path: 'test-results/shell-default.png' });
  expect(foreign).toEqual([]);
});

test('typing in the editor changes the diagram; a broken edit keeps the last diagram with a banner and a marker', async ({
  page,
}) => {
  await editorReady(page);
  await expect.poll(async () => (await summary(page)).pods, { timeout: 20_000 }).toBeGreaterThanOrEqual(3);
  const before = (await summary(page)).pods;
  const original = await editorText(page);

  await setEditorText(page, original.replace('replicas: 3', 'replicas: 5'));
  await expect.poll(async () => (await summary(page)).pods).toBe(before + 2);

  // An invalid port on my-service (line 35 of the default scenario): the API server's message,
  // as a 'k8s' marker on that line, the stale banner, and the diagram still there.
  const broken = original
    .replace('replicas: 3', 'replicas: 5')
    .replace(/( {6}port: )80(\n {6}targetPort: 9376\n---)/, '$10$2');
  expect(broken).not.toBe(original);
  await setEditorText(page, broken);
  await expect(page.getByTestId('stale-banner')).toBeVisible();
  await expect.poll(async () => (await markers(page, 'k8s')).map((m) => m.startLineNumber)).toContain(35);
  const k8s = await markers(page, 'k8s');
  expect(k8s.find((m) => m.startLineNumber === 35)!.message).toContain('spec.ports[0].port');
  expect((await summary(page)).pods).toBe(before + 2);
  await expect(page.locator('.diagram-pane')).toHaveAttribute('data-stale', 'true');
  await page.getByRole('tab', { name: /Problems/ }).click();
  await expect(page.getByRole('list', { name: 'Problems' })).toContainText('line 35');
  await page.screenshot({ path: 'test-results/shell-stale.png' });

  // Fixing it clears the banner.
  await setEditorText(page, original);
  await expect(page.getByTestId('stale-banner')).toBeHidden();
  await expect.poll(async () => (await summary(page)).pods).toBe(before);
  expect(foreign).toEqual([]);
});

test('monaco-yaml validates and completes against the Kubernetes schema', async ({ page }) => {
  await editorReady(page);
  const original = await editorText(page);
  await setEditorText(
    page,
    original.replace('  name: my-service\nspec:\n', '  name: my-service\nspec:\n  bogusField: 1\n'),
  );
  await expect
    .poll(async () => (await markers(page, 'yaml')).map((m) => m.message).join('\n'), { timeout: 20_000 })
    .toContain('Property bogusField is not allowed.');

  // Completion of Service.spec.type: put the cursor after `type: ` and ask for suggestions.
  const withType = original.replace('  name: my-service\nspec:\n', '  name: my-service\nspec:\n  type: \n');
  await setEditorText(page, withType);
  const line = withType.split('\n').findIndex((l) => l === '  type: ') + 1;
  await page.evaluate((ln) => {
    const ed = (
      window as unknown as {
        __editor: { setPosition(p: object): void; focus(): void; trigger(s: string, id: string, a: object): void };
      }
    ).__editor;
    ed.focus();
    ed.setPosition({ lineNumber: ln, column: 9 });
    ed.trigger('test', 'editor.action.triggerSuggest', {});
  }, line);
  const suggest = page.locator('.suggest-widget');
  await expect(suggest).toContainText('NodePort', { timeout: 20_000 });
  await expect(suggest).toContainText('LoadBalancer');
  await page.screenshot({ path: 'test-results/shell-completion.png' });
  expect(foreign).toEqual([]);
});

test('the draft is saved and restored after a reload; the theme is remembered', async ({ page }) => {
  await editorReady(page);
  const original = await editorText(page);
  await setEditorText(page, original.replace('replicas: 3', 'replicas: 2'));
  const initial = await page.locator('html').getAttribute('data-theme');
  const other = initial === 'dark' ? 'light' : 'dark';
  await page.getByRole('button', { name: `Switch to ${other} theme` }).click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', other);
  await page.waitForFunction(() => (localStorage.getItem('ksp:draft:v2') ?? '').includes('replicas: 2'));
  await page.reload();
  await editorReady(page);
  expect(await editorText(page)).toContain('replicas: 2');
  await expect(page.locator('html')).toHaveAttribute('data-theme', other);
  await expect.poll(async () => (await summary(page)).errors).toBe(0);
  await page.screenshot({ path: 'test-results/shell-light-restored.png' });
});

test('works at 1280×720 and the separator and tabs are keyboard operable', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await editorReady(page);
  const sep = page.getByRole('separator', { name: 'Resize editor' });
  const before = Number(await sep.getAttribute('aria-valuenow'));
  await sep.focus();
  await page.keyboard.press('ArrowRight');
  expect(Number(await sep.getAttribute('aria-valuenow'))).toBe(before + 16);
  await page.getByRole('tab', { name: /Problems/ }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('tab', { name: 'Timeline' })).toHaveAttribute('aria-selected', 'true');
  await page.screenshot({ path: 'test-results/shell-1280x720.png' });
});
