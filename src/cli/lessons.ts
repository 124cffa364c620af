// Reads the lesson folders (src/scenarios/lessons/<NN-id>/) from disk for the CLI and the tests;
// the browser gets the same files from Vite's import.meta.glob (src/scenarios/lessons/index.ts).
import { readdirSync, readFileSync, statSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { assembleLessons, type LessonProblem } from '../core/lessons/index.ts';
import type { Lesson, LessonFiles } from '../core/lessons/index.ts';

export const LESSONS_DIR = fileURLToPath(new URL('../scenarios/lessons/', import.meta.url));

const read = (path: string) => (existsSync(path) ? readFileSync(path, 'utf8') : '');

export function readLessonFolders(root: string = LESSONS_DIR): LessonFiles[] {
  return readdirSync(root)
    .filter((d) => /^\d\d-/.test(d) && statSync(join(root, d)).isDirectory())
    .sort()
    .map((dir) => {
      const extra: Record<string, string> = {};
      for (const f of readdirSync(join(root, dir))) {
        if (f.endsWith('.yaml') && f !== 'lesson.yaml' && f !== 'scenario.yaml') extra[f] = read(join(root, dir, f));
      }
      return {
        dir,
        manifest: read(join(root, dir, 'lesson.yaml')),
        scenario: read(join(root, dir, 'scenario.yaml')),
        en: read(join(root, dir, 'en.md')),
        ko: read(join(root, dir, 'ko.md')),
        extra,
      };
    });
}

export function loadLessonsFromDisk(root: string = LESSONS_DIR): { lessons: Lesson[]; problems: LessonProblem[] } {
  return assembleLessons(readLessonFolders(root));
}
