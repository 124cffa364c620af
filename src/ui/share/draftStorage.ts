// The autosaved draft in localStorage: a versioned record with a revision counter and the id of
// the tab that wrote it, so two tabs never overwrite each other silently: a tab saves only over
// the revision it last saw (its own or one it adopted); a newer revision from another tab is a
// conflict the user settles. Storage errors (quota, disabled storage, a draft over the size limit) come back as codes the page words.
// Nothing is dropped silently: a draft with a damaged field is repaired (its text is what
// matters) and its original value is copied to DAMAGED_DRAFT_KEY before anything overwrites it;
// a tab in conflict saves its own work as a kept copy (KEPT_DRAFTS_KEY) that a later visit offers.
import type { ClientDecl } from '../../worker/protocol.ts';
import { scenarioBytesOver, YAML_LIMITS } from '../../worker/protocol.ts';
import { formatSource } from '../../core/dataplane/sourceText.ts';
import { formatSourceDecl, formatTargetDecl, parseSourceDecl, parseTargetDecl } from '../../core/sim/clientText.ts';

export const DRAFT_KEY = 'ksp:draft:v2';
/** The round-1 format ({text, seed}); read once and migrated. */
export const LEGACY_DRAFT_KEY = 'ksp:draft:v1';
/** A damaged draft's original value, copied here before the draft key is written again. */
export const DAMAGED_DRAFT_KEY = 'ksp:draft:damaged:v1';
/** Work of tabs that met another tab's newer draft: one copy per tab, newest first. */
export const KEPT_DRAFTS_KEY = 'ksp:draft:kept:v1';
export const MAX_KEPT_COPIES = 5;

export interface StoredDraft {
  v: 2;
  text: string;
  seed: number;
  /** The declared clients; null: the scenario's default clients. */
  clients: ClientDecl[] | null;
  rev: number;
  tab: string;
}

/** A client as a draft stores it: source and target in the core's text form (core/sim/clientText.ts). */
interface StoredClient {
  id: string;
  from: string;
  to: string;
  rate: number;
  protocol?: 'TCP' | 'UDP';
}

/** The part of the Storage API we use (a fake in tests). */
export interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

export type SaveResult =
  | { ok: true; rev: number }
  | { ok: false; reason: 'conflict'; theirs: StoredDraft }
  | { ok: false; reason: 'storage'; problem: DraftProblem };

const isSeed = (n: unknown): n is number => typeof n === 'number' && Number.isSafeInteger(n) && n >= 0;

/**
 * A stored client, or null. `from` and `to` are declarations in the core's text form. Drafts saved
 * before clients were declarations hold what one load resolved: `to` an address (read as a URL
 * declaration, sent as written) and `from` the old wire text (`external` + `sourceIP`,
 * `pod:ns/name`, `node:name`) or a typed Source, read here once so a saved client survives the update.
 */
function readClient(c: unknown): ClientDecl | null {
  if (!c || typeof c !== 'object') return null;
  const o = c as Record<string, unknown>;
  if (
    typeof o.id !== 'string' ||
    typeof o.to !== 'string' ||
    typeof o.rate !== 'number' ||
    !Number.isFinite(o.rate) ||
    !(o.protocol === undefined || o.protocol === 'TCP' || o.protocol === 'UDP')
  )
    return null;
  const text = typeof o.from === 'string' ? (oldWireText(o.from, o.sourceIP) ?? o.from) : sourceText(o.from);
  const from = text === null ? null : parseSourceDecl(text);
  const to = parseTargetDecl(o.to);
  if (!from?.ok || !to.ok) return null;
  return { id: o.id, from: from.value, to: to.value, rate: o.rate, ...(o.protocol ? { protocol: o.protocol } : {}) };
}

function storedClient(c: ClientDecl): StoredClient {
  return {
    id: c.id,
    from: formatSourceDecl(c.from),
    to: formatTargetDecl(c.to),
    rate: c.rate,
    ...(c.protocol ? { protocol: c.protocol } : {}),
  };
}

function oldWireText(from: string, sourceIP: unknown): string | null {
  if (from === 'external') return typeof sourceIP === 'string' ? `external/${sourceIP}` : null;
  if (from.startsWith('pod:')) return `pod/${from.slice(4)}`;
  if (from.startsWith('node:')) return `node/${from.slice(5)}`;
  return null;
}

function sourceText(from: unknown): string | null {
  if (!from || typeof from !== 'object') return null;
  const f = from as Record<string, unknown>;
  const str = (v: unknown): v is string => typeof v === 'string';
  if (f.kind === 'external' && (f.ip === undefined || str(f.ip)))
    return formatSource({ kind: 'external', ...(f.ip ? { ip: f.ip } : {}) });
  if (f.kind === 'node' && str(f.name)) return formatSource({ kind: 'node', name: f.name });
  if (f.kind === 'pod' && str(f.namespace) && str(f.name))
    return formatSource({ kind: 'pod', namespace: f.namespace, name: f.name });
  return null;
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
  return { v: 2, text: o.text, seed: o.seed, clients: readClients(o).clients, rev: o.rev, tab: o.tab };
}

