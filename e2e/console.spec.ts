// The kubectl console tab against the built app: output as kubectl prints it, stderr apart, a
// mutation that rewrites the editor's YAML (and so the diagram), history and completion.
import { expect, test } from '@playwright/test';
import { appText, freshStart, summary } from './shellPage.ts';

test.setTimeout(180_000);

test('the console runs kubectl, writes mutations into the YAML, recalls and completes', async ({ page }) => {
  await freshStart(page);
  const podsBefore = (await summary(page)).pods; // the 3 web pods plus the cluster's own
  await page.getByRole('tab', { name: 'Console' }).click();
  const input = page.getByRole('textbox', { name: 'kubectl command' });
  const log = page.getByRole('log', { name: 'kubectl output' });
  await input.fill('kubectl get deployments');
  await input.press('Enter');
  await expect(log).toContainText('NAME   READY   UP-TO-DATE   AVAILABLE   AGE');
  await input.fill('wget -O- -q my-service');
  await input.press('Enter');
  await expect(log.locator('.console-entry-stderr')).toContainText('ksp: wget runs inside a pod here');
  await input.fill('kubectl scale deployment web --replicas=5');
  await input.press('Enter');
  await expect(log).toContainText('deployment.apps/web scaled');
  await expect.poll(() => appText(page)).toMatch(/replicas: 5/);
  await expect.poll(async () => (await summary(page)).pods).toBe(podsBefore + 2);
  await input.press('ArrowUp');
  await expect(input).toHaveValue('kubectl scale deployment web --replicas=5');
  await input.fill('kubectl desc');
  await input.press('Tab');
  await expect(input).toHaveValue('kubectl describe ');
  await input.press('Control+l');
  await expect(log.locator('.console-entry-stdout')).toHaveCount(0);
});
