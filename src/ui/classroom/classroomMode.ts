// The classroom modes' moves: presenter or compare on and off, and the presenter's cursor (one
// request, one hop at a time). The state is the app store's classroom slice (src/ui/slices/classroomSlice.ts).
import { advance, pause, play, setSpeed, useStore } from '../store.ts';
import { focusHop } from '../traffic/hopFocus.ts';
import { LEG_SECONDS } from '../traffic/flight.ts';
import type { RequestResult } from '../../worker/protocol.ts';
import type { ClassroomMode, ClassroomState } from '../slices/classroomSlice.ts';

export type { ClassroomMode, ClassroomState } from '../slices/classroomSlice.ts';

export const useClassroom = (): ClassroomState => useStore((s) => s.classroom);
export const classroomState = (): ClassroomState => useStore.getState().classroom;
const emit = (next: ClassroomState): void => useStore.getState().setClassroom(next);

/** Presenter speed: slow motion by default (a quarter of real time). */
export const PRESENT_SPEED = 0.25;

export function setMode(mode: ClassroomMode): void {
  const state = classroomState();
  if (mode === state.mode) return;
  if (typeof document !== 'undefined') {
    if (mode === 'present') document.body.dataset.present = '';
    else delete document.body.dataset.present;
    if (mode === 'off' && document.fullscreenElement) void document.exitFullscreen?.();
  }
  const { speed, playing } = useStore.getState();
  // Leaving the presenter gives back the speed and play state it found (it slows and pauses).
  const resume = mode === 'present' ? { speed, playing } : null;
  if (mode === 'present') {
    pause();
    setSpeed(PRESENT_SPEED);
  }
  if (mode !== 'present') focusHop(null);
  if (state.mode === 'present' && state.resume) {
    setSpeed(state.resume.speed);
    if (state.resume.playing) play();
    else pause();
  }
  emit({ mode, request: 0, hop: -1, resume });
  if (mode === 'present') stepHop(1);
}

/** Requests in the order they were sent. */
const ordered = (): RequestResult[] =>
  [...useStore.getState().results].sort((a, b) => a.time - b.time || a.index - b.index);

/** Moves the presenter one hop forward (+1) or back (−1), across request boundaries. */
export function stepHop(dir: 1 | -1): void {
  const results = ordered();
  if (results.length === 0) return;
  const state = classroomState();
  let { request, hop } = state;
  request = Math.min(request, results.length - 1);
  hop += dir;
  let r = results[request]!;
  if (hop >= r.hops.length) {
    request = Math.min(results.length - 1, request + 1);
    hop = request === state.request ? r.hops.length - 1 : 0;
  }
  if (hop < 0) {
    if (request > 0) {
      request--;
      hop = results[request]!.hops.length - 1;
    } else hop = 0;
  }
  r = results[request]!;
  const h = r.hops[hop];
  if (!h) return;
  emit({ ...state, request, hop });
  focusHop({ result: r, hopIndex: hop, hop: h });
  // Show the packet where that hop happens: the flight reaches leg `hop` at time + hop × leg.
  const target = r.time + Math.max(0, hop) * LEG_SECONDS + LEG_SECONDS * 0.5;
  advance(target - useStore.getState().time);
}
