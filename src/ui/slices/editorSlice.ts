// The editor's text and what the worker said about it: diagnostics, the last good view, banners.
import type { Diagnostic } from '../../core/diagnostics.ts';
import type { Mutation } from '../../worker/protocol.ts';
import type { ClusterView } from '../../worker/clusterView.ts';
import type { ApplyRecord } from '../../core/scenario/index.ts';
import { translate } from '../i18n/translate.ts';
import type { SliceOf } from './appState.ts';
import { simBridge } from './simBridge.ts';
import { sameValue } from './sameValue.ts';
import { restartedWith, trafficStartFor, type TrafficAnswer } from './simulationSlice.ts';

export interface EditorSlice {
  text: string;
  /** The text changed since the last reply from the worker. */
  dirty: boolean;
  diagnostics: Diagnostic[];
  /** The last view of a text without errors: kept (greyed) while the text is broken. */
  lastGoodView: ClusterView | null;
  /** The diagram shows lastGoodView, not the current text. */
  stale: boolean;
  /** A line the editor should reveal (Problems panel click); `nonce` re-triggers the same line. */
  reveal: { line: number; column: number; nonce: number } | null;
  /** Why the worker was restarted, when it was (shown as a banner). */
  workerNotice: string | null;
  /** What the last direct-manipulation edit did (or why it could not). */
  editMessage: string | null;
}

export interface EditorActions {
  /** Sends the current text to the worker now (initial load, seed change, worker restart). */
  loadNow(): void;
  setText(text: string): void;
  /**
   * The worker's answer for the latest text; `traffic`: the run it started over on it (the first
   * answer, computed up to `toTime`), set with the view at once. Without it a good load asks for traffic.
   */
  loadFinished(
    diagnostics: Diagnostic[],
    view: ClusterView | null,
    applied: ApplyRecord[],
    durationMs: number,
    traffic?: { answer: TrafficAnswer; toTime: number },
  ): void;
  revealLine(line: number, column?: number): void;
  workerRestarted(notice: string): void;
  /** The worker gave up on the current text (too slow, or crashed): show why, keep the last diagram. */
  loadFailed(diagnostic: Diagnostic): void;
  workerError(message: string): void;
  staleReplyDropped(): void;
  /** Direct manipulation: the worker rewrites the YAML text (comments kept) and we load it. */
  applyEdit(mutation: Mutation): void;
  editFinished(yaml: string, changed: boolean, message: string): void;
}

export const editorSlice: SliceOf<EditorSlice & EditorActions> = (set, get) => ({
  text: '',
  dirty: false,
  diagnostics: [],
  lastGoodView: null,
  stale: false,
  reveal: null,
  workerNotice: null,
  editMessage: null,

  loadNow() {
    const { text, seed, bump } = get();
    bump('loadsSent');
    simBridge()?.load(text, seed, () => trafficStartFor(get()));
  },

  /**
   * Every keystroke: remember the text and send it at once. No debounce: the sim client keeps one load
   * in the worker and replaces the waiting one with the newest text (simClient.ts), so fast typing
   * never queues loads, and a pause shows its diagram a load later, not a timer later (a 40 ms
   * debounce was 40 % of the seed example's edit → diagram time in `npm run bench`).
   */
  setText(text) {
    if (text === get().text) return;
    set({ text, dirty: true });
    get().loadNow();
  },

  loadFinished(diagnostics, view, applied, durationMs, traffic) {
    const hasErrors = diagnostics.some((d) => d.severity === 'error');
    const good = view !== null && !hasErrors;
    if (good && traffic) get().bump('trafficResults');
    set((s) => ({
      // One update, so the new diagram shows with its packets rather than without them for a round trip.
      ...(good && traffic ? restartedWith(s, traffic.answer, traffic.toTime) : {}),
      dirty: false,
      // The same findings keep their identity: Monaco's markers are set again only when they change.
      diagnostics: sameValue(s.diagnostics, diagnostics),
      applied,
      view: good ? view : (s.lastGoodView ?? view),
      lastGoodView: good ? view : s.lastGoodView,
      stale: !good && s.lastGoodView !== null,
      workerNotice: null,
      counters: { ...s.counters, loadsApplied: s.counters.loadsApplied + 1, lastLoadMs: durationMs },
    }));
    if (good && !traffic) get().requestTraffic(true);
  },

  revealLine: (line, column = 1) => set((s) => ({ reveal: { line, column, nonce: (s.reveal?.nonce ?? 0) + 1 } })),

  workerRestarted(notice) {
    get().bump('workerRestarts');
    set({ workerNotice: notice });
  },

  loadFailed: (diagnostic) =>
    set((s) => ({ dirty: false, diagnostics: [diagnostic], stale: s.lastGoodView !== null, view: s.lastGoodView })),

  workerError: (message) => set({ workerNotice: message }),

  staleReplyDropped: () => get().bump('staleRepliesDropped'),

  applyEdit(mutation) {
    const s = get();
    if (s.embed && !s.embed.editable) {
      set({ editMessage: translate(s.language, 'session.embedReadOnly') });
      return;
    }
    simBridge()?.edit(s.text, mutation);
  },

  editFinished(yaml, changed, message) {
    set({ editMessage: message });
    if (!changed) return;
    get().bump('editsApplied');
    get().setText(yaml);
  },
});
