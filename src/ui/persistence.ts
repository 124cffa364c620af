// What the page remembers between visits: the draft (text, seed, traffic clients; versioned,
// debounced, with a revision per tab, src/ui/share/draftStorage.ts) and the theme. Embeds never
// read or write storage: they show their link, and must not touch the embedding site's visitor's
// drafts. A save that fails (quota, disabled storage) or meets a newer draft from another tab is
// shown to the user, never dropped silently: a tab in conflict saves its work as a kept copy
// (offered at the next start) and warns before it is closed; a damaged draft is repaired or kept
// aside (draftStorage.ts); the Undo point of the last replacement (a share link over a draft)
// is stored too, so it survives a reload.
import {
  dismissNotice,
  replaceScenario,
  restoreSession,
  setConflict,
  setKeptCopy,
  setTheme,
  showNotice,
  useStore,
  type Theme,
  type UndoPoint,
} from './store.ts';
import {
  createDraftStore,
  DRAFT_KEY,
  parseDraft,
  storageProblem,
  type DraftProblem,
  type DraftStore,
  type StoredDraft,
} from './share/draftStorage.ts';
import { t } from './i18n/useT.ts';

export const THEME_KEY = 'ksp:theme:v1';
export const SAVE_DEBOUNCE_MS = 400;
/** The Undo point ({text, seed, cause}) of the last scenario replacement. */
export const UNDO_KEY = 'ksp:undo:v1';

function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null; // disabled storage (privacy mode) must not break the page
  }
}

function newTabId(): string {
  return typeof crypto !== 'undefined' && 'randomUUID' in crypto
    ? crypto.randomUUID()
    : `tab-${performance.now()}-${Math.random()}`;
}

let drafts: DraftStore | null = null;
function draftStore(): DraftStore {
  drafts ??= createDraftStore(storage(), newTabId());
  return drafts;
}

/** The saved draft, and this tab now builds on its revision. */
export function readDraft(): StoredDraft | null {
  const d = draftStore().read();
  if (d) draftStore().adopt(d.rev);
  return d;
}

/**
 * Start-up: the saved draft (repaired if a field was damaged, and then said so), the Undo point
 * a reload must not lose, and work another tab kept aside during a conflict.
 */
export function loadSession(): StoredDraft | null {
  const store = draftStore();
  const loaded = store.load();
  if (loaded.draft) store.adopt(loaded.draft.rev);
  if (loaded.damaged && loaded.keptAside === null) showNotice('error', t('session.draftDamagedNotKept'));
  else if (loaded.keptAside !== null)
    showNotice(
      'info',
      loaded.draft
        ? t('session.draftRepaired', { fields: loaded.repaired.join(', '), key: loaded.keptAside })
        : t('session.draftDamaged', { key: loaded.keptAside }),
    );
  const undo = readUndo();
  const kept = store.keptCopies()[0] ?? null;
  restoreSession({ undo, keptCopy: kept });
  return loaded.draft;
}

function readUndo(): UndoPoint | null {
  try {
    const o: unknown = JSON.parse(storage()?.getItem(UNDO_KEY) ?? 'null');
    if (!o || typeof o !== 'object') return null;
    const u = o as Record<string, unknown>;
    if (typeof u.text !== 'string' || typeof u.cause !== 'string') return null;
    if (typeof u.seed !== 'number' || !Number.isSafeInteger(u.seed) || u.seed < 0) return null;
    return { text: u.text, seed: u.seed, cause: u.cause };
  } catch {
    return null;
  }
}

function writeUndo(undo: UndoPoint | null): void {
  try {
    if (undo) storage()?.setItem(UNDO_KEY, JSON.stringify(undo));
    else storage()?.removeItem(UNDO_KEY);
  } catch (err) {
    showDraftProblem(storageProblem(err));
  }
}

/** The user's answer to the kept copy offered at start-up. */
export function settleKeptCopy(choice: 'open' | 'discard'): void {
  const kept = useStore.getState().keptCopy;
  if (!kept) return;
  setKeptCopy(null);
  if (choice === 'open')
    replaceScenario({ text: kept.text, seed: kept.seed, clients: kept.clients }, t('session.causeKept'));
  draftStore().forgetKept(kept.tab);
}

/** Whether leaving now would lose work: a conflict not settled (the work is only a kept copy) or a failed save. */
function hasUnsavedWork(): boolean {
  const s = useStore.getState();
  if (s.embed) return false;
  return (s.conflict !== null && s.conflict.text !== s.text) || saveFailed;
}

/** During a conflict the shared draft is not written: this tab's work goes to its kept copy. */
function keepOwnCopy(): void {
  const s = useStore.getState();
  const r = draftStore().keep(s.text, s.seed, s.clients, Date.now());
  saveFailed = !r.ok;
  if (!r.ok) showDraftProblem(r.problem);
}

