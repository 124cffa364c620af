// The lessons the panel offers (the built-in lesson folders, src/scenarios/lessons) and the
// texts that are not the learner's own work (a lesson's start or solution, the default scenario):
// replacing one of those needs no question.
import defaultScenario from '../../scenarios/default.yaml?raw';
import defaultScenarioKo from '../../scenarios/default.ko.yaml?raw';
import { LESSONS, stepStart, type Lesson } from '../../scenarios/lessons/index.ts';

export { LESSONS };

export function findLesson(id: string | null): Lesson | undefined {
  return id === null ? undefined : LESSONS.find((l) => l.id === id);
}

const norm = (text: string): string => text.replace(/\r\n?/g, '\n').trim();

let known: Set<string> | null = null;
/** Texts the playground itself wrote (or an empty editor): replacing them loses nothing. */
export function isKnownText(text: string): boolean {
  if (norm(text) === '') return true;
  known ??= new Set(
    [defaultScenario, defaultScenarioKo, ...LESSONS.flatMap((l) => [l.scenario, ...Object.values(l.solutions)])].map(
      norm,
    ),
  );
  return known.has(norm(text));
}

export { stepStart };
