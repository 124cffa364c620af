// Every built-in lesson is playable to its end in the mounted UI, in English and in Korean: for
// each step, Check fails before the edit the step asks for, "Show solution" (confirmed) puts the
// edit in the editor, and Check passes: the simulator in the worker decides, nothing is faked.
// Also: the language switch (remembered, <html lang>) and that opening a lesson never drops the
// learner's own text without asking (and offers undo).
import type { Page } from '@playwright/test';
import { loadLessonsFromDisk } from '../src/cli/lessons.ts';
import { DICT, Shell, expect, fragmentFor, test, type Lang } from './fixtures.ts';

const { lessons } = loadLessonsFromDisk();

async function checkExpecting(page: Page, lang: Lang, passed: boolean, what: string): Promise<void> {
  const panel = page.getByTestId('lesson-panel');
  await panel.getByRole('button', { name: DICT[lang]['lessons.check'], exact: true }).click();
  const result = panel.getByTestId('lesson-result');
  await expect(result, what).toHaveAttribute('data-passed', String(passed), { timeout: 30_000 });
  await expect(result).toContainText(passed ? DICT[lang]['lessons.passed'] : DICT[lang]['lessons.notYet']);
}

// One test per lesson and language, each with its own time budget. The tests of a language share
// one page (a load costs more than most lessons on a loaded machine): opening a lesson replaces
// the previous lesson's text without a question, so each test starts from the lesson's own
// scenario. After a failure Playwright starts a new worker, and beforeAll a new page.
for (const lang of ['en', 'ko'] as const) {
  test.describe(`every lesson is playable to its end in ${lang}`, () => {
    test.describe.configure({ timeout: 180_000 });
    let shell: Shell;
    test.beforeAll(async ({ browser }) => {
      shell = new Shell(await (await browser.newContext()).newPage());
      await shell.freshStart('/', lang);
      await shell.lessonsTab(lang);
    });
    test.afterAll(async () => {
      await shell.page.context().close();
    });

    for (const lesson of lessons) {
      test(lesson.dir, async () => {
        const { page } = shell;
        const t = DICT[lang];
        const panel = page.getByTestId('lesson-panel');
        await panel.locator(`button[data-lesson="${lesson.id}"]`).click();
        await expect(panel.locator('#lesson-title')).toHaveText(lesson.title[lang]);
        // The default scenario and the lessons' own texts are not the learner's work: they are
        // replaced without a question.
        await expect(page.getByRole('alertdialog')).toHaveCount(0);
        await expect.poll(() => shell.text()).toBe(lesson.scenario);
        // One source of truth: the app store (what share links carry) follows the panel.
        await expect.poll(async () => (await shell.summary()).lesson).toBe(lesson.id);
        // The lesson's own clients start on its scenario (resolved by the core in the worker).
        if (lesson.clients.length > 0)
          await expect.poll(async () => (await shell.summary()).clients).toEqual(lesson.clients.map((c) => c.id));

        for (let i = 0; i < lesson.steps.length; i++) {
          const step = lesson.steps[i]!;
          await panel
            .getByRole('list', { name: t['lessons.steps'] })
            .getByRole('button', { name: String(i + 1), exact: true })
            .click();
          await expect(panel.locator('#lesson-step-title')).toHaveText(step.title[lang]);
          if (step.solution) {
            await checkExpecting(page, lang, false, `${step.id} before the edit`);
            await panel.getByRole('button', { name: t['lessons.solution'] }).click();
            const dialog = page.getByRole('alertdialog');
            await expect(dialog).toContainText(t['lessons.confirmTitle']);
            await dialog.getByRole('button', { name: t['lessons.replace'] }).click();
            await expect.poll(() => shell.text()).toBe(lesson.solutions[step.id]);
          }
          if (step.goal.type === 'predict') {
            await expect(panel.getByText(step.goal.question[lang])).toBeVisible();
            const boxes = panel.getByRole('checkbox');
            await expect.poll(() => boxes.count(), { timeout: 30_000 }).toBeGreaterThanOrEqual(2);
            // Reasoned from the YAML: every pod but the client carries the selector's label.
            for (const box of await boxes.all())
              if ((await box.getAttribute('value')) !== 'default/client') await box.check();
            await checkExpecting(page, lang, true, `${step.id}: the pods the selector matches`);
          } else if (step.goal.type === 'kubectl') {
            // Check waits for the learner: it never runs the command itself.
            await checkExpecting(page, lang, false, `${step.id} before the learner runs a command`);
            // The goal shows the command with the cluster's values filled in: type exactly that.
            const command = await panel.locator('.lessons-goal code').first().innerText();
            expect(command).toMatch(/^kubectl /);
            await shell.runInConsole(command, lang);
            await shell.lessonsTab(lang);
            await checkExpecting(page, lang, true, `${step.id} after the learner ran it`);
          } else {
            await checkExpecting(page, lang, true, `${step.id} after the edit`);
          }
        }
        await expect(panel.getByText(t['lessons.done'])).toBeVisible();
      });
    }
  });
}

