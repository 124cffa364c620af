// Counters the e2e tests read through window.__ksp (src/ui/testHook.ts); never used for app logic.
import type { SliceOf } from './appState.ts';

export interface Counters {
  loadsSent: number;
  loadsApplied: number;
  staleRepliesDropped: number;
  workerRestarts: number;
  trafficResults: number;
  editsApplied: number;
  lastLoadMs: number;
  /** monaco-yaml requests that threw in its worker and were answered with nothing (editor/monacoSetup.ts). */
  yamlRequestsRefused: number;
}

export interface CountersSlice {
  counters: Counters;
  bump(key: keyof Counters, by?: number): void;
}

export const countersSlice: SliceOf<CountersSlice> = (set) => ({
  counters: {
    loadsSent: 0,
    loadsApplied: 0,
    staleRepliesDropped: 0,
    workerRestarts: 0,
    trafficResults: 0,
    editsApplied: 0,
    lastLoadMs: 0,
    yamlRequestsRefused: 0,
  },
  bump: (key, by = 1) => set((s) => ({ counters: { ...s.counters, [key]: s.counters[key] + by } })),
});
