// The built-in lessons, collected at build time from the lesson folders (./NN-id/lesson.yaml,
// scenario.yaml, en.md, ko.md, solution-*.yaml, and the Korean twins scenario.ko.yaml and
// solution-*.ko.yaml). Adding a lesson is adding a folder: see README.md. The texts load with the
// lesson catalog, after the first packets (src/startApp.tsx), so the Korean twins cost the first
// diagram nothing.
import { assembleLessons, type LessonProblem } from '../../core/lessons/index.ts';
import type { Lesson, LessonFiles } from '../../core/lessons/index.ts';

// The lesson shapes and the step-start rule, for the lessons UI (src/ui/lessons), which reaches
// the core's lesson model only through this catalog and the worker protocol.
export type { Goal, Language, Lesson, LessonStep, LocalizedText } from '../../core/lessons/index.ts';
export { stepStart } from '../../core/lessons/index.ts';

const raw = import.meta.glob<string>('./*/*.{yaml,md}', { query: '?raw', import: 'default', eager: true });

/** Groups `./02-service-yaml/lesson.yaml`-style keys into one LessonFiles per folder. */
export function groupLessonFiles(files: Record<string, string>): LessonFiles[] {
  const byDir = new Map<string, LessonFiles>();
  for (const [key, text] of Object.entries(files)) {
    const m = /^\.\/([^/]+)\/([^/]+)$/.exec(key);
    if (!m || !/^\d\d-/.test(m[1]!)) continue;
    const dir = m[1]!;
    const file = m[2]!;
    const f = byDir.get(dir) ?? { dir, manifest: '', scenario: '', en: '', ko: '', extra: {} };
    if (file === 'lesson.yaml') f.manifest = text;
    else if (file === 'scenario.yaml') f.scenario = text;
    else if (file === 'en.md') f.en = text;
    else if (file === 'ko.md') f.ko = text;
    // solution-N.yaml and the Korean twins (scenario.ko.yaml, solution-N.ko.yaml), as node:fs reads them (src/cli/lessons.ts)
    else f.extra[file] = text;
    byDir.set(dir, f);
  }
  return [...byDir.values()].sort((a, b) => (a.dir < b.dir ? -1 : 1));
}

const assembled = assembleLessons(groupLessonFiles(raw));

/** Every built-in lesson, in order. */
export const LESSONS: readonly Lesson[] = assembled.lessons;
/** Problems in the lesson folders (empty in a good build; the tests keep it so). */
export const LESSON_PROBLEMS: readonly LessonProblem[] = assembled.problems;

export function lessonById(id: string): Lesson | undefined {
  return LESSONS.find((l) => l.id === id);
}
