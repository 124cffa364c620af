// Plays every built-in lesson through the panel's store, the way a learner does in the UI: open
// the lesson, Check (it must fail where the step asks for an edit), Show solution → Replace,
// Check (it must pass). The checker is the worker's own lessonGoal.ts over the real core.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { checkLessonGoal } from '../../worker/lessonGoal.ts';
import { runConsoleKubectl } from '../../core/kubectl/index.ts';
import { fillTemplate, type ConsoleRecord } from '../../core/lessons/index.ts';
import { kubectlCommand } from './templates.ts';
import { runTraffic } from '../../worker/traffic.ts';
import { loadScenario } from '../../core/scenario/index.ts';
import { createHandler } from '../../worker/handler.ts';
import { setLessonStep, useStore } from '../store.ts';
import { LESSONS, isKnownText } from './catalog.ts';
import { LANGUAGES } from '../../core/lessons/index.ts';
import {
  cancelReplace,
  check,
  chooseAnswer,
  confirmReplace,
  connectLessons,
  goToStep,
  openLesson,
  position,
  resetLessonStore,
  resetStep,
  showSolution,
  undoReplace,
  lessonPanel,
  type GoalChecker,
} from './lessonStore.ts';
import { consoleAnswers } from '../../worker/consoleAnswers.ts';

const calls: { yaml: string; seed: number; answer?: string[] }[] = [];
const worker = createHandler({ fillTemplate });
/** The page's console, driven by the test: the learner's commands run through the worker's real engines. */
const consoleWorker = createHandler({ kubectl: runConsoleKubectl, answers: consoleAnswers });
const records: ConsoleRecord[] = [];
function learnerRuns(line: string): void {
  const [r] = consoleWorker({ type: 'kubectl', requestId: 0, argv: [], yaml: text(), seed: 1, line });
  if (r?.type !== 'kubectlResult') throw new Error(`kubectl answered ${r?.type}`);
  records.push({ line: `$ ${line}`, output: r.stdout + r.stderr, effects: r.effects ?? [] });
}
const realChecker: GoalChecker = {
  checkGoal: (yaml, seed, goal, answer, console, traffic) => {
    calls.push({ yaml, seed, ...(answer === undefined ? {} : { answer }) });
    return Promise.resolve(checkLessonGoal(yaml, seed, goal, answer, console, traffic));
  },
  fillTemplates: (yaml, seed, templates) => {
    const [reply] = worker({ type: 'fillTemplates', requestId: 0, yaml, seed, templates });
    return Promise.resolve(reply?.type === 'filledTemplates' ? reply.filled : null);
  },
};

const text = (): string => useStore.getState().text;
const state = () => lessonPanel();

beforeEach(() => {
  vi.useFakeTimers();
  resetLessonStore();
  calls.length = 0;
  records.length = 0;
  connectLessons(realChecker, () => records);
  useStore.setState({ text: '', seed: 1, language: 'en' });
});
afterEach(() => {
  vi.clearAllTimers();
  vi.useRealTimers();
});

