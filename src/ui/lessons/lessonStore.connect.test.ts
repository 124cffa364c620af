// A Check pressed while the page is starting (the simulator is connected to the lesson store after
// the first packets, startApp.tsx) waits for the connection instead of failing at once.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { checkLessonGoal } from '../../worker/lessonGoal.ts';
import type { GoalChecker } from './lessonStore.ts';

// The store keeps its checker in module state: each test takes a fresh, unconnected copy.
async function unconnected() {
  vi.resetModules();
  const lessons = await import('./lessonStore.ts');
  const { LESSONS } = await import('./catalog.ts');
  const asked: string[] = [];
  const checker: GoalChecker = {
    checkGoal: (yaml, seed, goal, answer, console, traffic) => {
      asked.push(goal.type);
      return Promise.resolve(checkLessonGoal(yaml, seed, goal, answer, console, traffic));
    },
  };
  const lesson = LESSONS.find((l) => l.steps[0]!.goal.type !== 'predict')!;
  lessons.openLesson(lesson.id);
  return { lessons, checker, asked };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('Check during start-up', () => {
  it('waits for the simulator to be connected, then checks', async () => {
    const { lessons, checker, asked } = await unconnected();
    const done = lessons.check();
    expect(lessons.lessonPanel().checking).toBe(true);
    await vi.advanceTimersByTimeAsync(lessons.CONNECT_WAIT_MS / 2);
    lessons.connectLessons(checker);
    await vi.advanceTimersByTimeAsync(0);
    await done;
    expect(asked).toHaveLength(1);
    expect(lessons.lessonPanel().result?.note).not.toBe('lessons.unavailable');
  });

  it('says the simulator is not connected when it never comes', async () => {
    const { lessons } = await unconnected();
    const done = lessons.check();
    await vi.advanceTimersByTimeAsync(lessons.CONNECT_WAIT_MS + 10);
    await done;
    expect(lessons.lessonPanel()).toMatchObject({
      checking: false,
      result: { passed: false, note: 'lessons.unavailable' },
    });
  });
});
