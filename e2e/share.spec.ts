// Share links, files and embeds against the built app: a link round-trips in a fresh browser to
// the same scenario, seed and step; opening a link never silently replaces a draft (a choice,
// then Undo); a damaged link changes nothing and says why; the dialog warns about long links and
// offers the .yaml download/upload; embeds are read-only and never touch storage.
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { decodeShareFragment } from '../src/core/share/linkCodec.ts';
import {
  appText,
  clearStorage,
  draftSaved,
  editorReady,
  fragmentFor,
  freshStart,
  setEditorText,
  summary,
} from './shellPage.ts';

test.setTimeout(180_000);

const defaultYaml = readFileSync(new URL('../src/scenarios/default.yaml', import.meta.url), 'utf8');
const sharedYaml = defaultYaml.replace('replicas: 3', 'replicas: 2');
const shared = {
  yaml: sharedYaml,
  seed: 7,
  lesson: '05-session-affinity',
  step: 2,
  clients: [{ id: 'laptop', from: 'external/198.51.100.7', to: 'http://192.168.1.11:30080', rate: 2 }],
  view: { theme: 'dark' as const },
};

test('a share link round-trips in a fresh browser context to the same scenario, seed and step', async ({
  page,
  browser,
}) => {
  const fragment = await fragmentFor(shared);
  await freshStart(page, `/#${fragment}`);
  await expect.poll(() => appText(page)).toBe(sharedYaml);
  await expect.poll(async () => (await summary(page)).seed).toBe(7);
  const s = await summary(page);
  expect([s.seed, s.lesson, s.lessonStep, s.errors]).toEqual([7, '05-session-affinity', 2, 0]);
  // Applied over the default (no draft of the user's own): no question, and the fragment is gone.
  await expect(page.getByRole('alertdialog')).toHaveCount(0);
  expect(new URL(page.url()).hash).toBe('');

  await page.getByRole('button', { name: 'Share' }).click();
  const linkBox = page.getByTestId('share-link');
  await expect(linkBox).toHaveValue(/#s=1\./);
  const link = await linkBox.inputValue();
  // Re-sharing what a link opened gives the same payload (the compressed bytes may differ
  // between Node's and Chromium's zlib, the decoded scenario may not).
  const again = await decodeShareFragment(link.split('#')[1]!);
  const first = await decodeShareFragment(fragment);
  expect(again).toEqual(first);
  await expect(page.getByTestId('share-length')).toContainText(`${link.length.toLocaleString('en')} characters`);
  await page.screenshot({ path: 'test-results/shell-share-dialog.png' });

  const other = await browser.newContext();
  const fresh = await other.newPage();
  await fresh.goto(link);
  await expect.poll(() => appText(fresh), { timeout: 30_000 }).toBe(sharedYaml);
  await expect.poll(async () => (await summary(fresh)).pods, { timeout: 30_000 }).toBe(s.pods);
  const t = await summary(fresh);
  expect([t.seed, t.lesson, t.lessonStep, t.services, t.nodes]).toEqual([
    7,
    '05-session-affinity',
    2,
    s.services,
    s.nodes,
  ]);
  await other.close();
});

test('a corrupted or truncated link keeps the draft and says what is wrong', async ({ page }) => {
  await freshStart(page);
  await editorReady(page);
  const mine = defaultYaml.replace('replicas: 3', 'replicas: 4');
  await setEditorText(page, mine);
  await draftSaved(page, 'replicas: 4');
  const fragment = await fragmentFor(shared);
  for (const broken of [
    fragment.slice(0, Math.floor(fragment.length / 2)),
    `${fragment.slice(0, 20)}%%%${fragment.slice(23)}`,
    's=9.abc',
  ]) {
    await page.goto(`/#${broken}`);
    await page.reload();
    const notice = page.getByTestId('session-notice');
    await expect(notice).toContainText('This share link could not be opened');
    await expect(notice).toContainText('Nothing was changed');
    await expect.poll(() => appText(page)).toBe(mine);
  }
  await page.screenshot({ path: 'test-results/shell-corrupted-link.png' });
  expect(await page.evaluate(() => localStorage.getItem('ksp:draft:v2'))).toContain('replicas: 4');
});

test('a link opened over a different draft asks first; Keep keeps it, Open replaces it with an Undo', async ({
  page,
}) => {
  await freshStart(page);
  await editorReady(page);
  const mine = defaultYaml.replace('replicas: 3', 'replicas: 5');
  await setEditorText(page, mine);
  await draftSaved(page, 'replicas: 5');
  const fragment = await fragmentFor(shared);

  await page.goto(`/#${fragment}`);
  await page.reload();
  const ask = page.getByRole('alertdialog', { name: 'Open the shared scenario?' });
  await expect(ask).toBeVisible();
  await page.screenshot({ path: 'test-results/shell-link-choice.png' });
  expect(await appText(page)).toBe(mine);
  await ask.getByRole('button', { name: 'Keep my draft' }).click();
  await expect(ask).toHaveCount(0);
  await expect.poll(() => appText(page)).toBe(mine);
  await page.reload();
  await expect(page.getByRole('alertdialog')).toHaveCount(0);
  await expect.poll(() => appText(page)).toBe(mine);

  await page.goto(`/#${fragment}`);
  await page.reload();
  await page.getByRole('button', { name: 'Open the shared scenario' }).click();
  await expect.poll(() => appText(page)).toBe(sharedYaml);
  const undo = page.getByTestId('undo-banner');
  await expect(undo).toContainText('Opened the shared scenario');
  await undo.getByRole('button', { name: 'Undo' }).click();
  await expect.poll(() => appText(page)).toBe(mine);
  expect((await summary(page)).seed).toBe(1);
});

test('the Share dialog warns past 2,000 characters and offers the .yaml download and upload', async ({ page }) => {
  await freshStart(page);
  await editorReady(page);
  // Many distinct names compress badly: the link passes 2,000 characters.
  const big =
    defaultYaml +
    Array.from(
      { length: 60 },
      (_, i) =>
        `---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: cfg-${(i * 7919).toString(36)}-${(i * 104729).toString(36)}\ndata:\n  k${i}: "${(i * 15485863).toString(36)}${(i * 32452843).toString(16)}"\n`,
    ).join('');
  await setEditorText(page, big);
  await page.getByRole('button', { name: 'Share' }).click();
  await expect(page.getByTestId('share-link')).toHaveValue(/#s=1\./);
  await expect(page.getByTestId('share-length')).toContainText('chat apps may cut it');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download scenario (.yaml)' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('web.yaml');
  const saved = readFileSync(await download.path(), 'utf8');
  expect(saved).toBe(big);

  await page
    .getByTestId('share-file-input')
    .setInputFiles({ name: 'other.yaml', mimeType: 'application/yaml', buffer: Buffer.from(sharedYaml) });
  await expect.poll(() => appText(page)).toBe(sharedYaml);
  await expect(page.getByTestId('undo-banner')).toContainText('the file other.yaml');
  await page.getByTestId('undo-banner').getByRole('button', { name: 'Undo' }).click();
  await expect.poll(() => appText(page)).toBe(big);
});

test('embed mode: read-only, editor hidden on request, an Open in playground link, no storage writes', async ({
  page,
}) => {
  const fragment = await fragmentFor(shared);
  await clearStorage(page);
  await page.goto(`/?embed&editor=0&theme=light#${fragment}`);
  await expect.poll(() => appText(page), { timeout: 30_000 }).toBe(sharedYaml);
  await expect.poll(async () => (await summary(page)).pods, { timeout: 30_000 }).toBeGreaterThan(0);
  expect((await summary(page)).embed).toBe(true);
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  await expect(page.getByRole('region', { name: 'Scenario editor' })).toBeHidden();
  await expect(page.getByRole('button', { name: 'Share' })).toHaveCount(0);
  const open = page.getByRole('link', { name: 'Open in playground' });
  const href = await open.getAttribute('href');
  expect(href).toBe(`${new URL(page.url()).origin}/#${fragment}`);
  expect(await open.getAttribute('target')).toBe('_blank');
  await page.screenshot({ path: 'test-results/shell-embed.png' });

  // Read-only with the editor shown: typing changes nothing.
  await page.goto(`/?embed#${fragment}`);
  await editorReady(page);
  await page.locator('.monaco-editor').first().click();
  await page.keyboard.type('junk');
  await page.waitForTimeout(300);
  expect(await appText(page)).toBe(sharedYaml);
  expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('ksp:draft')))).toEqual([]);
});
