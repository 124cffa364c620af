// The autosaved draft in localStorage: a versioned record with a revision counter and the id of
// the tab that wrote it, so two tabs never overwrite each other silently: a tab saves only over
// the revision it last saw (its own or one it adopted); a newer revision from another tab is a
// conflict the user settles. Storage errors (quota, disabled storage) come back as messages.
import type { ClientSpec } from '../../worker/protocol.ts';
import { scenarioBytesOver, scenarioSizeMessage } from '../../worker/protocol.ts';

export const DRAFT_KEY = 'ksp:draft:v2';
/** The round-1 format ({text, seed}); read once and migrated. */
export const LEGACY_DRAFT_KEY = 'ksp:draft:v1';

export interface StoredDraft {
  v: 2;
  text: string;
  seed: number;
  clients: ClientSpec[];
  rev: number;
  tab: string;
}

/** The part of the Storage API we use (a fake in tests). */
export interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

export type SaveResult =
  | { ok: true; rev: number }
  | { ok: false; reason: 'conflict'; theirs: StoredDraft }
  | { ok: false; reason: 'storage'; message: string };

const isSeed = (n: unknown): n is number => typeof n === 'number' && Number.isSafeInteger(n) && n >= 0;

function isClient(c: unknown): c is ClientSpec {
  if (!c || typeof c !== 'object') return false;
  const o = c as Record<string, unknown>;
  return (
    typeof o.id === 'string' &&
    typeof o.from === 'string' &&
    typeof o.to === 'string' &&
    typeof o.rate === 'number' &&
    Number.isFinite(o.rate) &&
    (o.sourceIP === undefined || typeof o.sourceIP === 'string') &&
    (o.protocol === undefined || o.protocol === 'TCP' || o.protocol === 'UDP')
  );
}

/** A stored value, or null when it is missing, foreign or broken (never trusted blindly). */
export function parseDraft(raw: string | null): StoredDraft | null {
  if (!raw) return null;
  let v: unknown;
  try {
    v = JSON.parse(raw);
  } catch {
    return null;
  }
  if (!v || typeof v !== 'object') return null;
  const o = v as Record<string, unknown>;
  if (o.v !== 2 || typeof o.text !== 'string' || !isSeed(o.seed) || !isSeed(o.rev) || typeof o.tab !== 'string')
    return null;
  const clients = Array.isArray(o.clients) ? o.clients.filter(isClient).slice(0, 50) : [];
  return { v: 2, text: o.text, seed: o.seed, clients, rev: o.rev, tab: o.tab };
}

function parseLegacy(raw: string | null): StoredDraft | null {
  try {
    const o = raw ? (JSON.parse(raw) as Record<string, unknown>) : null;
    if (!o || typeof o.text !== 'string') return null;
    return { v: 2, text: o.text, seed: isSeed(o.seed) ? o.seed : 1, clients: [], rev: 0, tab: '' };
  } catch {
    return null;
  }
}

export function storageErrorMessage(err: unknown): string {
  const name =
    err instanceof Error || (typeof DOMException !== 'undefined' && err instanceof DOMException)
      ? (err as Error).name
      : '';
  if (name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED') {
    return 'Your draft could not be saved: the browser storage for this site is full. Download the scenario (Share → Download) to keep it.';
  }
  return 'Your draft could not be saved: this browser does not allow local storage here. Download the scenario (Share → Download) to keep it.';
}

export interface DraftStore {
  readonly tab: string;
  /** The revision this tab last wrote or adopted. */
  readonly baseRev: number;
  read(): StoredDraft | null;
  /** This tab now builds on `rev` (it loaded that draft, or the user chose to keep its own text over it). */
  adopt(rev: number): void;
  save(text: string, seed: number, clients: readonly ClientSpec[]): SaveResult;
}

export function createDraftStore(storage: StorageLike | null, tab: string): DraftStore {
  let baseRev = 0;
  const read = (): StoredDraft | null => {
    if (!storage) return null;
    try {
      return parseDraft(storage.getItem(DRAFT_KEY)) ?? parseLegacy(storage.getItem(LEGACY_DRAFT_KEY));
    } catch {
      return null;
    }
  };
  return {
    tab,
    get baseRev() {
      return baseRev;
    },
    read,
    adopt(rev) {
      baseRev = Math.max(baseRev, rev);
    },
    save(text, seed, clients) {
      if (!storage) return { ok: false, reason: 'storage', message: storageErrorMessage(null) };
      // A draft over the scenario size limit (UTF-8 bytes, as the parser counts) is not saved.
      const bytes = scenarioBytesOver(text);
      if (bytes !== null)
        return {
          ok: false,
          reason: 'storage',
          message: `Your draft was not saved: ${scenarioSizeMessage(bytes)}. Download the scenario to keep it.`,
        };
      const current = read();
      if (current && current.rev > baseRev && current.tab !== tab)
        return { ok: false, reason: 'conflict', theirs: current };
      const rev = Math.max(current?.rev ?? 0, baseRev) + 1;
      const record: StoredDraft = { v: 2, text, seed, clients: [...clients], rev, tab };
      try {
        storage.setItem(DRAFT_KEY, JSON.stringify(record));
      } catch (err) {
        return { ok: false, reason: 'storage', message: storageErrorMessage(err) };
      }
      baseRev = rev;
      return { ok: true, rev };
    },
  };
}
