// Builds the ordered lesson list from the raw files of each lesson folder (read by Vite's glob in
// the browser, by node:fs in the CLI and tests). A broken folder is reported, not thrown: the
// other lessons still load.
import { parseLessonManifest } from './lessonManifest.ts';
import type { Lesson, LessonFiles } from './types.ts';

export interface LessonProblem {
  dir: string;
  file: string;
  line: number;
  column: number;
  message: string;
}

export function assembleLessons(folders: readonly LessonFiles[]): { lessons: Lesson[]; problems: LessonProblem[] } {
  const lessons: Lesson[] = [];
  const problems: LessonProblem[] = [];
  for (const f of folders) {
    if (f.manifest.trim() === '') {
      problems.push({
        dir: f.dir,
        file: 'lesson.yaml',
        line: 1,
        column: 1,
        message: 'lesson.yaml is missing or empty',
      });
      continue;
    }
    const parsed = parseLessonManifest(f.manifest);
    if (!parsed.ok) {
      problems.push(
        ...parsed.errors.map((e) => ({
          dir: f.dir,
          file: 'lesson.yaml',
          line: e.line,
          column: e.column,
          message: e.message,
        })),
      );
      continue;
    }
    const m = parsed.manifest;
    const solutions: Record<string, string> = {};
    let ok = true;
    const report = (file: string, message: string) => {
      problems.push({ dir: f.dir, file, line: 1, column: 1, message });
      ok = false;
    };
    if (!f.dir.endsWith(`-${m.id}`))
      report('lesson.yaml', `the folder "${f.dir}" should be named NN-${m.id} after the lesson id`);
    if (f.scenario.trim() === '') report('scenario.yaml', 'scenario.yaml is missing or empty');
    if (f.en.trim() === '') report('en.md', 'en.md is missing or empty');
    if (f.ko.trim() === '') report('ko.md', 'ko.md is missing or empty');
    for (const s of m.steps) {
      if (s.solution === undefined) continue;
      const text = f.extra[s.solution];
      if (text === undefined) report(s.solution, `step "${s.id}" names ${s.solution}, which is not in the folder`);
      else solutions[s.id] = text;
    }
    if (ok)
      lessons.push({ ...m, dir: f.dir, scenario: f.scenario, intro: { en: f.en.trim(), ko: f.ko.trim() }, solutions });
  }
  lessons.sort((a, b) => a.order - b.order || (a.id < b.id ? -1 : 1));
  const seen = new Map<string, string>();
  for (const l of lessons) {
    const other = seen.get(l.id);
    if (other)
      problems.push({
        dir: l.dir,
        file: 'lesson.yaml',
        line: 1,
        column: 1,
        message: `lesson id "${l.id}" is also used by ${other}`,
      });
    seen.set(l.id, l.dir);
  }
  return { lessons, problems };
}

/** The scenario a step starts from: the previous step's solution, or the lesson's scenario. */
export function stepStart(lesson: Lesson, stepIndex: number): string {
  for (let i = stepIndex - 1; i >= 0; i--) {
    const id = lesson.steps[i]?.id;
    if (id !== undefined && lesson.solutions[id] !== undefined) return lesson.solutions[id];
  }
  return lesson.scenario;
}
