// Every built-in lesson is playable to its end in the mounted UI, in English and in Korean: for
// each step, Check fails before the edit the step asks for, "Show solution" (confirmed) puts the
// edit in the editor, and Check passes: the simulator in the worker decides, nothing is faked.
// Also: the language switch (remembered, <html lang>) and that opening a lesson never drops the
// learner's own text without asking (and offers undo).
import { expect, test, type Page } from '@playwright/test';
import { loadLessonsFromDisk } from '../src/cli/lessons.ts';
import { en } from '../src/ui/i18n/en.ts';
import { ko } from '../src/ui/i18n/ko.ts';
import { appText, clearStorage, editorReady, fragmentFor, freshStart, setEditorText, summary } from './shellPage.ts';

const { lessons } = loadLessonsFromDisk();
const DICT = { en, ko } as const;
type Lang = keyof typeof DICT;

test.setTimeout(240_000);

/** A fresh page with empty storage except the remembered language. */
async function start(page: Page, lang: Lang): Promise<void> {
  await clearStorage(page);
  await page.evaluate((l) => localStorage.setItem('ksp:lang', l), lang);
  await page.goto('/');
  await expect.poll(async () => (await summary(page)).pods, { timeout: 60_000 }).toBeGreaterThan(0);
  await expect(page.locator('html')).toHaveAttribute('lang', lang);
}

async function openLessonsTab(page: Page, lang: Lang): Promise<void> {
  await page.getByRole('tab', { name: DICT[lang]['tabs.lessons'] }).click();
  await expect(page.getByTestId('lesson-panel')).toBeVisible();
}

async function checkExpecting(page: Page, lang: Lang, passed: boolean, what: string): Promise<void> {
  const panel = page.getByTestId('lesson-panel');
  await panel.getByRole('button', { name: DICT[lang]['lessons.check'], exact: true }).click();
  const result = panel.getByTestId('lesson-result');
  await expect(result, what).toHaveAttribute('data-passed', String(passed), { timeout: 30_000 });
  await expect(result).toContainText(passed ? DICT[lang]['lessons.passed'] : DICT[lang]['lessons.notYet']);
}

// One page per language walks every lesson (test.step per lesson): a page load per lesson would
// cost more than the lessons themselves, and CI runs the whole suite on one worker.
for (const lang of ['en', 'ko'] as const) {
  test(`every lesson is playable to its end in ${lang}`, async ({ page }) => {
    const t = DICT[lang];
    await start(page, lang);
    await openLessonsTab(page, lang);
    const panel = page.getByTestId('lesson-panel');
    for (const lesson of lessons) {
      await test.step(lesson.dir, async () => {
        await panel.locator(`button[data-lesson="${lesson.id}"]`).click();
        await expect(panel.locator('#lesson-title')).toHaveText(lesson.title[lang]);
        // The default scenario and the lessons' own texts are not the learner's work: they are
        // replaced without a question.
        await expect(page.getByRole('alertdialog')).toHaveCount(0);
        await expect.poll(() => appText(page)).toBe(lesson.scenario);
        // One source of truth: the app store (what share links carry) follows the panel.
        await expect.poll(async () => (await summary(page)).lesson).toBe(lesson.id);
        // The lesson's own clients start on its scenario (resolved by the core in the worker).
        if (lesson.clients.length > 0)
          await expect.poll(async () => (await summary(page)).clients).toEqual(lesson.clients.map((c) => c.id));

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
            await expect.poll(() => appText(page)).toBe(lesson.solutions[step.id]);
          }
          if (step.goal.type === 'predict') {
            await expect(panel.getByText(step.goal.question[lang])).toBeVisible();
            const radios = panel.getByRole('radio');
            await expect.poll(() => radios.count(), { timeout: 30_000 }).toBeGreaterThanOrEqual(2);
            const n = await radios.count();
            let right = false;
            for (let k = 0; k < n && !right; k++) {
              await radios.nth(k).check();
              await panel.getByRole('button', { name: t['lessons.check'], exact: true }).click();
              const result = panel.getByTestId('lesson-result');
              await expect(result).toHaveAttribute('data-passed', /true|false/, { timeout: 30_000 });
              right = (await result.getAttribute('data-passed')) === 'true';
            }
            expect(right, "exactly one choice is the simulator's answer").toBe(true);
          } else {
            await checkExpecting(page, lang, true, `${step.id} after the edit`);
          }
        }
        await expect(panel.getByText(t['lessons.done'])).toBeVisible();
      });
    }
  });
}

test('the language switch translates the UI, sets <html lang> and is remembered', async ({ page }) => {
  await start(page, 'en');
  const lesson = lessons[0]!;
  await openLessonsTab(page, 'en');
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

test("opening a lesson over the learner's own text asks first and offers undo", async ({ page }) => {
  await start(page, 'en');
  await editorReady(page);
  const mine =
    'apiVersion: v1\nkind: Pod\nmetadata:\n  name: my-own-work\nspec:\n  containers:\n    - name: c\n      image: busybox\n';
  await setEditorText(page, mine);
  await expect.poll(() => appText(page)).toBe(mine);
  await openLessonsTab(page, 'en');
  const panel = page.getByTestId('lesson-panel');
  const lesson = lessons[1]!;

  await panel.locator(`button[data-lesson="${lesson.id}"]`).click();
  const dialog = page.getByRole('alertdialog');
  await expect(dialog).toContainText(en['lessons.confirmTitle']);
  await dialog.getByRole('button', { name: en['lessons.cancel'] }).click();
  await expect(dialog).toHaveCount(0);
  expect(await appText(page)).toBe(mine);

  await panel.locator(`button[data-lesson="${lesson.id}"]`).click();
  await page.getByRole('alertdialog').getByRole('button', { name: en['lessons.replace'] }).click();
  await expect.poll(() => appText(page)).toBe(lesson.scenario);
  await panel.getByRole('button', { name: en['lessons.undo'] }).click();
  await expect.poll(() => appText(page)).toBe(mine);
});

test('a share link opens its lesson at its step, and moving on updates what a new link carries', async ({ page }) => {
  const lesson = lessons.find((l) => l.steps.length >= 3)!;
  const fragment = await fragmentFor({ yaml: lesson.scenario, lesson: lesson.id, step: 2 });
  await freshStart(page, `/#${fragment}`);
  await openLessonsTab(page, 'en');
  const panel = page.getByTestId('lesson-panel');
  await expect(panel.locator('#lesson-title')).toHaveText(lesson.title.en);
  await expect(panel.locator('#lesson-step-title')).toHaveText(lesson.steps[2]!.title.en);
  await panel.getByRole('button', { name: en['lessons.previous'] }).click();
  await expect(panel.locator('#lesson-step-title')).toHaveText(lesson.steps[1]!.title.en);
  await expect.poll(async () => (await summary(page)).lessonStep).toBe(1);
});
