// The lesson panel's state: the Check verdict, hints shown, a predict step's choices, the pending
// "replace the editor text?" question and the undo point. WHICH lesson and step is open lives in
// the app store only (`lesson` / `lessonStep`, src/ui/store.ts), the one source share links and
// embeds also read and write; a change there from anywhere resets the per-step state here. Goals are checked by the core in the simulation worker (connectLessons); nothing
// here decides whether a goal passes.
import { create } from 'zustand';
import type { GoalVerdict, LessonGoal as Goal, RequestResult } from '../../worker/protocol.ts';
import type { ConsoleRecord, FilledTemplate } from '../../core/lessons/index.ts';
import { play, setClients, setLessonStep, setText, useStore } from '../store.ts';
import type { MessageKey } from '../i18n/en.ts';
import { findLesson, isKnownText, stepStart } from './catalog.ts';
import { hasPlaceholder } from '../../worker/protocol.ts';
import { kubectlCommand, templatePieces } from './templates.ts';

export type { GoalVerdict } from '../../worker/protocol.ts';

/** What runs a Check: the SimClient (src/ui/simClient.ts), or a fake in tests. */
export interface GoalChecker {
  checkGoal(
    yaml: string,
    seed: number,
    goal: Goal,
    answer?: string[],
    console?: ConsoleRecord[],
    traffic?: RequestResult[],
  ): Promise<GoalVerdict>;
  /** Lesson texts with placeholders filled on `yaml` (null: no answer, e.g. after a worker restart). */
  fillTemplates?(yaml: string, seed: number, templates: string[]): Promise<FilledTemplate[] | null>;
}

/** What the Check shows: the core's verdict (code + parameters), or a note of the page's own. */
export type CheckResult =
  | { passed: boolean; code: GoalVerdict['code']; params: GoalVerdict['params']; note?: undefined }
  | { passed: false; note: MessageKey; code?: undefined; params?: undefined };

export type ReplaceCause = 'lesson' | 'solution' | 'reset';

export interface LessonState {
  hintShown: boolean;
  checking: boolean;
  result: CheckResult | null;
  choices: string[] | null;
  /** The pods ticked on a predict step. */
  answer: string[];
  /** The open lesson's texts with placeholders filled on the current scenario, by template. */
  filled: Record<string, FilledTemplate>;
  /** Waiting for the learner: replace the editor text with `text`? */
  confirm: { cause: ReplaceCause; lessonId: string; step: number; text: string; title: string } | null;
  /** The text a replacement removed, until the learner undoes or dismisses it. */
  undo: { text: string; cause: ReplaceCause } | null;
}

const initial: LessonState = {
  hintShown: false,
  checking: false,
  result: null,
  choices: null,
  answer: [],
  filled: {},
  confirm: null,
  undo: null,
};

export const useLessonStore = create<LessonState>()(() => ({ ...initial }));

let checker: GoalChecker | null = null;
/** This session's console commands (the page's console; tests give their own). */
let consoleRecords: () => readonly ConsoleRecord[] = () => [];
/** Each Check and choices request gets a number; an answer for an older step or text is dropped. */
let generation = 0;

export function connectLessons(c: GoalChecker, records?: () => readonly ConsoleRecord[]): void {
  checker = c;
  if (records) consoleRecords = records;
}

const fresh = { hintShown: false, checking: false, result: null, choices: null, answer: [] as string[] };

/** The open lesson and step, from the app store, with the step kept inside the lesson. */
export function position(
  lesson: string | null = useStore.getState().lesson,
  lessonStep: number = useStore.getState().lessonStep,
): { lessonId: string | null; step: number } {
  const found = findLesson(lesson);
  return found
    ? { lessonId: found.id, step: Math.min(Math.max(0, lessonStep), found.steps.length - 1) }
    : { lessonId: null, step: 0 };
}

/** The open lesson and step, for components (re-renders when a link or the panel changes them). */
export function useLessonPosition(): { lessonId: string | null; step: number } {
  const lesson = useStore((s) => s.lesson);
  const lessonStep = useStore((s) => s.lessonStep);
  return position(lesson, lessonStep);
}

