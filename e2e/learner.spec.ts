// Issue 12, "the learning loop tells the truth", tried as a new learner would: each numbered item of
// the issue, reproduced in the browser, now behaving.
import type { Page } from '@playwright/test';
import { loadLessonsFromDisk } from '../src/cli/lessons.ts';
import { DICT, expect, test, type Lang, type Shell } from './fixtures.ts';

const { lessons } = loadLessonsFromDisk();
const lessonById = (id: string) => lessons.find((l) => l.id === id)!;

test.describe('lessons tell the truth (issue 12 items 3-6)', () => {
  test.describe.configure({ timeout: 180_000 });

  async function openStep(shell: Shell, lang: Lang, id: string, step: number): Promise<void> {
    const { page } = shell;
    const lesson = lessonById(id);
    const panel = page.getByTestId('lesson-panel');
    await shell.lessonsTab(lang);
    await panel.locator(`button[data-lesson="${id}"]`).click();
    await expect.poll(() => shell.text()).toBe(lesson.scenario);
    // Apply the edits of the steps before it, as the learner would have.
    for (let i = 0; i <= step; i++) {
      await panel
        .getByRole('list', { name: DICT[lang]['lessons.steps'] })
        .getByRole('button', { name: String(i + 1), exact: true })
        .click();
      const s = lesson.steps[i]!;
      if (i < step && s.solution) {
        await panel.getByRole('button', { name: DICT[lang]['lessons.solution'] }).click();
        await page.getByRole('alertdialog').getByRole('button', { name: DICT[lang]['lessons.replace'] }).click();
        await expect.poll(() => shell.text()).toBe(lesson.solutions[s.id]);
      }
    }
    await expect(panel.locator('#lesson-step-title')).toHaveText(lesson.steps[step]!.title[lang]);
  }

  async function check(page: Page, lang: Lang): Promise<{ passed: boolean; text: string }> {
    const panel = page.getByTestId('lesson-panel');
    const result = panel.getByTestId('lesson-result');
    await panel.getByRole('button', { name: DICT[lang]['lessons.check'], exact: true }).click();
    await expect(result).toHaveAttribute('data-passed', /true|false/, { timeout: 30_000 });
    return { passed: (await result.getAttribute('data-passed')) === 'true', text: await result.innerText() };
  }

  test('item 3: a kubectl step waits for the learner and recognises any command that does the same', async ({
    page,
    shell,
  }) => {
    await shell.freshStart('/', 'en');
    // Lesson 7 step 2 used to pass on Check alone.
    await openStep(shell, 'en', 'loadbalancer', 1);
    const before = await check(page, 'en');
    expect(before.passed).toBe(false);
    expect(before.text).toContain('Waiting for you to run kubectl get svc my-service');
    // A command that shows something else does not count…
    await shell.runInConsole('kubectl get pods');
    await shell.lessonsTab('en');
    expect((await check(page, 'en')).passed).toBe(false);
    // …another spelling of the same request does.
    await shell.runInConsole('kubectl get service/my-service -o wide');
    await shell.lessonsTab('en');
    const after = await check(page, 'en');
    expect(after.passed).toBe(true);
    expect(after.text).toContain('You ran $ kubectl get service/my-service -o wide');
  });

  test("item 3: lesson 3's wget steps pass on the learner's own busybox shell, in Korean too", async ({
    page,
    shell,
  }) => {
    await shell.freshStart('/', 'ko');
    await openStep(shell, 'ko', 'clusterip-busybox', 1);
    const before = await check(page, 'ko');
    expect(before.passed).toBe(false);
    expect(before.text).toContain('기다리고 있습니다');
    await shell.runInConsole('kubectl get svc my-service', 'ko');
    const log = page.getByRole('log', { name: DICT.ko['console.output'] });
    const ip = /my-service\s+ClusterIP\s+(\d+\.\d+\.\d+\.\d+)/.exec(await log.innerText())?.[1];
    expect(ip).toMatch(/^10\./);
    await shell.runInConsole('kubectl run -it --rm --image=busybox bash', 'ko');
    // The name is not what this step asks for; the address is.
    await shell.runInConsole('wget -O- -q my-service', 'ko');
    await shell.lessonsTab('ko');
    expect((await check(page, 'ko')).passed).toBe(false);
    await shell.runInConsole(`wget -O- -q ${ip}`, 'ko');
    await shell.lessonsTab('ko');
    expect((await check(page, 'ko')).passed).toBe(true);
    // The next step (the name) is satisfied by the name request already in this session's console.
    await page.getByRole('button', { name: DICT.ko['lessons.next'] }).click();
    expect((await check(page, 'ko')).passed).toBe(true);
  });

  test('item 3: the predict step asks what the YAML tells (which pods can answer), not a seeded pick', async ({
    page,
    shell,
  }) => {
    await shell.freshStart('/', 'en');
    await openStep(shell, 'en', 'service-yaml', 2);
    const panel = page.getByTestId('lesson-panel');
    const boxes = panel.getByRole('checkbox');
    await expect.poll(() => boxes.count(), { timeout: 30_000 }).toBe(4);
    for (const box of await boxes.all()) await box.check();
    const wrong = await check(page, 'en');
    expect(wrong.passed).toBe(false);
    expect(wrong.text).toContain('Compare their labels and readiness with the selector');
    await panel.locator('input[value="default/client"]').uncheck();
    expect((await check(page, 'en')).passed).toBe(true);
  });

  test('item 4: goals, hints and failures show the cluster’s values, never a {placeholder} or a backtick', async ({
    page,
    shell,
  }) => {
    await shell.freshStart('/', 'en');
    const panel = page.getByTestId('lesson-panel');
    const leak = /\{\w+:[^{}\s]+\}|`/;
    // Lesson 7 step 1 before the edit: the failure named {lbIP:my-service}.
    await openStep(shell, 'en', 'loadbalancer', 0);
    await expect(panel.locator('.lessons-goal')).toContainText('load-balancer IP of my-service');
    const failure = await check(page, 'en');
    expect(failure.passed).toBe(false);
    expect(failure.text).toContain('The cluster has no load-balancer IP of my-service yet.');
    expect(failure.text).not.toMatch(leak);
    // After the edit the goal shows the address itself.
    await panel.getByRole('button', { name: DICT.en['lessons.solution'] }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: DICT.en['lessons.replace'] }).click();
    await expect(panel.locator('.lessons-goal code').nth(1)).toHaveText(/^http:\/\/\d+\.\d+\.\d+\.\d+\/$/);
    // Lesson 6 step 3: every node at the allocated node port; lesson 3 step 2: the ClusterIP in the command.
    await openStep(shell, 'en', 'nodeport', 2);
    await panel.getByRole('button', { name: DICT.en['lessons.solution'] }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: DICT.en['lessons.replace'] }).click();
    await expect(panel.locator('.lessons-goal')).toContainText(
      /http:\/\/192\.168\.1\.11:3\d{4}\/, http:\/\/192\.168\.1\.12:3\d{4}\//,
    );
    await openStep(shell, 'en', 'clusterip-busybox', 1);
    await panel.getByRole('button', { name: DICT.en['lessons.hint'] }).click();
    await expect(panel.locator('.lessons-goal code').first()).toHaveText(
      /^kubectl run -it --rm --image=busybox test --restart=Never -- wget -O- -q 10\.\d+\.\d+\.\d+$/,
    );
    expect(await panel.innerText()).not.toMatch(leak);
  });

  test("item 5: lesson 3's introduction shows runnable commands, one per line, and they run", async ({
    page,
    shell,
  }) => {
    await shell.freshStart('/', 'en');
    await openStep(shell, 'en', 'clusterip-busybox', 0);
    const blocks = page.getByTestId('lesson-panel').locator('.lessons-intro pre code');
    await expect(blocks).toHaveCount(2);
    await expect(blocks.nth(0)).toHaveText('kubectl run -it --rm --image=busybox test --restart=Never -- sh');
    await expect(blocks.nth(1)).toHaveText(/^wget -O- -q 10\.\d+\.\d+\.\d+$/);
    const wget = await blocks.nth(1).innerText();
    await shell.runInConsole(await blocks.nth(0).innerText());
    await expect(page.locator('.console-prompt')).toHaveText('/ #');
    await shell.runInConsole(wget);
    const log = page.getByRole('log', { name: DICT.en['console.output'] });
    await expect(log.locator('.console-entry-stdout').last()).toHaveText(/^web-[a-z0-9]+-[a-z0-9]{5}\n$/);
  });
});
