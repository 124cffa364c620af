// The lesson panel's per-step state: the Check verdict, hints shown, a predict step's choices, the
// pending "replace the editor text?" question and its undo point. WHICH lesson and step is open is
// the session slice's (`lesson` / `lessonStep`); the panel's actions are in src/ui/lessons/lessonStore.ts.
import type { FilledTemplate } from '../../core/lessons/index.ts';
import type { GoalVerdict } from '../../worker/protocol.ts';
import type { MessageKey } from '../i18n/en.ts';
import type { SliceOf } from './appState.ts';

/** What the Check shows: the core's verdict (code + parameters), or a note of the page's own. */
export type CheckResult =
  | { passed: boolean; code: GoalVerdict['code']; params: GoalVerdict['params']; note?: undefined }
  | { passed: false; note: MessageKey; code?: undefined; params?: undefined };

export type ReplaceCause = 'lesson' | 'solution' | 'reset';

export interface LessonState {
  hintShown: boolean;
  checking: boolean;
  result: CheckResult | null;
  choices: string[] | null;
  /** The pods ticked on a predict step. */
  answer: string[];
  /** The open lesson's texts with placeholders filled on the current scenario, by template. */
  filled: Record<string, FilledTemplate>;
  /** Waiting for the learner: replace the editor text with `text`? */
  confirm: { cause: ReplaceCause; lessonId: string; step: number; text: string; title: string } | null;
  /** The text a replacement removed, until the learner undoes or dismisses it. */
  undo: { text: string; cause: ReplaceCause } | null;
}

export const INITIAL_LESSON_PANEL: LessonState = {
  hintShown: false,
  checking: false,
  result: null,
  choices: null,
  answer: [],
  filled: {},
  confirm: null,
  undo: null,
};

export interface LessonPanelSlice {
  lessonPanel: LessonState;
  /** The panel's one write: lessonStore.ts decides what, this merges it. */
  patchLessonPanel(patch: Partial<LessonState> | ((panel: LessonState) => Partial<LessonState>)): void;
}

export const lessonPanelSlice: SliceOf<LessonPanelSlice> = (set) => ({
  lessonPanel: INITIAL_LESSON_PANEL,
  patchLessonPanel: (patch) =>
    set((s) => ({
      lessonPanel: { ...s.lessonPanel, ...(typeof patch === 'function' ? patch(s.lessonPanel) : patch) },
    })),
});