export function currentStep() {
  const p = position();
  return findLesson(p.lessonId)?.steps[p.step];
}

/** A new lesson or step (from the panel, a share link or an embed): start its per-step state afresh. */
function stepChanged(): void {
  generation++;
  useLessonStore.setState({ ...fresh, confirm: null });
  void loadChoices();
}

let stopSync: (() => void) | null = null;
/**
 * Follows the app store's lesson/step (idempotent; main.tsx calls it at start, the panel actions
 * too), and loads a predict step's choices for a step a share link opened before the panel.
 */
export function startLessonSync(): () => void {
  if (stopSync) return stopSync;
  const off = useStore.subscribe((a, prev) => {
    if (a.lesson !== prev.lesson || a.lessonStep !== prev.lessonStep) stepChanged();
    if (a.lesson !== prev.lesson || a.view !== prev.view) void fillTexts();
  });
  stopSync = () => {
    off();
    stopSync = null;
  };
  if (useStore.getState().lesson !== null) {
    void loadChoices();
    void fillTexts();
  }
  return stopSync;
}

/** Selects a lesson and step without touching the editor (a share link brings its own text). */
export function selectStep(lessonId: string | null, step: number): void {
  startLessonSync();
  const lesson = findLesson(lessonId);
  const n = lesson ? Math.min(Math.max(0, Math.floor(step)), lesson.steps.length - 1) : 0;
  const a = useStore.getState();
  if (a.lesson === (lesson?.id ?? null) && a.lessonStep === n) return;
  setLessonStep(lesson?.id ?? null, n);
}

export const goToStep = (step: number): void => selectStep(position().lessonId, step);

/** Replaces the editor text now, keeping what was there for undo (unless it was ours anyway). */
function place(text: string, cause: ReplaceCause): void {
  const current = useStore.getState().text;
  const opened = cause === 'lesson' ? findLesson(position().lessonId) : undefined;
  if (current !== text) useLessonStore.setState({ undo: isKnownText(current) ? null : { text: current, cause } });
  setText(text);
  // A lesson's own clients, or none: the previous lesson's (or the playground's) never carry over.
  // They are declarations (Services, workloads by name), resolved by the core on every load.
  if (opened && opened.scenario === text) {
    setClients(opened.clients);
    if (opened.clients.length > 0) play();
  }
}

function replaceOrAsk(
  cause: ReplaceCause,
  lessonId: string,
  step: number,
  text: string,
  title: string,
  alwaysAsk: boolean,
): void {
  const current = useStore.getState().text;
  // Opening a lesson whose text is already in the editor still starts the lesson's own clients.
  if (current === text) {
    if (cause === 'lesson') place(text, cause);
    return;
  }
  if (alwaysAsk || !isKnownText(current)) useLessonStore.setState({ confirm: { cause, lessonId, step, text, title } });
  else place(text, cause);
}

/** Opens a lesson at its first step with its scenario; asks first if the editor holds the learner's work. */
export function openLesson(id: string): void {
  const lesson = findLesson(id);
  if (!lesson) return;
  selectStep(lesson.id, 0);
  replaceOrAsk('lesson', lesson.id, 0, lesson.scenario, lesson.title.en, false);
}

/** The current step's solution, after the learner confirms. */
export function showSolution(): void {
  const s = position();
  const lesson = findLesson(s.lessonId);
  const step = lesson?.steps[s.step];
  const text = step ? lesson?.solutions[step.id] : undefined;
  if (!lesson || text === undefined) return;
  replaceOrAsk('solution', lesson.id, s.step, text, lesson.title.en, true);
}

/** Puts back the text this step starts from (the previous step's solution, or the lesson's scenario). */
export function resetStep(): void {
  const s = position();
  const lesson = findLesson(s.lessonId);
  if (!lesson) return;
  replaceOrAsk('reset', lesson.id, s.step, stepStart(lesson, s.step), lesson.title.en, false);
  useLessonStore.setState({ result: null });
}

export function confirmReplace(): void {
  const c = useLessonStore.getState().confirm;
  if (!c) return;
  useLessonStore.setState({ confirm: null, result: null });
  selectStep(c.lessonId, c.step);
  place(c.text, c.cause);
}

