// What the page remembers between visits: the draft (text, seed, traffic clients; versioned,
// debounced, with a revision per tab, src/ui/share/draftStorage.ts) and the theme. Embeds never
// read or write storage: they show their link, and must not touch the embedding site's visitor's
// drafts. A save that fails (quota, disabled storage) or meets a newer draft from another tab is
// shown to the user, never dropped silently.
import { replaceScenario, setTheme, showNotice, useStore, type Theme } from './store.ts';
import { createDraftStore, DRAFT_KEY, parseDraft, type DraftStore, type StoredDraft } from './share/draftStorage.ts';
import { t } from './i18n/useT.ts';

export const THEME_KEY = 'ksp:theme:v1';
export const SAVE_DEBOUNCE_MS = 400;

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
  const r = draftStore().save(s.text, s.seed, s.clients);
  if (r.ok) {
    if (s.notice?.kind === 'error' && s.notice.text.startsWith('Your draft could not be saved'))
      useStore.setState({ notice: null });
    return;
  }
  if (r.reason === 'conflict') {
    if (r.theirs.text === s.text && r.theirs.seed === s.seed) {
      draftStore().adopt(r.theirs.rev);
      return;
    }
    useStore.setState({
      conflict: { text: r.theirs.text, seed: r.theirs.seed, clients: r.theirs.clients, rev: r.theirs.rev },
    });
    return;
  }
  showNotice('error', r.message);
}

/** The user settles a conflict: take the other tab's draft (with undo), or keep this tab's and save it. */
export function resolveConflict(choice: 'theirs' | 'mine'): void {
  const c = useStore.getState().conflict;
  if (!c) return;
  draftStore().adopt(c.rev);
  useStore.setState({ conflict: null });
  if (choice === 'theirs')
    replaceScenario(
      { text: c.text, seed: c.seed, ...(c.clients.length ? { clients: c.clients } : {}) },
      t('session.causeOtherTab'),
    );
  else saveDraftNow();
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
    useStore.setState({ conflict: { text: theirs.text, seed: theirs.seed, clients: theirs.clients, rev: theirs.rev } });
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
  return () => {
    if (timer !== null) window.clearTimeout(timer);
    unsubscribe();
    window.removeEventListener('storage', onStorage);
    window.removeEventListener('pagehide', onHide);
  };
}

export function applyTheme(theme: Theme): void {
  setTheme(theme);
  document.documentElement.dataset.theme = theme;
}