/**
 * A record's clients (a draft's or a kept copy's), and whether any stored entry could not be read.
 * `custom`: the user chose these (possibly none). Without it an empty list means the defaults, as
 * drafts saved before declarations meant it.
 */
function readClients(o: Record<string, unknown>): { clients: ClientDecl[] | null; dropped: boolean } {
  const all: unknown[] = Array.isArray(o.clients) ? o.clients : [];
  const list = all
    .map(readClient)
    .filter((c): c is ClientDecl => c !== null)
    .slice(0, 50);
  const dropped = (o.clients !== undefined && !Array.isArray(o.clients)) || list.length !== all.length;
  return { clients: o.custom === true || list.length > 0 ? list : null, dropped };
}

/** The stored form of a record's clients (see readClients). */
const storedClients = (clients: readonly ClientDecl[] | null) => ({
  clients: (clients ?? []).map(storedClient),
  ...(clients ? { custom: true } : {}),
});

/** The draft's fields a repair may have replaced (the text is never invented). */
export type RepairedField = 'seed' | 'rev' | 'tab' | 'clients';

/**
 * A stored value read as leniently as is safe: a record of our format whose text is a string is
 * kept, its other fields repaired. null when there is no text to keep (not JSON, another format).
 */
export function repairDraft(raw: string): { draft: StoredDraft; repaired: RepairedField[] } | null {
  let v: unknown;
  try {
    v = JSON.parse(raw);
  } catch {
    return null;
  }
  if (!v || typeof v !== 'object' || Array.isArray(v)) return null;
  const o = v as Record<string, unknown>;
  if (o.v !== 2 || typeof o.text !== 'string') return null;
  const repaired: RepairedField[] = [];
  const seed = isSeed(o.seed) ? o.seed : (repaired.push('seed'), 1);
  const rev = isSeed(o.rev) ? o.rev : (repaired.push('rev'), 0);
  const tab = typeof o.tab === 'string' ? o.tab : (repaired.push('tab'), '');
  const { clients, dropped } = readClients(o);
  if (dropped) repaired.push('clients');
  return { draft: { v: 2, text: o.text, seed, clients, rev, tab }, repaired };
}

/** A tab's work saved aside while another tab's draft was newer (src/ui/persistence.ts). */
export interface KeptCopy {
  tab: string;
  text: string;
  seed: number;
  /** As in StoredDraft: null is the scenario's default clients. */
  clients: ClientDecl[] | null;
  /** When it was saved (ms since the epoch). */
  at: number;
}

function parseKept(raw: string | null): KeptCopy[] {
  if (!raw) return [];
  try {
    const list: unknown = JSON.parse(raw);
    if (!Array.isArray(list)) return [];
    return list.flatMap((c: unknown): KeptCopy[] => {
      if (!c || typeof c !== 'object') return [];
      const o = c as Record<string, unknown>;
      if (typeof o.tab !== 'string' || typeof o.text !== 'string' || !isSeed(o.seed) || typeof o.at !== 'number')
        return [];
      return [{ tab: o.tab, text: o.text, seed: o.seed, clients: readClients(o).clients, at: o.at }];
    });
  } catch {
    return [];
  }
}

/**
 * What the page finds at start-up. `damaged`: the stored value was not a clean record;
 * `keptAside`: the key now holding its original value (null if the copy could not be written).
 */
export interface LoadedDraft {
  draft: StoredDraft | null;
  damaged: boolean;
  repaired: RepairedField[];
  keptAside: string | null;
}

function parseLegacy(raw: string | null): StoredDraft | null {
  try {
    const o = raw ? (JSON.parse(raw) as Record<string, unknown>) : null;
    if (!o || typeof o.text !== 'string') return null;
    return { v: 2, text: o.text, seed: isSeed(o.seed) ? o.seed : 1, clients: null, rev: 0, tab: '' };
  } catch {
    return null;
  }
}

/** Why a draft was not saved, for the page to say in its language (persistence.ts, the i18n catalogue). */
export type DraftProblem = { code: 'quota' } | { code: 'denied' } | { code: 'tooLarge'; bytes: number; max: number };

export function storageProblem(err: unknown): DraftProblem {
  const name =
    err instanceof Error || (typeof DOMException !== 'undefined' && err instanceof DOMException)
      ? (err as Error).name
      : '';
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED'
    ? { code: 'quota' }
    : { code: 'denied' };
}

