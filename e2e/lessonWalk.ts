// Every built-in lesson walked to its end in one language (used by lessons.spec.ts for English and
// lessonsKo.spec.ts for Korean: two files, so Playwright's two workers walk both languages at once).
import type { Page } from '@playwright/test';
import { loadLessonsFromDisk } from '../src/cli/lessons.ts';
import { DICT, Shell, expect, test, type Lang } from './fixtures.ts';

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
export function walkEveryLesson(lang: Lang, only?: readonly string[]): void {
  const walked = only ? lessons.filter((l) => only.includes(l.dir)) : lessons;
  if (only && walked.length !== only.length) throw new Error(`unknown lesson in ${only.join(', ')}`);
  test.describe(`${only ? 'lessons of every goal type are' : 'every lesson is'} playable to its end in ${lang}`, () => {
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

    for (const lesson of walked) {
      test(lesson.dir, async () => {
        const { page } = shell;
        const t = DICT[lang];
        const panel = page.getByTestId('lesson-panel');
        await panel.locator(`button[data-lesson="${lesson.id}"]`).click();
        await expect(panel.locator('#lesson-title')).toHaveText(lesson.title[lang]);
        // The default scenario and the lessons' own texts (in either language) are not the learner's
        // work: they are replaced without a question. The editor gets the page language's comments.
        await expect(page.getByRole('alertdialog')).toHaveCount(0);
        await expect.poll(() => shell.text()).toBe(lesson.yaml[lang].scenario);
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
            await expect.poll(() => shell.text()).toBe(lesson.yaml[lang].solutions[step.id]);
          }
          if (step.goal.type === 'predict') {
            await expect(panel.getByText(step.goal.question[lang])).toBeVisible();
            const boxes = panel.getByRole('checkbox');
            await expect.poll(() => boxes.count(), { timeout: 30_000 }).toBeGreaterThanOrEqual(2);
            // Reasoned from the YAML: every pod but the client carries the selector's label.
            for (const box of await boxes.all())
              if ((await box.getAttribute('value')) !== 'default/client') await box.check();
            await checkExpecting(page, lang, true, `${step.id}: the pods the selector matches`);
          } else if (step.goal.type === 'expires') {
            // The Check reads what the diagram shows: play it fast and check until the timer has run out on screen.
            await page.getByRole('combobox', { name: t['traffic.speed'], exact: true }).selectOption('4');
            if ((await page.getByTestId('play').getAttribute('aria-pressed')) !== 'true')
              await page.getByTestId('play').click();
            await expect
              .poll(
                async () => {
                  await panel.getByRole('button', { name: t['lessons.check'], exact: true }).click();
                  const result = panel.getByTestId('lesson-result');
                  await expect(result).toHaveAttribute('data-passed', /true|false/, { timeout: 30_000 });
                  return result.getAttribute('data-passed');
                },
                { timeout: 120_000, message: `${step.id}: the timer runs out on the diagram` },
              )
              .toBe('true');
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
