// The kubectl console tab against the built app: output as kubectl prints it, stderr apart, a
// mutation that rewrites the editor's YAML (and so the diagram), history and completion.
import { expect, test } from './fixtures.ts';

test.describe.configure({ timeout: 180_000 });

test('the console runs kubectl, writes mutations into the YAML, recalls and completes', async ({ page, shell }) => {
  await shell.freshStart();
  const podsBefore = (await shell.summary()).pods; // the 3 web pods plus the cluster's own
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
  await expect.poll(() => shell.text()).toMatch(/replicas: 5/);
  await expect.poll(async () => (await shell.summary()).pods).toBe(podsBefore + 2);
  await input.press('ArrowUp');
  await expect(input).toHaveValue('kubectl scale deployment web --replicas=5');
  await input.fill('kubectl desc');
  await input.press('Tab');
  await expect(input).toHaveValue('kubectl describe ');
  await input.press('Control+l');
  await expect(log.locator('.console-entry-stdout')).toHaveCount(0);
});

test("the seed's busybox session: kubectl run -it --rm --image=busybox bash, wget the ClusterIP, exit", async ({
  page,
  shell,
}) => {
  await shell.freshStart();
  await page.getByRole('tab', { name: 'Console' }).click();
  const input = page.getByRole('textbox', { name: 'kubectl command' });
  const log = page.getByRole('log', { name: 'kubectl output' });
  const prompt = page.locator('.console-prompt');
  await input.fill('kubectl get svc my-service');
  await input.press('Enter');
  // The echoed command line names my-service at once; wait for kubectl's answer row itself.
  const row = /my-service\s+ClusterIP\s+(\d+\.\d+\.\d+\.\d+)/;
  await expect(log).toContainText(row);
  const ip = row.exec(await log.innerText())?.[1];
  expect(ip).toMatch(/^10\./);
  // The seed's exact commands (000_99cb999d0b22d552.txt): "bash" is the pod's NAME; busybox's shell is sh.
  await input.fill('kubectl run -it --rm --image=busybox bash');
  await input.press('Enter');
  await expect(log).toContainText("If you don't see a command prompt, try pressing enter.");
  await expect(prompt).toHaveText('/ #');
  await input.fill(`wget -O- -q ${ip}`);
  await input.press('Enter');
  await expect(log).toContainText(`/ # wget -O- -q ${ip}`);
  // serve_hostname answers with the name of the pod kube-proxy picked.
  await expect(log.locator('.console-entry-stdout').last()).toHaveText(/^web-[a-z0-9]+-[a-z0-9]{5}\n$/);
  await input.fill('exit');
  await input.press('Enter');
  await expect(log).toContainText('pod "bash" deleted from default namespace');
  await expect(prompt).toHaveText('$');
});