describe('the lesson store', () => {
  it("opens a lesson straight away over a text the playground wrote, and asks over the learner's own", () => {
    const [first, second] = LESSONS;
    openLesson(first!.id);
    expect(state().confirm).toBeNull();
    expect(text()).toBe(first!.scenario);
    expect(state()).toMatchObject({ undo: null });
    // One source of truth: the app store's lesson/step (what share links carry).
    expect(useStore.getState()).toMatchObject({ lesson: first!.id, lessonStep: 0 });

    useStore.setState({ text: 'my own work\n' });
    openLesson(second!.id);
    expect(state().confirm).toMatchObject({ cause: 'lesson', lessonId: second!.id });
    expect(text()).toBe('my own work\n');
    cancelReplace();
    expect(text()).toBe('my own work\n');

    openLesson(second!.id);
    confirmReplace();
    expect(text()).toBe(second!.scenario);
    expect(state().undo).toEqual({ text: 'my own work\n', cause: 'lesson' });
    undoReplace();
    expect(text()).toBe('my own work\n');
    expect(state().undo).toBeNull();
  });

  it("starts each lesson's own clients, or none: the previous lesson's never carry over", () => {
    const withClients = LESSONS.find((l) => l.clients.length > 0)!;
    const without = LESSONS.filter((l) => l.clients.length === 0);
    // Lessons 03, 07 and 08 declare none (issue 12 item 1).
    expect(without.map((l) => l.dir.slice(0, 2))).toEqual(expect.arrayContaining(['03', '07', '08']));
    openLesson(withClients.id);
    expect(useStore.getState().clients).toEqual(withClients.clients);
    openLesson(without[0]!.id);
    expect(useStore.getState().clients).toEqual([]);
    // Declarations go to the worker as they are: it resolves them on every load.
    expect(useStore.getState().clients).not.toBeNull();
  });

  it("always asks before the solution, and Reset puts back the step's start", async () => {
    const lesson = LESSONS.find((l) => l.steps.some((s) => s.solution))!;
    const i = lesson.steps.findIndex((s) => s.solution);
    openLesson(lesson.id);
    goToStep(i);
    showSolution();
    expect(state().confirm?.cause).toBe('solution');
    confirmReplace();
    expect(text()).toBe(lesson.solutions[lesson.steps[i]!.id]);
    await check();
    expect(state().result?.passed).toBe(true);
    resetStep();
    expect(state().result).toBeNull();
    expect(text()).not.toBe(lesson.solutions[lesson.steps[i]!.id]);
  });

  it('checks the CURRENT editor text with the current seed', async () => {
    openLesson(LESSONS[0]!.id);
    useStore.setState({
      text: 'apiVersion: v1\nkind: Service\nmetadata: {name: x}\nspec: {ports: [{port: 99999}]}\n',
      seed: 7,
    });
    await check();
    expect(calls.at(-1)).toMatchObject({ seed: 7 });
    expect(calls.at(-1)!.yaml).toContain('port: 99999');
    expect(state().result?.passed).toBe(false);
  });

  it('a predict step needs a choice; the choices come from the simulator', async () => {
    const lesson = LESSONS.find((l) => l.steps.some((s) => s.goal.type === 'predict'))!;
    const i = lesson.steps.findIndex((s) => s.goal.type === 'predict');
    openLesson(lesson.id);
    for (let k = 0; k < i; k++) {
      if (lesson.steps[k]!.solution) {
        goToStep(k);
        showSolution();
        confirmReplace();
      }
    }
    goToStep(i);
    await vi.waitFor(() => expect(state().choices).not.toBeNull());
    const choices = state().choices!;
    expect(choices.length).toBeGreaterThanOrEqual(2);
    await check();
    expect(state().result).toMatchObject({ passed: false, note: 'lessons.pickAnswer' });
    // Every pod ticked: the client pod cannot answer (its labels do not match the selector).
    for (const c of choices) chooseAnswer(c, true);
    await check();
    expect(state().result).toMatchObject({ passed: false, code: 'predict.wrong' });
    chooseAnswer('default/client', false);
    await check();
    expect(state().result).toMatchObject({ passed: true, code: 'predict.right' });
    expect(calls.at(-1)!.answer).toEqual(choices.filter((c) => c !== 'default/client'));
  });
});

describe('on the Korean page', () => {
  const HANGUL_COMMENT = /^\s*#.*[\uAC00-\uD7A3]/m;

  it('the editor gets the Korean twin of the start, the solution and the reset, with no question', async () => {
    useStore.setState({ language: 'ko' });
    const lesson = LESSONS.find((l) => l.clients.length > 0 && l.steps.some((s) => s.solution))!;
    const i = lesson.steps.findIndex((s) => s.solution);
    const solution = lesson.steps[i]!.id;
    openLesson(lesson.id);
    expect(state().confirm).toBeNull();
    expect(text()).toBe(lesson.yaml.ko.scenario);
    expect(text()).not.toBe(lesson.scenario);
    expect(text()).toMatch(HANGUL_COMMENT);
    // the Korean start is the lesson's start: its clients run
    expect(useStore.getState().clients).toEqual(lesson.clients);

    goToStep(i);
    showSolution();
    confirmReplace();
    expect(text()).toBe(lesson.yaml.ko.solutions[solution]);
    expect(text()).toMatch(HANGUL_COMMENT);
    // the playground's own text: nothing to undo, and another lesson opens without asking
    expect(state().undo).toBeNull();
    await check();
    expect(state().result?.passed).toBe(true);
    resetStep();
    expect(text()).toBe(i === 0 ? lesson.yaml.ko.scenario : stepStartKo(lesson, i));
    for (const l of LESSONS)
      for (const t of [l.yaml.ko.scenario, ...Object.values(l.yaml.ko.solutions)]) expect(isKnownText(t)).toBe(true);
    const other = LESSONS.find((l) => l.id !== lesson.id)!;
    openLesson(other.id);
    expect(state().confirm).toBeNull();
    expect(text()).toBe(other.yaml.ko.scenario);
  });

  it('the lesson text as written follows a language switch; an edited one stays', () => {
    useStore.setState({ language: 'ko' });
    const lesson = LESSONS[0]!;
    openLesson(lesson.id);
    expect(text()).toBe(lesson.yaml.ko.scenario);
    useStore.setState({ language: 'en' });
    expect(text()).toBe(lesson.scenario);
    useStore.setState({ language: 'ko' });
    expect(text()).toBe(lesson.yaml.ko.scenario);
    useStore.setState({ text: `${lesson.yaml.ko.scenario}# 내 메모\n` });
    useStore.setState({ language: 'en' });
    expect(text()).toBe(`${lesson.yaml.ko.scenario}# 내 메모\n`);
  });
});

