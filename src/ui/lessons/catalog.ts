// The lessons the panel offers (the built-in lesson folders, src/scenarios/lessons) and the
// texts that are not the learner's own work (a lesson's start or solution, the default scenario, in
// every language): replacing one of those needs no question.
import defaultScenario from '../../scenarios/default.yaml?raw';
import defaultScenarioKo from '../../scenarios/default.ko.yaml?raw';
import { LESSONS, stepStart, type Language, type Lesson } from '../../scenarios/lessons/index.ts';

export { LESSONS };

export function findLesson(id: string | null): Lesson | undefined {
  return id === null ? undefined : LESSONS.find((l) => l.id === id);
}

const norm = (text: string): string => text.replace(/\r\n?/g, '\n').trim();

let known: Set<string> | null = null;
/** Texts the playground itself wrote (or an empty editor): replacing them loses nothing. */
export function isKnownText(text: string): boolean {
  if (norm(text) === '') return true;
  known ??= new Set([defaultScenario, defaultScenarioKo, ...LESSONS.flatMap(lessonTexts)].map(norm));
  return known.has(norm(text));
}

/** Every YAML text a lesson puts in the editor: its start and solutions, in every language. */
function lessonTexts(l: Lesson): string[] {
  return Object.values(l.yaml).flatMap((y) => [y.scenario, ...Object.values(y.solutions)]);
}

/** True when `text` is the lesson's start in some language (the same objects, only the comments differ). */
export function isLessonStart(lesson: Lesson, text: string): boolean {
  return Object.values(lesson.yaml).some((y) => y.scenario === text);
}

/**
 * The same lesson text with its comments in `to`, when `text` is exactly a lesson's start or
 * solution in `from` (the learner has not touched it); null otherwise.
 */
export function translateLessonText(text: string, from: Language, to: Language): string | null {
  if (from === to) return null;
  for (const l of LESSONS) {
    const a = l.yaml[from];
    const b = l.yaml[to];
    if (a.scenario === text) return b.scenario;
    for (const [id, solution] of Object.entries(a.solutions)) if (solution === text) return b.solutions[id] ?? null;
  }
  return null;
}

export { stepStart };
