// The shell end to end, against the built app (vite preview): the default scenario draws, nothing
// leaves localhost, the editor drives the diagram, errors become markers while the last good
// diagram stays, monaco-yaml's schema works, and the draft survives a reload.
import { expect, test } from './fixtures.ts';

// The machine running these is shared and slow: Monaco's 4 MB parse can take many seconds.
test.describe.configure({ timeout: 180_000 });

test.beforeEach(async ({ shell, foreign }) => {
  void foreign; // recording from the first request on
  await shell.clearStorage();
  await shell.page.goto('/');
});

test('opens on the default scenario with its objects drawn, entirely offline', async ({ page, shell, foreign }) => {
  await expect.poll(async () => (await shell.summary()).pods, { timeout: 20_000 }).toBeGreaterThanOrEqual(3);
  const s = await shell.summary();
  expect(s.errors).toBe(0);
  expect(s.nodes).toBe(3);
  await expect(page.getByRole('main', { name: 'Cluster diagram' })).toContainText('my-service');
  await expect(page.getByRole('banner')).toContainText('Kubernetes Service Playground');
  await shell.editorReady();
  await page.screenshot({ path: 'test-results/shell-default.png' });
  expect(foreign).toEqual([]);
});

test('typing in the editor changes the diagram; a broken edit keeps the last diagram with a banner and a marker', async ({
  page,
  shell,
  foreign,
}) => {
  await shell.editorReady();
  await expect.poll(async () => (await shell.summary()).pods, { timeout: 20_000 }).toBeGreaterThanOrEqual(3);
  const before = (await shell.summary()).pods;
  const original = await shell.text();

  await shell.setText(original.replace('replicas: 3', 'replicas: 5'));
  await expect.poll(async () => (await shell.summary()).pods).toBe(before + 2);

  // An invalid port on my-service (line 35 of the default scenario): the API server's message,
  // as a 'k8s' marker on that line, the stale banner, and the diagram still there.
  const broken = original
    .replace('replicas: 3', 'replicas: 5')
    .replace(/( {6}port: )80(\n {6}targetPort: 9376\n---)/, '$10$2');
  expect(broken).not.toBe(original);
  await shell.setText(broken);
  await expect(page.getByTestId('stale-banner')).toBeVisible();
  await expect.poll(async () => (await shell.markers('k8s')).map((m) => m.startLineNumber)).toContain(35);
  const k8s = await shell.markers('k8s');
  expect(k8s.find((m) => m.startLineNumber === 35)!.message).toContain('spec.ports[0].port');
  expect((await shell.summary()).pods).toBe(before + 2);
  await expect(page.locator('.diagram-pane')).toHaveAttribute('data-stale', 'true');
  await page.getByRole('tab', { name: /Problems/ }).click();
  await expect(page.getByRole('list', { name: 'Problems' })).toContainText('line 35');
  await page.screenshot({ path: 'test-results/shell-stale.png' });

  // Fixing it clears the banner.
  await shell.setText(original);
  await expect(page.getByTestId('stale-banner')).toBeHidden();
  await expect.poll(async () => (await shell.summary()).pods).toBe(before);
  expect(foreign).toEqual([]);
});

test('text typed on the keyboard reaches the editor whole, spaces included (the diagram does not take the Space key)', async ({
  page,
  shell,
  foreign,
}) => {
  await shell.editorReady();
  await page.locator('.monaco-editor .view-lines').first().click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type('# typed by a learner\n');
  await expect.poll(() => shell.text()).toContain('# typed by a learner\n');
  expect(foreign).toEqual([]);
});

test("Monaco's lazy features are built as soon as the editor is up, not inside the first edit", async ({
  page,
  shell,
}) => {
  await shell.editorReady();
  // monaco-editor's own pending list (codeEditorContributions.js, pinned version): empty once
  // warmContributions.ts ran, well before Monaco's 5 s idle timeout would build the last of them.
  await expect
    .poll(
      () =>
        page.evaluate(
          () =>
            (window.__editor as unknown as { _contributions: { _pending: Map<string, unknown> } })._contributions
              ._pending.size,
        ),
      { timeout: 2_000 },
    )
    .toBe(0);
});

