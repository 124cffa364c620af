// One console session: the transcript, the history and the line being typed, kept outside React
// so switching tabs does not lose them. It talks to the worker only through the bridge (the
// worker protocol's `kubectl` and `complete` messages); a command that changes the cluster
// returns the new scenario YAML, which goes into the editor through the store (the diagram follows).
// `kubectl run -it` / `kubectl exec -it … -- sh` return a pod shell session: lines then go to the
// worker's `podShell` (the core's runInPodShell) with the prompt `/ # ` until the shell exits.
import type { CommandEffect, PodShellSession } from '../../core/kubectl/index.ts';
import { wordNoteLines, wordNotes, type KubectlNote } from '../../core/kubectl/playgroundNotes.ts';
import type { ConsoleRecord } from '../../core/lessons/index.ts';
import {
  emptyHistory,
  historyDown,
  historyUp,
  parseStoredHistory,
  pushHistory,
  type HistoryRing,
} from './historyRing.ts';
import { EMPTY_SCREEN, PROMPT, type ConsoleEntryKind, type ConsoleSnapshot } from '../slices/consoleSlice.ts';
import { nextCompletion, startCompletion, type CompletionCycle } from './completion.ts';
import { formatHistory, interpretLine } from './interpretLine.ts';
import { consoleLineEnglish, type ConsoleLine } from './consoleLines.ts';

export interface ConsoleBackend {
  kubectl(
    argv: string[],
    yaml?: string,
    seed?: number,
    line?: string,
  ): Promise<{
    stdout: string;
    stderr: string;
    exitCode: number;
    yaml?: string;
    session?: PodShellSession;
    effects?: CommandEffect[];
    notes?: KubectlNote[];
  }>;
  complete(line: string, yaml?: string, seed?: number): Promise<string[]>;
  podShell(
    yaml: string,
    seed: number,
    session: PodShellSession,
    line: string,
  ): Promise<{
    stdout: string;
    stderr: string;
    exitCode: number;
    closed: boolean;
    session: PodShellSession;
    effects?: CommandEffect[];
    notes?: KubectlNote[];
  }>;
}

export interface ConsoleDeps {
  /** The connected worker bridge, or null before it exists. */
  backend(): Partial<ConsoleBackend> | null;
  /** The editor's current text and seed: commands run against what the user sees. */
  scenario(): { text: string; seed: number };
  /** Puts a mutated scenario into the editor (the store's setText). */
  setText(yaml: string): void;
  /**
   * Why the scenario must not change (a read-only embed), in the page's language, or null. A
   * command that would change it then changes nothing and prints only this (not "scaled").
   */
  readOnly?(): string | null;
  storage: Pick<Storage, 'getItem' | 'setItem'> | null;
  /** What a command did (requests with their answers): the page shows its requests as traffic. */
  didEffects?(effects: readonly CommandEffect[]): void;
  /** Where the screen is kept (default: the session's own). */
  screen?: ScreenStore;
  /** The playground's own lines (a command it does not simulate…) in the page's language (default: the English kubectl printed). */
  words?(note: KubectlNote): string;
  /** The console's own lines (consoleLines.ts) in the page's language (default: their English). */
  say?(line: ConsoleLine): string;
}

export type { ConsoleEntryKind as EntryKind, ConsoleEntry as Entry } from '../slices/consoleSlice.ts';
export type { ConsoleSnapshot } from '../slices/consoleSlice.ts';

export const HISTORY_KEY = 'ksp.console.history';
/** Scrollback kept, in entries (a long session must not grow the page without bound). */
export const SCROLLBACK = 500;
export { PROMPT, EMPTY_SCREEN };
/** Commands remembered for lesson Checks (this page only), oldest dropped first. */
export const RECORDS = 200;

