import { beforeEach, describe, expect, it } from 'vitest';
import { useStore } from '../store.ts';
import { PRESENT_SPEED, setMode } from './classroomMode.ts';

beforeEach(() => useStore.setState(useStore.getInitialState(), true));

describe('presenter mode', () => {
  it('slows and pauses, and leaving gives back the speed and play state it found', () => {
    useStore.setState({ speed: 2, playing: true });
    setMode('present');
    expect(useStore.getState()).toMatchObject({ speed: PRESENT_SPEED, playing: false });
    setMode('off');
    expect(useStore.getState()).toMatchObject({ speed: 2, playing: true });
  });

  it('a paused page stays paused after the presenter', () => {
    useStore.setState({ speed: 0.5, playing: false });
    setMode('present');
    useStore.getState().play();
    setMode('compare');
    expect(useStore.getState()).toMatchObject({ speed: 0.5, playing: false });
  });
});