test("Monaco's edit path is run once as the editor comes up, and leaves nothing behind", async ({ page, shell }) => {
  await shell.editorReady();
  // warmEditPath.ts: one edit that replaces the first character with itself (the model's version
  // moves from 1 to 2), outside the undo stack, with the cursor where it was and no load sent.
  type Editor = {
    getPosition(): { lineNumber: number; column: number } | null;
    getModel(): { getVersionId(): number; canUndo(): boolean; getValue(): string };
  };
  await expect
    .poll(() => page.evaluate(() => (window.__editor as unknown as Editor).getModel().getVersionId()), {
      timeout: 2_000,
    })
    .toBe(2);
  const after = await page.evaluate(() => {
    const editor = window.__editor as unknown as Editor;
    return {
      canUndo: editor.getModel().canUndo(),
      same: editor.getModel().getValue() === window.__ksp!.text,
      position: editor.getPosition(),
      sent: window.__ksp!.counters.loadsSent,
    };
  });
  expect(after).toEqual({ canUndo: false, same: true, position: { lineNumber: 1, column: 1 }, sent: 1 });
});

test('monaco-yaml validates and completes against the Kubernetes schema', async ({ page, shell, foreign }) => {
  await shell.editorReady();
  const original = await shell.text();
  await shell.setText(original.replace('  name: my-service\nspec:\n', '  name: my-service\nspec:\n  bogusField: 1\n'));
  await expect
    .poll(async () => (await shell.markers('yaml')).map((m) => m.message).join('\n'), { timeout: 20_000 })
    .toContain('Property bogusField is not allowed.');

  // Completion of Service.spec.type: put the cursor after `type: ` and ask for suggestions.
  const withType = original.replace('  name: my-service\nspec:\n', '  name: my-service\nspec:\n  type: \n');
  await shell.setText(withType);
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
  await page.keyboard.press('Escape');

  // Hovering a field explains it from the schema (the editor ships its hover feature: monacoFeatures.ts).
  const at = await page.evaluate((ln) => {
    const ed = (
      window as unknown as {
        __editor: {
          revealLineInCenter(n: number): void;
          getScrolledVisiblePosition(p: object): { left: number; top: number; height: number };
          getDomNode(): HTMLElement;
        };
      }
    ).__editor;
    ed.revealLineInCenter(ln);
    const p = ed.getScrolledVisiblePosition({ lineNumber: ln, column: 4 });
    const box = ed.getDomNode().getBoundingClientRect();
    return { x: box.left + p.left, y: box.top + p.top + p.height / 2 };
  }, line);
  await page.mouse.move(at.x, at.y);
  await page.mouse.move(at.x + 2, at.y);
  await expect(page.locator('.monaco-hover-content').first()).toContainText('how the Service is exposed', {
    timeout: 20_000,
  });
  expect(foreign).toEqual([]);
});

test('the draft is saved and restored after a reload; the theme is remembered', async ({ page, shell }) => {
  await shell.editorReady();
  const original = await shell.text();
  await shell.setText(original.replace('replicas: 3', 'replicas: 2'));
  const initial = await page.locator('html').getAttribute('data-theme');
  const other = initial === 'dark' ? 'light' : 'dark';
  await page.getByRole('button', { name: `Switch to ${other} theme` }).click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', other);
  await shell.draftSaved('replicas: 2');
  await page.reload();
  await shell.editorReady();
  expect(await shell.text()).toContain('replicas: 2');
  await expect(page.locator('html')).toHaveAttribute('data-theme', other);
  await expect.poll(async () => (await shell.summary()).errors).toBe(0);
  await page.screenshot({ path: 'test-results/shell-light-restored.png' });
});

test('works at 1280×720 and the separator and tabs are keyboard operable', async ({ page, shell }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await shell.editorReady();
  const sep = page.getByRole('separator', { name: 'Resize editor' });
  const before = Number(await sep.getAttribute('aria-valuenow'));
  await sep.focus();
  await page.keyboard.press('ArrowRight');
  await expect(sep).toHaveAttribute('aria-valuenow', String(before + 16));
  await page.getByRole('tab', { name: /Problems/ }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('tab', { name: 'Timeline' })).toHaveAttribute('aria-selected', 'true');
  await page.screenshot({ path: 'test-results/shell-1280x720.png' });
});
