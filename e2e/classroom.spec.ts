// Classroom: presenter mode steps one hop at a time with the keyboard; compare mode runs two
// variants of the scenario on the same seeded traffic and shows where their requests land.
import { expect, test } from './fixtures.ts';

test('presenter mode: keys step hops and the narration follows', async ({ page, shell }) => {
  await shell.openDefault('/?present');
  await shell.resultsAbove(3);
  const presenter = page.getByTestId('presenter');
  await expect(presenter).toBeVisible();
  await expect(page.locator('.editor-pane')).toBeHidden();
  const narration = page.getByTestId('narration');
  await page.keyboard.press('ArrowRight');
  await expect(presenter).toContainText(/Hop \d/);
  const first = await narration.textContent();
  const seen = new Set([first]);
  for (let i = 0; i < 3; i++) {
    await page.keyboard.press(' ');
    seen.add(await narration.textContent());
  }
  expect(seen.size).toBeGreaterThan(1);
  await expect(page.locator('.react-flow__node.is-laser')).toHaveCount(1);
  const hopBefore = await presenter.locator('.k-present-meta span').nth(1).textContent();
  await page.keyboard.press('ArrowLeft');
  await expect(presenter.locator('.k-present-meta span').nth(1)).not.toHaveText(hopBefore ?? '');
  await expect(presenter).toContainText('0.25×');
  await page.keyboard.press('+');
  await expect(presenter).toContainText('0.5×');
  await page.screenshot({ path: 'test-results-diagram/classroom-presenter.png' });
  await page.keyboard.press('Escape');
  await expect(presenter).toBeHidden();
  await expect(page.locator('.editor-pane')).toBeVisible();
});

test('compare mode: Cluster vs Local on the same traffic lands on different pods', async ({ page, shell }) => {
  await shell.openDefault();
  await shell.resultsAbove(3);
  await page.getByRole('button', { name: 'Compare' }).click();
  const compare = page.getByTestId('compare');
  await expect(compare).toBeVisible();
  await expect(page.getByTestId('compare-diagram-left').locator('.react-flow__node-pod')).toHaveCount(3, {
    timeout: 20_000,
  });
  await expect(page.getByTestId('compare-diagram-right').locator('.react-flow__node-pod')).toHaveCount(3);
  const rows = page.locator('[data-testid="compare-counters"] tbody tr');
  await expect(rows.first()).toBeVisible({ timeout: 20_000 });
  const table = await rows.evaluateAll((trs) =>
    trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent ?? '')),
  );
  const left = table.map((r) => Number(r[1]));
  const right = table.map((r) => Number(r[2]));
  // Same clients, same seed: the same number of requests on each side, distributed differently.
  expect(left.reduce((a, b) => a + b, 0)).toBe(right.reduce((a, b) => a + b, 0));
  expect(left).not.toEqual(right);
  await page.screenshot({ path: 'test-results-diagram/classroom-compare.png' });
  await page.keyboard.press('Escape');
  await expect(compare).toBeHidden();
});
