// Which hop of which request the user picked in the Timeline or the presenter (the Inspector and the
// editor show it). The state is the app store's classroom slice (src/ui/slices/classroomSlice.ts).
import { useStore } from '../store.ts';
import type { HopFocus } from '../slices/classroomSlice.ts';

export type { HopFocus } from '../slices/classroomSlice.ts';

export const focusHop = (f: HopFocus | null): void => useStore.getState().focusHop(f);

export const currentHopFocus = (): HopFocus | null => useStore.getState().hopFocus;

/** Calls `l` when the focused hop changes. */
export const subscribeHopFocus = (l: () => void): (() => void) =>
  useStore.subscribe((s, prev) => {
    if (s.hopFocus !== prev.hopFocus) l();
  });

export const useHopFocus = (): HopFocus | null => useStore((s) => s.hopFocus);
