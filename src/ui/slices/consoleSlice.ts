// The kubectl console's screen (scrollback, the line being typed, the prompt). The session that
// writes it is src/ui/console/consoleSession.ts (loaded after the first diagram); the app's session
// keeps its screen here, so the console's view state is in the one store like the rest of the page.
import type { SliceOf } from './appState.ts';

export type ConsoleEntryKind = 'prompt' | 'stdout' | 'stderr' | 'info';
export interface ConsoleEntry {
  id: number;
  kind: ConsoleEntryKind;
  text: string;
}

export interface ConsoleSnapshot {
  entries: readonly ConsoleEntry[];
  line: string;
  busy: boolean;
  /** The prompt shown before the line: `$ `, or the pod shell's `/ # `. */
  prompt: string;
  /** `ns/name` of the pod whose shell the console is in, or null. */
  shellPod: string | null;
}

export const PROMPT = '$ ';
/** An empty console: no scrollback, the shell prompt. */
export const EMPTY_SCREEN: ConsoleSnapshot = { entries: [], line: '', busy: false, prompt: PROMPT, shellPod: null };

export interface ConsoleSlice {
  consoleScreen: ConsoleSnapshot;
  setConsoleScreen(next: ConsoleSnapshot): void;
}

export const consoleSlice: SliceOf<ConsoleSlice> = (set) => ({
  consoleScreen: EMPTY_SCREEN,
  setConsoleScreen: (consoleScreen) => set({ consoleScreen }),
});