/** The Korean text a step starts from, found without stepStart: the last earlier solution's twin. */
function stepStartKo(lesson: (typeof LESSONS)[number], i: number): string {
  const earlier = lesson.steps.slice(0, i).filter((s) => s.solution);
  return earlier.length ? lesson.yaml.ko.solutions[earlier.at(-1)!.id]! : lesson.yaml.ko.scenario;
}

describe('one source of truth for the lesson and step', () => {
  it("a share link setting the app store's lesson/step moves the panel and resets its step state", () => {
    const lesson = LESSONS.find((l) => l.steps.length > 2)!;
    openLesson(lesson.id);
    useStore.getState().patchLessonPanel({ hintShown: true });
    setLessonStep(lesson.id, 2);
    expect(position()).toEqual({ lessonId: lesson.id, step: 2 });
    expect(state().hintShown).toBe(false);
    goToStep(1);
    expect(useStore.getState().lessonStep).toBe(1);
    // A step past the lesson's end (a hand-edited link) is kept inside the lesson.
    setLessonStep(lesson.id, 99);
    expect(position().step).toBe(lesson.steps.length - 1);
    setLessonStep('no-such-lesson', 0);
    expect(position()).toEqual({ lessonId: null, step: 0 });
  });
});

describe('a lesson opened before the simulator is connected', () => {
  it('has its placeholders filled once the checker connects', async () => {
    // A checker that answers nothing (as before the page connects the real one).
    connectLessons({ checkGoal: realChecker.checkGoal, fillTemplates: () => Promise.resolve(null) });
    const lesson = LESSONS.find((l) => l.dir.startsWith('03'))!;
    openLesson(lesson.id);
    await vi.advanceTimersByTimeAsync(0);
    expect(state().filled).toEqual({});
    connectLessons(realChecker, () => records);
    await vi.advanceTimersByTimeAsync(0);
    const filled = Object.values(state().filled);
    expect(filled.length).toBeGreaterThan(0);
    expect(filled.every((f) => f !== null)).toBe(true);
  });
});

describe('every lesson is playable to its end through the store, in every language', () => {
  // On the Korean page the editor holds the Korean twins (only the comments differ): every Check
  // must answer as it does on the English text, failing before the edit and passing after it.
  for (const lang of LANGUAGES)
    for (const lesson of LESSONS) {
      it(`${lesson.dir} (${lang})`, async () => {
        useStore.setState({ language: lang });
        openLesson(lesson.id);
        expect(text()).toBe(lesson.yaml[lang].scenario);
        for (let i = 0; i < lesson.steps.length; i++) {
          goToStep(i);
          const step = lesson.steps[i]!;
          if (step.solution) {
            await check();
            expect(state().result?.passed, `${step.id} before the edit`).toBe(false);
            showSolution();
            confirmReplace();
          }
          if (step.goal.type === 'predict') {
            await vi.waitFor(() => expect(state().choices).not.toBeNull());
            for (const c of state().choices!) if (c !== 'default/client') chooseAnswer(c, true);
          }
          if (step.goal.type === 'expires') {
            // The Check reads what the diagram has shown: nothing yet, then four minutes of the lesson's clients.
            useStore.setState({ results: [], time: 0 });
            await check();
            expect(state().result, `${step.id} before the diagram played`).toMatchObject({ passed: false });
            const played = runTraffic(loadScenario(text(), { seed: 1 }), lesson.clients, 250);
            useStore.setState({ results: played.results, time: 240 });
          }
          if (step.goal.type === 'kubectl') {
            // The Check waits for the learner, then sees the command they ran in the console.
            await check();
            expect(state().result, `${step.id} before the command`).toMatchObject({
              passed: false,
              code: 'kubectl.waiting',
            });
            const filled = await realChecker.fillTemplates!(text(), 1, [kubectlCommand(step.goal.argv)]);
            learnerRuns(filled?.[0]?.values?.[0] ?? kubectlCommand(step.goal.argv));
          }
          await check();
          expect(state().result, `${step.id}: ${JSON.stringify(state().result)}`).toMatchObject({ passed: true });
        }
      });
    }
});
