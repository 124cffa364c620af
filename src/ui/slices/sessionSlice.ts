// The page's session: how it was opened (embed, link, draft), the lesson position links carry,
// and the decisions waiting for the user (undo, a conflicting tab, a link over a draft). Replacing
// the whole scenario always keeps an undo point, so no load ever loses work without a way back.
import type { ClientDecl } from '../../worker/protocol.ts';
import type { OpenedScenario } from '../share/shareState.ts';
import { translate } from '../i18n/translate.ts';
import type { SliceOf } from './appState.ts';
import type { Theme } from './viewSlice.ts';
import type { Language } from '../../text/language.ts';

/** How the page was opened: the full playground, or an embed (`?embed`, src/ui/share/embedParams.ts). */
export interface EmbedSettings {
  /** false: the read-only widget (`?embed`); true: `?embed=edit`. */
  editable: boolean;
  showEditor: boolean;
  autoplay: boolean;
  /** Start step and theme from the embed's query: they win over the link's own. */
  step: number | null;
  theme: Theme | null;
  /** `lang=`: the widget's language; null: the reader's browser's. */
  language: Language | null;
  /** The one origin allowed to configure the embed by postMessage. */
  messageOrigin: string | null;
}

/** Text the user had before a share link, a file or another tab's draft replaced it. */
export interface UndoPoint {
  text: string;
  seed: number;
  /** What replaced it (`the shared scenario`), for the Undo banner. */
  cause: string;
}

/** A decoded share link waiting for the user's choice: exactly what opening it would apply. */
export type PendingLink = OpenedScenario;
/** Another tab's newer, different draft. */
export type Conflict = { text: string; seed: number; clients: ClientDecl[] | null; rev: number };
/** Work a tab kept aside during a conflict. */
export type KeptCopy = { tab: string; text: string; seed: number; clients: ClientDecl[] | null; at: number };

export interface SessionSlice {
  /** null in the full playground. */
  embed: EmbedSettings | null;
  /** The lesson and step shown (set by the lessons UI; carried by share links). */
  lesson: string | null;
  lessonStep: number;
  undo: UndoPoint | null;
  /** A message about saving or opening (quota full, damaged link…), shown until dismissed. */
  notice: { kind: 'error' | 'info'; text: string } | null;
  /** Another tab saved a newer, different draft: the user chooses (src/ui/persistence.ts). */
  conflict: Conflict | null;
  /** A share link whose scenario differs from the draft, waiting for the user's choice. */
  pendingLink: PendingLink | null;
  /** Work a tab kept aside during a conflict and never settled, offered at start-up (src/ui/persistence.ts). */
  keptCopy: KeptCopy | null;
  /** A new version of the app is installed and waits for a reload (src/ui/share/serviceWorkerClient.ts). */
  updateAvailable: boolean;
}

export interface SessionActions {
  /** The scenario the page starts with (a draft or the default), before the worker is connected: no undo, no load. */
  startScenario(next: { text: string; seed?: number; clients?: ClientDecl[] | null }): void;
  /** Replaces the scenario (a share link, an opened file, another tab's draft), keeping what was there as the undo point. */
  replaceScenario(next: { text: string; seed?: number; clients?: ClientDecl[] | null }, cause: string): void;
  /** Puts back the text the last replaceScenario removed (the current one becomes the new undo). */
  undoReplace(): void;
  dismissUndo(): void;
  /** What the last session left: its undo point and a kept copy to offer (src/ui/persistence.ts). */
  restoreSession(found: { undo: UndoPoint | null; keptCopy: KeptCopy | null }): void;
  showNotice(kind: 'error' | 'info', text: string): void;
  dismissNotice(): void;
  setLessonStep(lesson: string | null, lessonStep: number): void;
  setEmbed(embed: EmbedSettings | null): void;
  setConflict(conflict: Conflict | null): void;
  setPendingLink(link: PendingLink | null): void;
  setKeptCopy(kept: KeptCopy | null): void;
  offerUpdate(): void;
}

export const sessionSlice: SliceOf<SessionSlice & SessionActions> = (set, get) => ({
  embed: null,
  lesson: null,
  lessonStep: 0,
  undo: null,
  notice: null,
  conflict: null,
  pendingLink: null,
  keptCopy: null,
  updateAvailable: false,

  startScenario: (next) =>
    set((s) => ({
      text: next.text,
      seed: next.seed ?? s.seed,
      ...(next.clients !== undefined ? { clients: next.clients } : {}),
    })),

  replaceScenario(next, cause) {
    const s = get();
    const undo: UndoPoint | null =
      s.text === next.text && (next.seed ?? s.seed) === s.seed ? s.undo : { text: s.text, seed: s.seed, cause };
    set({
      text: next.text,
      seed: next.seed ?? s.seed,
      undo,
      selection: null,
      hovered: null,
      ...(next.clients !== undefined ? { clients: next.clients } : {}),
    });
    get().loadNow();
  },

  undoReplace() {
    const s = get();
    if (!s.undo) return;
    set({
      text: s.undo.text,
      seed: s.undo.seed,
      undo: null,
      selection: null,
      hovered: null,
      notice: { kind: 'info', text: translate(s.language, 'session.undone') },
    });
    get().loadNow();
  },

  dismissUndo: () => set({ undo: null }),
  restoreSession: ({ undo, keptCopy }) => set({ ...(undo ? { undo } : {}), ...(keptCopy ? { keptCopy } : {}) }),
  showNotice: (kind, text) => set({ notice: { kind, text } }),
  dismissNotice: () => set({ notice: null }),
  setLessonStep: (lesson, lessonStep) => set({ lesson, lessonStep: Math.max(0, Math.floor(lessonStep)) }),
  setEmbed: (embed) => set({ embed }),
  setConflict: (conflict) => set({ conflict }),
  setPendingLink: (pendingLink) => set({ pendingLink }),
  setKeptCopy: (keptCopy) => set({ keptCopy }),
  offerUpdate: () => set({ updateAvailable: true }),
});
