// The app's one zustand store, composed of slices (zustand docs: slices-pattern). Each slice in
// src/ui/slices/ owns its state and the only actions that write it; components and modules call the
// actions below without hooks (zustand docs: practice-with-no-store-actions), tests reset the store
// with `useStore.setState(useStore.getInitialState(), true)` (actions are part of the initial state).
import { create } from 'zustand';
import type { ObjectRefView } from '../worker/clusterView.ts';
import type { AppState } from './slices/appState.ts';
import { editorSlice } from './slices/editorSlice.ts';
import { simulationSlice } from './slices/simulationSlice.ts';
import { viewSlice } from './slices/viewSlice.ts';
import { sessionSlice } from './slices/sessionSlice.ts';
import { countersSlice } from './slices/countersSlice.ts';
import { lessonPanelSlice } from './slices/lessonPanelSlice.ts';
import { classroomSlice } from './slices/classroomSlice.ts';
import { consoleSlice } from './slices/consoleSlice.ts';
import { DEFAULT_SEED } from './firstScenario.ts';

export type { AppState } from './slices/appState.ts';
export type { EditorSlice } from './slices/editorSlice.ts';
export type { SimulationSlice, TrafficAnswer } from './slices/simulationSlice.ts';
export type { HoverRef, Language, Theme, ViewSlice } from './slices/viewSlice.ts';
export type { EmbedSettings, PendingLink, SessionSlice, UndoPoint } from './slices/sessionSlice.ts';
export type { Counters } from './slices/countersSlice.ts';
export type { ProxyRules, SimBridge } from './slices/simBridge.ts';
export { connectSim, simBridge } from './slices/simBridge.ts';
export { STEP_SECONDS } from './slices/simulationSlice.ts';
export { DEFAULT_SEED };

export const useStore = create<AppState>()((...a) => ({
  ...editorSlice(...a),
  ...simulationSlice(...a),
  ...viewSlice(...a),
  ...sessionSlice(...a),
  ...countersSlice(...a),
  ...lessonPanelSlice(...a),
  ...classroomSlice(...a),
  ...consoleSlice(...a),
}));

// The actions, for callers outside React (the worker client, persistence, lessons) and handlers.
export const {
  bump,
  loadNow,
  setText,
  loadFinished,
  revealLine,
  workerRestarted,
  loadFailed,
  workerError,
  staleReplyDropped,
  applyEdit,
  editFinished,
  setSeed,
  setClients,
  trafficFinished,
  consoleSent,
  play,
  pause,
  autoPlay,
  setSpeed,
  advance,
  step,
  stepBack,
  resetTime,
  select,
  setRuleService,
  setHovered,
  setTheme,
  setLanguage,
  setBottomTab,
  startScenario,
  replaceScenario,
  undoReplace,
  dismissUndo,
  restoreSession,
  showNotice,
  dismissNotice,
  setLessonStep,
  setEmbed,
  setConflict,
  setPendingLink,
  setKeptCopy,
  offerUpdate,
} = useStore.getState();

/** Same object? (kind, namespace, name) */
export function sameRef(a: ObjectRefView | null | undefined, b: ObjectRefView | null | undefined): boolean {
  return !!a && !!b && a.kind === b.kind && a.name === b.name && (a.namespace ?? '') === (b.namespace ?? '');
}