/** Where the console's screen lives: the app store's console slice (src/ui/slices/consoleSlice.ts), or a holder of its own (tests). */
export interface ScreenStore {
  get(): ConsoleSnapshot;
  set(next: ConsoleSnapshot): void;
  subscribe(listener: () => void): () => void;
}

function ownScreen(): ScreenStore {
  const listeners = new Set<() => void>();
  let screen = EMPTY_SCREEN;
  return {
    get: () => screen,
    set(next) {
      screen = next;
      for (const l of listeners) l();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

export interface ConsoleSession {
  subscribe(listener: () => void): () => void;
  snapshot(): ConsoleSnapshot;
  setLine(line: string): void;
  run(): Promise<void>;
  up(): void;
  down(): void;
  /** Tab (shift: backwards through a cycle). Resolves when the line is updated. */
  complete(backwards?: boolean): Promise<void>;
  clear(): void;
  /** Ctrl+C: the line is abandoned, as bash shows it. */
  cancel(): void;
  /** Ctrl+D on an empty line: ends a pod shell (EOF), as in a real terminal. */
  eof(): Promise<void>;
  /** The commands run this session with what they printed and did (the core's effects), oldest first. */
  records(): readonly ConsoleRecord[];
}

export function createConsoleSession(deps: ConsoleDeps): ConsoleSession {
  const screen = deps.screen ?? ownScreen();
  let history: HistoryRing = emptyHistory(parseStoredHistory(safeGet(deps.storage, HISTORY_KEY)));
  let cycle: CompletionCycle | null = null;
  let nextId = 1;
  let shell: PodShellSession | null = null;
  let records: ConsoleRecord[] = [];
  /** One of the console's own lines, as it prints on stderr. */
  const said = (line: ConsoleLine): string => `ksp: ${deps.say?.(line) ?? consoleLineEnglish(line)}\n`;
  const remember = (line: string, r: { stdout: string; stderr: string; effects?: CommandEffect[] }): void => {
    if (!r.effects || r.effects.length === 0) return;
    deps.didEffects?.(r.effects);
    records = [...records, { line, output: r.stdout + r.stderr, effects: r.effects }].slice(-RECORDS);
  };
  const enterShell = (next: PodShellSession | null): void => {
    shell = next;
    set({ prompt: next ? next.prompt : PROMPT, shellPod: next ? next.pod : null });
  };
  /** One line in the pod shell: the output is the TTY's single stream. */
  const runInShell = async (current: PodShellSession, line: string, echo: string): Promise<void> => {
    add({ kind: 'prompt', text: `${current.prompt}${echo}\n` });
    const backend = deps.backend();
    if (!backend?.podShell) return add({ kind: 'stderr', text: said({ key: 'notConnected' }) });
    const { text, seed } = deps.scenario();
    set({ busy: true });
    try {
      const r = await backend.podShell(text, seed, current, line);
      remember(`${current.prompt}${line}`, r);
      const word = (text: string): string => (deps.words ? wordNoteLines(text, r.notes, deps.words) : text);
      add({ kind: 'stdout', text: word(r.stdout) }, { kind: 'stderr', text: word(r.stderr) });
      enterShell(r.closed ? null : r.session);
    } catch (err) {
      add({ kind: 'stderr', text: `ksp: ${err instanceof Error ? err.message : String(err)}\n` });
    } finally {
      set({ busy: false });
    }
  };

  const set = (patch: Partial<ConsoleSnapshot>): void => {
    screen.set({ ...screen.get(), ...patch });
  };
  const add = (...items: { kind: ConsoleEntryKind; text: string }[]): void => {
    const fresh = items.filter((i) => i.text !== '').map((i) => ({ id: nextId++, ...i }));
    set({ entries: [...screen.get().entries, ...fresh].slice(-SCROLLBACK) });
  };

  return {
    subscribe: (listener) => screen.subscribe(listener),
    snapshot: () => screen.get(),
    setLine(line) {
      set({ line });
    },
    async run() {
      if (screen.get().busy) return;
      const line = screen.get().line;
      cycle = null;
      history = pushHistory(history, line);
      safeSet(deps.storage, HISTORY_KEY, JSON.stringify(history.entries));
      set({ line: '' });
      if (shell) {
        // busybox has `clear` too; everything else is the pod's business.
        if (line.trim() === 'clear') return set({ entries: [] });
        return runInShell(shell, line, line);
      }
      const action = interpretLine(line);
      if (action.kind === 'clear') return set({ entries: [] });
      add({ kind: 'prompt', text: `${PROMPT}${line}\n` });
      if (action.kind === 'empty') return;
      if (action.kind === 'history') return add({ kind: 'stdout', text: formatHistory(history.entries) });
      if (action.kind === 'error') return add({ kind: 'stderr', text: said(action.line) });
      const backend = deps.backend();
      if (!backend?.kubectl) return add({ kind: 'stderr', text: said({ key: 'notConnected' }) });
      const { text, seed } = deps.scenario();
      set({ busy: true });
      try {
        const r = await backend.kubectl([], text, seed, action.line);
        const refused = r.yaml !== undefined ? (deps.readOnly?.() ?? null) : null;
        if (refused !== null) return add({ kind: 'stderr', text: `ksp: ${refused}\n` });
        remember(`${PROMPT}${action.line}`, r);
        add(
          { kind: 'stdout', text: r.stdout },
          { kind: 'stderr', text: deps.words ? wordNotes(r, deps.words) : r.stderr },
        );
        if (r.session) enterShell(r.session);
        // Only when nobody edited meanwhile: the user's newer keystrokes win over the command's text.
        if (r.yaml !== undefined) {
          if (deps.scenario().text === text) deps.setText(r.yaml);
          else add({ kind: 'stderr', text: said({ key: 'editorChanged' }) });
        }
      } catch (err) {
        add({ kind: 'stderr', text: `ksp: ${err instanceof Error ? err.message : String(err)}\n` });
      } finally {
        set({ busy: false });
      }
    },
    up() {
      cycle = null;
      const r = historyUp(history, screen.get().line);
      history = r.ring;
      set({ line: r.line });
    },
    down() {
      cycle = null;
      const r = historyDown(history, screen.get().line);
      history = r.ring;
      set({ line: r.line });
    },
    async complete(backwards = false) {
      if (shell) return; // busybox sh completes file names; the pod has none worth completing
      const line = screen.get().line;
      const again = cycle ? nextCompletion(cycle, line, backwards) : null;
      if (again) {
        cycle = again.cycle;
        return set({ line: again.line });
      }
      const backend = deps.backend();
      if (!backend?.complete) return;
      const { text, seed } = deps.scenario();
      const candidates = await backend.complete(line, text, seed);
      if (screen.get().line !== line) return; // typed on meanwhile: the answer is for an older line
      const step = startCompletion(line, candidates);
      cycle = step.cycle;
      if (step.list)
        add({ kind: 'prompt', text: `${PROMPT}${line}\n` }, { kind: 'info', text: `${step.list.join('  ')}\n` });
      set({ line: step.line });
    },
    clear() {
      set({ entries: [] });
    },
    cancel() {
      cycle = null;
      add({ kind: 'prompt', text: `${screen.get().prompt}${screen.get().line}^C\n` });
      set({ line: '' });
    },
    records: () => records,
    async eof() {
      if (!shell || screen.get().busy || screen.get().line !== '') return;
      cycle = null;
      await runInShell(shell, 'exit', '');
    },
  };
}

// sessionStorage can throw (disabled storage, quota): the history is then kept for the page only.
function safeGet(storage: ConsoleDeps['storage'], key: string): string | null {
  try {
    return storage?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

function safeSet(storage: ConsoleDeps['storage'], key: string, value: string): void {
  try {
    storage?.setItem(key, value);
  } catch {
    // Not persisted; the in-memory history still works.
  }
}
