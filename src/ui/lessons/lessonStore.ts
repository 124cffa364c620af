// The lesson panel's actions: Check, hints, a predict step's choices, the "replace the editor text?"
// question and its undo. The panel's state is the app store's lesson-panel slice
// (src/ui/slices/lessonPanelSlice.ts); WHICH lesson and step is open is the session slice's
// (`lesson` / `lessonStep`), the one source share links and embeds also read and write; a change
// there from anywhere resets the per-step state here. Goals are checked by the core in the simulation worker (connectLessons); nothing
// here decides whether a goal passes.
import '../i18n/laterWords.ts';
import type { GoalVerdict, LessonGoal as Goal, RequestResult } from '../../worker/protocol.ts';
import type { ConsoleRecord, FilledTemplate } from '../../core/lessons/index.ts';
import type { Language } from '../i18n/translate.ts';
import { play, setClients, setLessonStep, setText, useStore } from '../store.ts';
import { findLesson, isKnownText, isLessonStart, stepStart, translateLessonText } from './catalog.ts';
import { hasPlaceholder } from '../../worker/protocol.ts';
import { INITIAL_LESSON_PANEL, type LessonState, type ReplaceCause } from '../slices/lessonPanelSlice.ts';
import { kubectlCommand, templatePieces } from './templates.ts';

export type { GoalVerdict } from '../../worker/protocol.ts';
export type { CheckResult, LessonState, ReplaceCause } from '../slices/lessonPanelSlice.ts';

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

/** The panel's state, for components (re-renders when the selected part changes). */
export const useLessonStore = <T>(select: (panel: LessonState) => T): T => useStore((s) => select(s.lessonPanel));
/** The panel's state now. */
export const lessonPanel = (): LessonState => useStore.getState().lessonPanel;
const patch = (p: Partial<LessonState>): void => useStore.getState().patchLessonPanel(p);

let checker: GoalChecker | null = null;
let connected: () => void = () => undefined;
const checkerConnected = new Promise<void>((resolve) => (connected = resolve));
/** How long a Check pressed during start-up waits for the page to connect the simulator. */
export const CONNECT_WAIT_MS = 5_000;
/** This session's console commands (the page's console; tests give their own). */
let consoleRecords: () => readonly ConsoleRecord[] = () => [];
/** Each Check and choices request gets a number; an answer for an older step or text is dropped. */
let generation = 0;

export function connectLessons(c: GoalChecker, records?: () => readonly ConsoleRecord[]): void {
  checker = c;
  if (records) consoleRecords = records;
  connected();
  // The page connects the checker after the first packets (startApp.tsx); a learner or a link can
  // open a lesson sooner, and its placeholders and choices were asked of nobody: ask now.
  if (useStore.getState().lesson !== null) {
    void loadChoices();
    void fillTexts();
  }
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
  patch({ ...fresh, confirm: null });
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
    if (a.language !== prev.language) followLanguage(prev.language, a.language);
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

/**
 * The learner switched the page's language: a lesson text still as the lesson wrote it takes the
 * new language's comments (the objects are the same), as the built-in scenario does
 * (src/ui/i18n/language.ts). A text the learner changed stays.
 */
function followLanguage(from: Language, to: Language): void {
  const translated = translateLessonText(useStore.getState().text, from, to);
  if (translated !== null) setText(translated);
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
  if (current !== text) patch({ undo: isKnownText(current) ? null : { text: current, cause } });
  setText(text);
  // A lesson's own clients, or none: the previous lesson's (or the playground's) never carry over.
  // They are declarations (Services, workloads by name), resolved by the core on every load. The
  // start in any language: only its comments differ.
  if (opened && isLessonStart(opened, text)) {
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
  if (alwaysAsk || !isKnownText(current)) patch({ confirm: { cause, lessonId, step, text, title } });
  else place(text, cause);
}

/** The page's language: the lesson YAML the editor gets has its comments in it. */
const pageLanguage = (): Language => useStore.getState().language;

/** Opens a lesson at its first step with its scenario; asks first if the editor holds the learner's work. */
export function openLesson(id: string): void {
  const lesson = findLesson(id);
  if (!lesson) return;
  selectStep(lesson.id, 0);
  replaceOrAsk('lesson', lesson.id, 0, lesson.yaml[pageLanguage()].scenario, lesson.title.en, false);
}

/** The current step's solution, after the learner confirms. */
export function showSolution(): void {
  const s = position();
  const lesson = findLesson(s.lessonId);
  const step = lesson?.steps[s.step];
  const text = step ? lesson?.yaml[pageLanguage()].solutions[step.id] : undefined;
  if (!lesson || text === undefined) return;
  replaceOrAsk('solution', lesson.id, s.step, text, lesson.title.en, true);
}

/** Puts back the text this step starts from (the previous step's solution, or the lesson's scenario). */
export function resetStep(): void {
  const s = position();
  const lesson = findLesson(s.lessonId);
  if (!lesson) return;
  replaceOrAsk('reset', lesson.id, s.step, stepStart(lesson, s.step, pageLanguage()), lesson.title.en, false);
  patch({ result: null });
}

export function confirmReplace(): void {
  const c = lessonPanel().confirm;
  if (!c) return;
  patch({ confirm: null, result: null });
  selectStep(c.lessonId, c.step);
  place(c.text, c.cause);
}

export const cancelReplace = (): void => patch({ confirm: null });

export function undoReplace(): void {
  const u = lessonPanel().undo;
  if (!u) return;
  patch({ undo: null, result: null });
  setText(u.text);
}

export const dismissUndo = (): void => patch({ undo: null });
export const revealHint = (): void => patch({ hintShown: true });
/** Ticks or unticks one pod on a predict step. */
export function chooseAnswer(pod: string, ticked: boolean): void {
  const now = lessonPanel().answer.filter((p) => p !== pod);
  patch({ answer: ticked ? [...now, pod].sort() : now, result: null });
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
  patch({ filled: Object.fromEntries(templates.map((t, i) => [t, filled[i]!])) });
}

/** A predict step's choices come from the simulator (the pods that carry the goal's labels). */
async function loadChoices(): Promise<void> {
  const goal = currentStep()?.goal;
  if (!checker || goal?.type !== 'predict') return;
  const g = generation;
  const { text, seed } = useStore.getState();
  const r = await checker.checkGoal(text, seed, goal);
  if (g === generation) patch({ choices: r.choices ?? [] });
}

/** Runs the step's goal on the CURRENT editor text and seed. */
export async function check(): Promise<void> {
  const s = lessonPanel();
  const goal = currentStep()?.goal;
  if (!goal) return;
  if (!checker) {
    // Pressed during start-up, before the page connected the simulator: wait for it a little.
    const g = ++generation;
    patch({ checking: true, result: null });
    await Promise.race([checkerConnected, new Promise((go) => setTimeout(go, CONNECT_WAIT_MS))]);
    if (g !== generation) return;
    patch({ checking: false });
    if (!checker) {
      patch({ result: { passed: false, note: 'lessons.unavailable' } });
      return;
    }
  }
  if (goal.type === 'predict' && s.answer.length === 0) {
    patch({ result: { passed: false, note: 'lessons.pickAnswer' } });
    return;
  }
  const g = ++generation;
  patch({ checking: true, result: null });
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
  patch({
    checking: false,
    result: { passed: r.passed, code: r.code, params: r.params },
    ...(r.choices ? { choices: r.choices } : {}),
  });
}

/** Tests start from a clean panel. */
export function resetLessonStore(): void {
  generation++;
  setLessonStep(null, 0);
  patch(INITIAL_LESSON_PANEL);
}
