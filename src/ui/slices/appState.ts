// The app store's shape: one zustand store made of slices (zustand docs, "Slices pattern"). Each
// slice file owns its part of the state and the only actions that write it; the store (src/ui/store.ts)
// composes them. Types only: the slices import this, it imports nothing at run time.
import type { StateCreator } from 'zustand';
import type { EditorActions, EditorSlice } from './editorSlice.ts';
import type { SimulationActions, SimulationSlice } from './simulationSlice.ts';
import type { ViewActions, ViewSlice } from './viewSlice.ts';
import type { SessionActions, SessionSlice } from './sessionSlice.ts';
import type { CountersSlice } from './countersSlice.ts';
import type { LessonPanelSlice } from './lessonPanelSlice.ts';
import type { ClassroomSlice } from './classroomSlice.ts';
import type { ConsoleSlice } from './consoleSlice.ts';

export type AppState = EditorSlice &
  EditorActions &
  SimulationSlice &
  SimulationActions &
  ViewSlice &
  ViewActions &
  SessionSlice &
  SessionActions &
  CountersSlice &
  LessonPanelSlice &
  ClassroomSlice &
  ConsoleSlice;

/** A slice: its state and actions, built from the store's set/get. */
export type SliceOf<T> = StateCreator<AppState, [], [], T>;
