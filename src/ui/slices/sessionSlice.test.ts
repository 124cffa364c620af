import { beforeEach, describe, expect, it } from 'vitest';
import { useStore } from '../store.ts';
import { freshStore } from './testBridge.ts';

let bridge = freshStore();
beforeEach(() => {
  bridge = freshStore();
});

describe('session slice', () => {
  it('replacing the scenario keeps the old text as the undo point, and undo brings it back', () => {
    const s = useStore.getState();
    s.startScenario({ text: 'mine', seed: 3 });
    expect(bridge.calls).toEqual([]);
    s.replaceScenario({ text: 'theirs', seed: 4 }, 'the shared scenario');
    expect(useStore.getState()).toMatchObject({ text: 'theirs', seed: 4, undo: { text: 'mine', seed: 3 } });
    s.undoReplace();
    expect(useStore.getState()).toMatchObject({ text: 'mine', seed: 3, undo: null, notice: { kind: 'info' } });
    expect(bridge.calls).toEqual([
      ['load', 'theirs', 4],
      ['load', 'mine', 3],
    ]);
  });

  it('replacing with the same text keeps the earlier undo point (a reload of a link loses nothing)', () => {
    const s = useStore.getState();
    s.startScenario({ text: 'mine' });
    s.replaceScenario({ text: 'theirs' }, 'a');
    s.replaceScenario({ text: 'theirs' }, 'b');
    expect(useStore.getState().undo).toMatchObject({ text: 'mine', cause: 'a' });
  });

  it('a lesson step is a whole number, never negative', () => {
    useStore.getState().setLessonStep('x', -2.5);
    expect(useStore.getState()).toMatchObject({ lesson: 'x', lessonStep: 0 });
    useStore.getState().setLessonStep('x', 2.7);
    expect(useStore.getState().lessonStep).toBe(2);
  });
});
