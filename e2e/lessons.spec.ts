// Every built-in lesson is playable to its end in the mounted UI, in English and in Korean: for
// each step, Check fails before the edit the step asks for, "Show solution" (confirmed) puts the
// edit in the editor, and Check passes: the simulator in the worker decides, nothing is faked.
// Also: the language switch (remembered, <html lang>) and that opening a lesson never drops the
// learner's own text without asking (and offers undo).
import { loadLessonsFromDisk } from '../src/cli/lessons.ts';
import { DICT, expect, fragmentFor, test } from './fixtures.ts';
import { walkEveryLesson } from './lessonWalk.ts';

const { lessons } = loadLessonsFromDisk();

walkEveryLesson('en');

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
    // The lesson's start, untouched, takes its Korean comments (scenario.ko.yaml): the same objects.
    await expect.poll(() => shell.text()).toBe(lesson.yaml.ko.scenario);
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
