// The diagram draws the default scenario (src/scenarios/default.yaml): nodes as groups, the
// Deployment's three pods inside them, both Services, selector edges; clicking and hovering work.
import { expect, test, type Page } from '@playwright/test';

declare global {
  interface Window {
    __ksp?: { summary: { errors: number; results: number; time: number; playing: boolean; stale: boolean }; text: string; counters: { loadsApplied: number } };
    __kspDiagram?: { drawn: number; frames: number; stress(n: number): void };
    __editor?: { getModel(): { getFullModelRange(): unknown; pushEditOperations(a: unknown[], e: unknown[], c: () => null): void } };
  }
}

/** Replaces the editor text through Monaco's model, the way typing does. */
async function setEditorText(page: Page, text: string): Promise<void> {
  await page.waitForFunction(() => !!window.__editor, null, { timeout: 30_000 });
  await page.evaluate((t) => {
    const model = window.__editor!.getModel();
    model.pushEditOperations([], [{ range: model.getFullModelRange(), text: t }], () => null);
  }, text);
}

async function openDefault(page: Page): Promise<void> {
  await page.goto('/');
  await expect(page.locator('[data-testid^="pod-web-"]')).toHaveCount(3, { timeout: 20_000 });
}

test('the default scenario draws nodes, pods and services', async ({ page }) => {
  await openDefault(page);
  const summary = await page.evaluate(() => window.__ksp?.summary);
  expect(summary?.errors).toBe(0);
  await expect(page.getByTestId('service-my-service')).toBeVisible();
  await expect(page.getByTestId('service-my-service')).toContainText('80 → 9376');
  await expect(page.getByTestId('service-my-service-nodeport')).toContainText('nodePort 30080');
  expect(await page.locator('[data-testid^="node-node-"]').count()).toBeGreaterThanOrEqual(1);
  // Every pod box is inside a Node group (React Flow parent), and has an IP.
  for (const pod of await page.locator('[data-testid^="pod-web-"]').all()) {
    await expect(pod).toContainText(/10\.244\.\d+\.\d+/);
    await expect(pod.locator('xpath=ancestor::div[contains(@class,"react-flow__node-pod")]')).toHaveCount(1);
  }
  expect(await page.locator('.react-flow__edge').count()).toBeGreaterThanOrEqual(6);
  await page.screenshot({ path: 'test-results/diagram-default.png' });
});

test('clicking a pod shows it in the Inspector; hovering a Service dims unrelated boxes', async ({ page }) => {
  await openDefault(page);
  await page.getByRole('button', { name: 'Pause' }).click();
  const pod = page.locator('[data-testid^="pod-web-"]').first();
  const name = (await pod.getAttribute('data-testid'))!.slice('pod-'.length);
  await pod.click();
  const inspector = page.getByTestId('inspector');
  await expect(inspector).toContainText(`Pod ${name}`);
  await expect(inspector).toContainText('my-service-nodeport');
  await expect(inspector.getByRole('button', { name: 'Delete pod' })).toBeVisible();
  await page.getByTestId('service-my-service').hover();
  await expect(page.locator('.react-flow__node.is-dim')).not.toHaveCount(0);
  await expect(page.locator('.react-flow__node-pod.is-dim')).toHaveCount(0);
  await page.screenshot({ path: 'test-results/diagram-hover.png' });
});

test('light theme and a broken edit grey the diagram', async ({ page }) => {
  await openDefault(page);
  const before = await page.getByTestId('diagram').getAttribute('data-theme');
  await page.getByRole('button', { name: /Switch to (light|dark) theme/ }).click();
  await expect(page.getByTestId('diagram')).toHaveAttribute('data-theme', before === 'dark' ? 'light' : 'dark');
  await page.screenshot({ path: `test-results/diagram-${before === 'dark' ? 'light' : 'dark'}.png` });
  const text = await page.evaluate(() => window.__ksp!.text);
  await setEditorText(page, `{{{ broken\n${text}`);
  await expect(page.getByTestId('diagram')).toHaveClass(/is-stale/, { timeout: 10_000 });
  await expect(page.locator('[data-testid^="pod-web-"]')).toHaveCount(3);
});