export const cancelReplace = (): void => useLessonStore.setState({ confirm: null });

export function undoReplace(): void {
  const u = useLessonStore.getState().undo;
  if (!u) return;
  useLessonStore.setState({ undo: null, result: null });
  setText(u.text);
}

export const dismissUndo = (): void => useLessonStore.setState({ undo: null });
export const revealHint = (): void => useLessonStore.setState({ hintShown: true });
/** Ticks or unticks one pod on a predict step. */
export function chooseAnswer(pod: string, ticked: boolean): void {
  const now = useLessonStore.getState().answer.filter((p) => p !== pod);
  useLessonStore.setState({ answer: ticked ? [...now, pod].sort() : now, result: null });
}

/** Every text of a lesson that holds a placeholder: intros, step texts and hints, goal targets and commands. */
export function lessonTemplates(lesson: NonNullable<ReturnType<typeof findLesson>>): string[] {
  const out = new Set<string>();
  const add = (s: string | undefined) => {
    if (s !== undefined && hasPlaceholder(s)) out.add(s);
  };
  for (const text of [lesson.intro.en, lesson.intro.ko]) for (const piece of templatePieces(text)) add(piece);
  for (const step of lesson.steps) {
    for (const text of [step.text.en, step.text.ko, step.hint.en, step.hint.ko])
      for (const piece of templatePieces(text)) add(piece);
    const g = step.goal;
    if ('to' in g) add(g.to);
    if (g.type === 'kubectl') add(kubectlCommand(g.argv));
  }
  return [...out];
}

let fillGeneration = 0;
/** Asks the core for the open lesson's placeholders filled on the current scenario (the diagram's). */
async function fillTexts(): Promise<void> {
  const lesson = findLesson(useStore.getState().lesson);
  if (!checker?.fillTemplates || !lesson) return;
  const templates = lessonTemplates(lesson);
  if (templates.length === 0) return;
  const g = ++fillGeneration;
  const { text, seed } = useStore.getState();
  const filled = await checker.fillTemplates(text, seed, templates);
  if (g !== fillGeneration || !filled) return;
  useLessonStore.setState({ filled: Object.fromEntries(templates.map((t, i) => [t, filled[i]!])) });
}

/** A predict step's choices come from the simulator (the pods that carry the goal's labels). */
async function loadChoices(): Promise<void> {
  const goal = currentStep()?.goal;
  if (!checker || goal?.type !== 'predict') return;
  const g = generation;
  const { text, seed } = useStore.getState();
  const r = await checker.checkGoal(text, seed, goal);
  if (g === generation) useLessonStore.setState({ choices: r.choices ?? [] });
}

/** Runs the step's goal on the CURRENT editor text and seed. */
export async function check(): Promise<void> {
  const s = useLessonStore.getState();
  const goal = currentStep()?.goal;
  if (!goal) return;
  if (!checker) {
    useLessonStore.setState({ result: { passed: false, note: 'lessons.unavailable' } });
    return;
  }
  if (goal.type === 'predict' && s.answer.length === 0) {
    useLessonStore.setState({ result: { passed: false, note: 'lessons.pickAnswer' } });
    return;
  }
  const g = ++generation;
  useLessonStore.setState({ checking: true, result: null });
  const { text, seed, results, time } = useStore.getState();
  const r = await checker.checkGoal(
    text,
    seed,
    goal,
    goal.type === 'predict' ? s.answer : undefined,
    goal.type === 'kubectl' ? [...consoleRecords()] : undefined,
    // What the diagram has shown (the worker computes ahead of it): the learner saw these.
    goal.type === 'expires' ? results.filter((x) => x.time <= time) : undefined,
  );
  if (g !== generation) return;
  useLessonStore.setState({
    checking: false,
    result: { passed: r.passed, code: r.code, params: r.params },
    ...(r.choices ? { choices: r.choices } : {}),
  });
}

/** Tests start from a clean panel. */
export function resetLessonStore(): void {
  generation++;
  setLessonStep(null, 0);
  useLessonStore.setState({ ...initial });
}
