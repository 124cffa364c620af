// The browser's lesson list (Vite glob) holds exactly what is on disk, with no problems.
import { describe, expect, it } from 'vitest';
import { LESSONS, LESSON_PROBLEMS, lessonById, groupLessonFiles } from './index.ts';
import { loadLessonsFromDisk } from '../../cli/lessons.ts';

describe('the bundled lessons', () => {
  it('match the folders read from disk', () => {
    expect(LESSON_PROBLEMS).toEqual([]);
    expect(LESSONS).toEqual(loadLessonsFromDisk().lessons);
    expect(lessonById('nodeport')?.order).toBe(6);
    expect(lessonById('nope')).toBeUndefined();
  });

  it('groups files by folder and ignores files outside a lesson folder', () => {
    const g = groupLessonFiles({
      './01-a/lesson.yaml': 'm',
      './01-a/solution-1.yaml': 's',
      './01-a/solution-1.ko.yaml': 'k',
      './README.md': 'r',
      './x/lesson.yaml': 'x',
    });
    expect(g).toEqual([
      {
        dir: '01-a',
        manifest: 'm',
        scenario: '',
        en: '',
        ko: '',
        extra: { 'solution-1.yaml': 's', 'solution-1.ko.yaml': 'k' },
      },
    ]);
  });
});