test.describe('lessons and the learner', () => {
  test.describe.configure({ timeout: 180_000 });

  test('the language switch translates the UI, sets <html lang> and is remembered', async ({ page, shell }) => {
    const { ko } = DICT;
    await shell.freshStart('/', 'en');
    const lesson = lessons[0]!;
    await shell.lessonsTab('en');
    await page.getByTestId('lesson-panel').locator(`button[data-lesson="${lesson.id}"]`).click();
    await expect(page.locator('#lesson-title')).toHaveText(lesson.title.en);

    await page.getByRole('button', { name: '한국어' }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
    await expect(page.getByRole('button', { name: '한국어' })).toHaveAttribute('aria-pressed', 'true');
    await expect(page.getByRole('tab', { name: '레슨' })).toBeVisible();
    // The whole UI follows, not only the lessons: tabs, header, traffic controls.
    await expect(page.getByRole('tab', { name: ko['tabs.problems'] })).toBeVisible();
    await expect(page.getByRole('button', { name: ko['header.share'], exact: true })).toBeVisible();
    await expect(page.getByTestId('play')).toHaveText(new RegExp(`${ko['traffic.play']}|${ko['traffic.pause']}`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(ko['app.title']);
    const panel = page.getByTestId('lesson-panel');
    await expect(panel.locator('#lesson-title')).toHaveText(lesson.title.ko);
    await expect(panel.locator('#lesson-step-title')).toHaveText(lesson.steps[0]!.title.ko);
    await expect(panel.getByRole('button', { name: ko['lessons.check'], exact: true })).toBeVisible();
    expect(await page.evaluate(() => localStorage.getItem('ksp:lang'))).toBe('ko');

    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
    await expect(page.getByRole('tab', { name: '레슨' })).toBeVisible();
    await page.getByRole('button', { name: 'English' }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('tab', { name: 'Lessons' })).toBeVisible();
  });

  test("opening a lesson over the learner's own text asks first and offers undo", async ({ page, shell }) => {
    const { en } = DICT;
    await shell.freshStart('/', 'en');
    const mine =
      'apiVersion: v1\nkind: Pod\nmetadata:\n  name: my-own-work\nspec:\n  containers:\n    - name: c\n      image: busybox\n';
    await shell.setText(mine);
    await expect.poll(() => shell.text()).toBe(mine);
    await shell.lessonsTab('en');
    const panel = page.getByTestId('lesson-panel');
    const lesson = lessons[1]!;

    await panel.locator(`button[data-lesson="${lesson.id}"]`).click();
    const dialog = page.getByRole('alertdialog');
    await expect(dialog).toContainText(en['lessons.confirmTitle']);
    await dialog.getByRole('button', { name: en['lessons.cancel'] }).click();
    await expect(dialog).toHaveCount(0);
    expect(await shell.text()).toBe(mine);

    await panel.locator(`button[data-lesson="${lesson.id}"]`).click();
    await page.getByRole('alertdialog').getByRole('button', { name: en['lessons.replace'] }).click();
    await expect.poll(() => shell.text()).toBe(lesson.scenario);
    await panel.getByRole('button', { name: en['lessons.undo'] }).click();
    await expect.poll(() => shell.text()).toBe(mine);
  });

  test('a share link opens its lesson at its step, and moving on updates what a new link carries', async ({
    page,
    shell,
  }) => {
    const { en } = DICT;
    const lesson = lessons.find((l) => l.steps.length >= 3)!;
    const fragment = await fragmentFor({ yaml: lesson.scenario, lesson: lesson.id, step: 2 });
    await shell.freshStart(`/#${fragment}`);
    await shell.lessonsTab('en');
    const panel = page.getByTestId('lesson-panel');
    await expect(panel.locator('#lesson-title')).toHaveText(lesson.title.en);
    await expect(panel.locator('#lesson-step-title')).toHaveText(lesson.steps[2]!.title.en);
    await panel.getByRole('button', { name: en['lessons.previous'] }).click();
    await expect(panel.locator('#lesson-step-title')).toHaveText(lesson.steps[1]!.title.en);
    await expect.poll(async () => (await shell.summary()).lessonStep).toBe(1);
  });
});
