// The address bar follows the scenario (issue 15): after each change, debounced, the page's URL
// fragment is replaced (history.replaceState: no new history entry, no hashchange) with the share
// link of what is on screen, so a copied URL is always the current state. Not in an embed (its URL
// belongs to the embedding page's markup), and not while a link waits for the user's choice (the
// address still holds that link until they decide).
import { encodeShareFragment, LINK_MAX_FRAGMENT_CHARS } from '../../core/share/linkCodec.ts';
import { useStore, type AppState } from '../store.ts';
import { toShared } from './shareState.ts';

/** Quiet time after the last change before the address is rewritten (typing does not re-encode per key). */
export const ADDRESS_DEBOUNCE_MS = 400;
/**
 * After the quiet time, the write waits for a moment the page is idle, at most this long. Encoding
 * the link and history.replaceState cost the main thread 3–5 ms (×4 on a slow laptop, where the
 * replaceState alone took ~20 ms), and a quiet time that ended while an edit's diagram was being
 * drawn added them to that edit.
 */
export const ADDRESS_IDLE_TIMEOUT_MS = 1000;

/** The last fragments this tab wrote, newest last (sessionStorage: it survives a reload of this tab, not a copy of the URL elsewhere). */
const OWN_KEY = 'ksp:address:v1';
/**
 * More than one: a reload can start while a newer address is being written (the write finishes on
 * the old page after the browser took the URL to reload), and that older address is still our own.
 */
const OWN_KEPT = 8;

function ownAddresses(): string[] {
  let raw: string | null;
  try {
    raw = sessionStorage.getItem(OWN_KEY);
  } catch {
    return []; // no session storage
  }
  if (raw === null) return [];
  try {
    const list: unknown = JSON.parse(raw);
    if (Array.isArray(list)) return list.filter((h): h is string => typeof h === 'string');
  } catch {
    // the one address an earlier version stored, as it is
  }
  return [raw];
}

/**
 * Whether `hash` is an address this tab wrote itself. On a reload it is not a link someone shared:
 * the saved draft (flushed on pagehide) is newer than any address, so the page opens the draft and
 * never asks "open the shared scenario?" about the user's own work a moment older.
 */
export function isOwnAddress(hash: string): boolean {
  return hash !== '' && ownAddresses().includes(hash);
}

/** Whether anything the address holds (or waits on) differs between two states. */
const moved = (a: AppState, b: AppState): boolean =>
  a.text !== b.text ||
  a.seed !== b.seed ||
  a.clients !== b.clients ||
  a.lesson !== b.lesson ||
  a.lessonStep !== b.lessonStep ||
  a.theme !== b.theme ||
  a.speed !== b.speed ||
  a.pendingLink !== b.pendingLink;

/**
 * Bumped when someone else sets the address (a link typed or pasted into this tab's address bar
 * fires hashchange; our own replaceState does not): a write decided before it must not overwrite it,
 * or a reload would find our own address and never ask about the link.
 */
let foreignAddresses = 0;
/**
 * The address as the page last knew it: what it wrote itself, or what the last hashchange brought
 * (the page's own handler takes care of that link). A different address means a navigation whose
 * hashchange is still queued (the browser fires it as a later task): a link just typed or opened in
 * this tab, not ours to overwrite. A write in that gap made a reload open the draft without asking
 * (share.spec, about 1 run in 16 on a loaded machine). Null until the address bar starts.
 */
let knownAddress: string | null = null;

/** Writes the current state's link into the address bar now (when it differs). */
export async function syncAddress(): Promise<void> {
  const s = useStore.getState();
  if (s.embed || s.pendingLink) return;
  const seen = foreignAddresses;
  const fragment = await encodeShareFragment(toShared(s));
  const now = useStore.getState();
  // Changed meanwhile: the next sync writes the newer state.
  if (moved(now, s) || seen !== foreignAddresses) return;
  if (knownAddress !== null && location.hash !== knownAddress) return;
  // Longer than a link may be (the decoder refuses it): no fragment, so a reload restores the saved draft.
  const hash = fragment.length <= LINK_MAX_FRAGMENT_CHARS ? `#${fragment}` : '';
  if (location.hash !== hash) history.replaceState(history.state, '', `${location.pathname}${location.search}${hash}`);
  if (knownAddress !== null) knownAddress = location.hash;
  try {
    const kept = ownAddresses().filter((h) => h !== hash);
    sessionStorage.setItem(OWN_KEY, JSON.stringify([...kept, hash].slice(-OWN_KEPT)));
  } catch {
    // No session storage: a reload then treats the address as a link (and asks over a different draft).
  }
}

/** Runs `fn` when the page is idle (within `timeout` ms); returns the cancel function. */
function whenIdle(fn: () => void, timeout: number): () => void {
  if (typeof window.requestIdleCallback === 'function') {
    const id = window.requestIdleCallback(fn, { timeout });
    return () => window.cancelIdleCallback(id);
  }
  const id = window.setTimeout(fn, 0);
  return () => window.clearTimeout(id);
}

/** Starts following; returns the stop function. */
export function startAddressBar(): () => void {
  if (useStore.getState().embed) return () => undefined;
  let timer: number | null = null;
  let cancelIdle: (() => void) | null = null;
  const cancel = (): void => {
    if (timer !== null) window.clearTimeout(timer);
    timer = null;
    cancelIdle?.();
    cancelIdle = null;
  };
  const schedule = (): void => {
    cancel();
    timer = window.setTimeout(() => {
      timer = null;
      cancelIdle = whenIdle(() => {
        cancelIdle = null;
        void syncAddress();
      }, ADDRESS_IDLE_TIMEOUT_MS);
    }, ADDRESS_DEBOUNCE_MS);
  };
  const off = useStore.subscribe((s, prev) => {
    // The user settled a waiting link (kept their draft or opened it): the address says so at once.
    if (prev.pendingLink && !s.pendingLink) return void syncAddress();
    if (moved(s, prev)) schedule();
  });
  // An address set from outside wins over a write still waiting (the next change writes again).
  const onForeign = (): void => {
    foreignAddresses++;
    knownAddress = location.hash;
    cancel();
  };
  knownAddress = location.hash;
  window.addEventListener('hashchange', onForeign);
  schedule();
  return () => {
    off();
    window.removeEventListener('hashchange', onForeign);
    cancel();
    knownAddress = null;
  };
}
