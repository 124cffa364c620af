// Builds the ordered lesson list from the raw files of each lesson folder (read by Vite's glob in
// the browser, by node:fs in the CLI and tests). A broken folder is reported, not thrown: the
// other lessons still load.
import { parseLessonManifest } from './lessonManifest.ts';
import type { Language, Lesson, LessonFiles, LessonYaml } from './types.ts';

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
    const solutionsKo: Record<string, string> = {};
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
      else {
        solutions[s.id] = text;
        solutionsKo[s.id] = f.extra[translatedName(s.solution, 'ko')] ?? text;
      }
    }
    // A Korean twin of a file the lesson does not use (a typo in its name) would never be shown.
    const used = new Set(['scenario.yaml', ...m.steps.flatMap((s) => (s.solution === undefined ? [] : [s.solution]))]);
    for (const name of Object.keys(f.extra)) {
      const twin = /^(.+)\.ko\.yaml$/.exec(name);
      if (twin && !used.has(`${twin[1]}.yaml`))
        report(name, `${name} is the Korean twin of ${twin[1]}.yaml, which the lesson does not use`);
      else if (twin && f.extra[name]!.trim() === '') report(name, `${name} is empty`);
    }
    if (ok) {
      const yaml: Record<Language, LessonYaml> = {
        en: { scenario: f.scenario, solutions },
        ko: { scenario: f.extra[translatedName('scenario.yaml', 'ko')] ?? f.scenario, solutions: solutionsKo },
      };
      lessons.push({
        ...m,
        dir: f.dir,
        scenario: f.scenario,
        intro: { en: f.en.trim(), ko: f.ko.trim() },
        solutions,
        yaml,
      });
    }
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

/** The file holding `file`'s text with its comments in `lang`: `scenario.yaml` -> `scenario.ko.yaml`. */
export function translatedName(file: string, lang: Language): string {
  return lang === 'en' ? file : file.replace(/\.yaml$/, `.${lang}.yaml`);
}

/**
 * The scenario a step starts from: the previous step's solution, or the lesson's scenario, with its
 * comments in `lang` (the objects are the same in every language).
 */
export function stepStart(lesson: Lesson, stepIndex: number, lang: Language = 'en'): string {
  const texts = lesson.yaml[lang];
  for (let i = stepIndex - 1; i >= 0; i--) {
    const id = lesson.steps[i]?.id;
    if (id !== undefined && texts.solutions[id] !== undefined) return texts.solutions[id];
  }
  return texts.scenario;
}