export interface DraftStore {
  readonly tab: string;
  /** The revision this tab last wrote or adopted. */
  readonly baseRev: number;
  read(): StoredDraft | null;
  /** The draft at start-up, repaired if need be; a damaged original is copied aside first. */
  load(): LoadedDraft;
  /** This tab now builds on `rev` (it loaded that draft, or the user chose to keep its own text over it). */
  adopt(rev: number): void;
  /** `clients` null: the scenario's default clients (stored without `custom`). */
  save(text: string, seed: number, clients: readonly ClientDecl[] | null): SaveResult;
  /** Saves this tab's work as its kept copy (the shared draft is not touched). */
  keep(
    text: string,
    seed: number,
    clients: readonly ClientDecl[] | null,
    at: number,
  ): { ok: true } | { ok: false; problem: DraftProblem };
  keptCopies(): KeptCopy[];
  forgetKept(tab: string): void;
}

export function createDraftStore(storage: StorageLike | null, tab: string): DraftStore {
  let baseRev = 0;
  const get = (key: string): string | null => {
    try {
      return storage?.getItem(key) ?? null;
    } catch {
      return null;
    }
  };
  // A stored new-format value, even a damaged one, wins over the round-1 draft: falling back to
  // the old key would bring back work the user replaced long ago.
  const read = (): StoredDraft | null => {
    const raw = get(DRAFT_KEY);
    return raw === null ? parseLegacy(get(LEGACY_DRAFT_KEY)) : (repairDraft(raw)?.draft ?? null);
  };
  /** Copies a damaged draft value aside (once); false when that copy could not be written. */
  const keepDamaged = (raw: string): boolean => {
    if (get(DAMAGED_DRAFT_KEY) === raw) return true;
    try {
      storage?.setItem(DAMAGED_DRAFT_KEY, raw);
      return true;
    } catch {
      return false;
    }
  };
  const needsCopy = (raw: string | null): raw is string =>
    raw !== null && (parseDraft(raw) === null || (repairDraft(raw)?.repaired.length ?? 1) > 0);
  const writeKept = (list: KeptCopy[]): void =>
    storage?.setItem(
      KEPT_DRAFTS_KEY,
      JSON.stringify(list.map(({ clients, ...copy }) => ({ ...copy, ...storedClients(clients) }))),
    );
  return {
    tab,
    get baseRev() {
      return baseRev;
    },
    read,
    load() {
      const raw = get(DRAFT_KEY);
      if (raw === null)
        return { draft: parseLegacy(get(LEGACY_DRAFT_KEY)), damaged: false, repaired: [], keptAside: null };
      const fixed = repairDraft(raw);
      if (fixed && fixed.repaired.length === 0)
        return { draft: fixed.draft, damaged: false, repaired: [], keptAside: null };
      return {
        draft: fixed?.draft ?? null,
        damaged: true,
        repaired: fixed?.repaired ?? [],
        keptAside: keepDamaged(raw) ? DAMAGED_DRAFT_KEY : null,
      };
    },
    adopt(rev) {
      baseRev = Math.max(baseRev, rev);
    },
    save(text, seed, clients) {
      if (!storage) return { ok: false, reason: 'storage', problem: storageProblem(null) };
      // A draft over the scenario size limit (UTF-8 bytes, as the parser counts) is not saved.
      const bytes = scenarioBytesOver(text);
      if (bytes !== null)
        return {
          ok: false,
          reason: 'storage',
          problem: { code: 'tooLarge', bytes, max: YAML_LIMITS.maxBytes },
        };
      const raw = get(DRAFT_KEY);
      if (needsCopy(raw) && !keepDamaged(raw)) return { ok: false, reason: 'storage', problem: storageProblem(null) };
      const current = read();
      if (current && current.rev > baseRev && current.tab !== tab)
        return { ok: false, reason: 'conflict', theirs: current };
      const rev = Math.max(current?.rev ?? 0, baseRev) + 1;
      const record = {
        v: 2,
        text,
        seed,
        ...storedClients(clients),
        rev,
        tab,
      };
      try {
        storage.setItem(DRAFT_KEY, JSON.stringify(record));
      } catch (err) {
        return { ok: false, reason: 'storage', problem: storageProblem(err) };
      }
      baseRev = rev;
      return { ok: true, rev };
    },
    keep(text, seed, clients, at) {
      if (!storage) return { ok: false, problem: storageProblem(null) };
      const others = parseKept(get(KEPT_DRAFTS_KEY)).filter((c) => c.tab !== tab);
      const list = [{ tab, text, seed, clients: clients && [...clients], at }, ...others]
        .sort((a, b) => b.at - a.at)
        .slice(0, MAX_KEPT_COPIES);
      try {
        writeKept(list);
        return { ok: true };
      } catch (err) {
        return { ok: false, problem: storageProblem(err) };
      }
    },
    keptCopies() {
      return parseKept(get(KEPT_DRAFTS_KEY)).sort((a, b) => b.at - a.at);
    },
    forgetKept(which) {
      const list = parseKept(get(KEPT_DRAFTS_KEY));
      if (!list.some((c) => c.tab === which)) return;
      try {
        writeKept(list.filter((c) => c.tab !== which));
      } catch {
        // a copy that stays is offered again next time: nothing is lost
      }
    },
  };
}
