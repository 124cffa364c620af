// Which classroom mode is on (presenter or compare), the presenter's cursor (one request, one hop),
// and the hop the user picked in the Timeline (the Inspector and the editor show it). The moves
// between them are in src/ui/classroom/classroomMode.ts.
import type { Hop, RequestResult } from '../../worker/protocol.ts';
import type { SliceOf } from './appState.ts';

export type ClassroomMode = 'off' | 'present' | 'compare';
export interface ClassroomState {
  mode: ClassroomMode;
  request: number;
  hop: number;
  /** In presenter mode: the speed and play state to give back when it is left. */
  resume: { speed: number; playing: boolean } | null;
}

export interface HopFocus {
  result: RequestResult;
  hopIndex: number;
  hop: Hop;
}

export interface ClassroomSlice {
  classroom: ClassroomState;
  hopFocus: HopFocus | null;
  setClassroom(classroom: ClassroomState): void;
  focusHop(focus: HopFocus | null): void;
}

export const classroomSlice: SliceOf<ClassroomSlice> = (set) => ({
  classroom: { mode: 'off', request: 0, hop: -1, resume: null },
  hopFocus: null,
  setClassroom: (classroom) => set({ classroom }),
  focusHop: (hopFocus) => set({ hopFocus }),
});