/** The last notice a failed save showed (a later save that works takes it away). */
let draftNotice: string | null = null;

/** Why the draft was not saved, in the page's language. */
function showDraftProblem(p: DraftProblem): void {
  draftNotice =
    p.code === 'tooLarge'
      ? t('session.draftTooLarge', { bytes: p.bytes, max: p.max })
      : t(p.code === 'quota' ? 'session.draftQuota' : 'session.draftDenied');
  showNotice('error', draftNotice);
}

let saveFailed = false;

export function readTheme(): Theme {
  try {
    const v = storage()?.getItem(THEME_KEY);
    if (v === 'dark' || v === 'light') return v;
  } catch {
    // unreadable storage: fall back to the system preference
  }
  return window.matchMedia?.('(prefers-color-scheme: light)').matches ? 'light' : 'dark';
}

/** Saves the current draft now; a conflict or a storage error goes to the store for the user. */
export function saveDraftNow(): void {
  const s = useStore.getState();
  if (s.embed) return;
  if (s.conflict) return keepOwnCopy();
  const r = draftStore().save(s.text, s.seed, s.clients);
  saveFailed = !r.ok && r.reason === 'storage';
  if (r.ok) {
    if (s.notice?.kind === 'error' && s.notice.text === draftNotice) dismissNotice();
    return;
  }
  if (r.reason === 'conflict') {
    if (r.theirs.text === s.text && r.theirs.seed === s.seed) {
      draftStore().adopt(r.theirs.rev);
      return;
    }
    setConflict({ text: r.theirs.text, seed: r.theirs.seed, clients: r.theirs.clients, rev: r.theirs.rev });
    keepOwnCopy();
    return;
  }
  showDraftProblem(r.problem);
}

/** The user settles a conflict: take the other tab's draft (with undo), or keep this tab's and save it. */
export function resolveConflict(choice: 'theirs' | 'mine'): void {
  const c = useStore.getState().conflict;
  if (!c) return;
  const store = draftStore();
  store.adopt(c.rev);
  setConflict(null);
  if (choice === 'theirs')
    replaceScenario({ text: c.text, seed: c.seed, clients: c.clients }, t('session.causeOtherTab'));
  else saveDraftNow();
  // This tab's work is now the shared draft, or the Undo point (stored): the kept copy is done.
  if (!saveFailed) store.forgetKept(store.tab);
}

/** Saves the draft (debounced) and the theme whenever they change, and watches other tabs. */
export function startAutosave(): () => void {
  if (useStore.getState().embed) return () => undefined;
  let timer: number | null = null;
  const unsubscribe = useStore.subscribe((s, prev) => {
    if (s.text !== prev.text || s.seed !== prev.seed || s.clients !== prev.clients) {
      if (timer !== null) window.clearTimeout(timer);
      timer = window.setTimeout(() => {
        timer = null;
        saveDraftNow();
      }, SAVE_DEBOUNCE_MS);
    }
    if (s.undo !== prev.undo) writeUndo(s.undo);
    if (s.theme !== prev.theme) {
      try {
        storage()?.setItem(THEME_KEY, s.theme);
      } catch {
        // the theme is a nicety; the draft's save reports storage problems
      }
    }
  });
  // Another tab saved: if it is not what this tab shows, the user decides (storage event).
  const onStorage = (e: StorageEvent): void => {
    if (e.key !== DRAFT_KEY) return;
    const theirs = parseDraft(e.newValue);
    const store = draftStore();
    if (!theirs || theirs.tab === store.tab || theirs.rev <= store.baseRev) return;
    const s = useStore.getState();
    if (theirs.text === s.text && theirs.seed === s.seed) {
      store.adopt(theirs.rev);
      return;
    }
    setConflict({ text: theirs.text, seed: theirs.seed, clients: theirs.clients, rev: theirs.rev });
    keepOwnCopy();
  };
  // Closing a tab whose work is not in the shared draft asks first (the browser's own dialog).
  const onBeforeUnload = (e: BeforeUnloadEvent): void => {
    if (!hasUnsavedWork()) return;
    e.preventDefault();
    e.returnValue = '';
  };
  // Leaving the page flushes a pending save (no keystroke lost to the debounce).
  const onHide = (): void => {
    if (timer === null) return;
    window.clearTimeout(timer);
    timer = null;
    saveDraftNow();
  };
  window.addEventListener('storage', onStorage);
  window.addEventListener('pagehide', onHide);
  window.addEventListener('beforeunload', onBeforeUnload);
  return () => {
    if (timer !== null) window.clearTimeout(timer);
    unsubscribe();
    window.removeEventListener('storage', onStorage);
    window.removeEventListener('pagehide', onHide);
    window.removeEventListener('beforeunload', onBeforeUnload);
  };
}

export function applyTheme(theme: Theme): void {
  setTheme(theme);
  document.documentElement.dataset.theme = theme;
}
