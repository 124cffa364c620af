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
 * The address the page has decided about: one it wrote itself, or one the link handler
 * (openLink.ts) finished with, whether it opened the link, refused it, asked about it or found no
 * link there. Any other address is a navigation still being decided: a link typed, pasted or
 * opened in this tab, whose hashchange is still queued (the browser fires it as a later task) or
 * whose handler is still loading or decoding it. It is not ours to overwrite: a write in that gap
 * (one scheduled by any change of the scenario after the hashchange) would put the draft's address
 * over the link, and a reload would then open the draft without asking. Null until the page has
 * settled its first address: nothing is written before.
 */
let settledAddress: string | null = null;

/**
 * The link handler is done with `hash` (read at its start). Ignored when the address moved on
 * meanwhile: a newer navigation is being decided, and an older handler finishing late must not
 * mark it settled.
 */
export function settleAddress(hash: string): void {
  if (location.hash === hash) settledAddress = hash;
}

/** Writes the current state's link into the address bar now (when it differs). */
export async function syncAddress(): Promise<void> {
  const s = useStore.getState();
  if (s.embed || s.pendingLink) return;
  const fragment = await encodeShareFragment(toShared(s));
  const now = useStore.getState();
  // Changed meanwhile: the next sync writes the newer state.
  if (moved(now, s)) return;
  if (location.hash !== settledAddress) return;
  // Longer than a link may be (the decoder refuses it): no fragment, so a reload restores the saved draft.
  const hash = fragment.length <= LINK_MAX_FRAGMENT_CHARS ? `#${fragment}` : '';
  if (location.hash !== hash) history.replaceState(history.state, '', `${location.pathname}${location.search}${hash}`);
  settledAddress = location.hash;
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

/**
 * Starts following; returns the stop function. Start it once the link handler has settled the
 * page's first address (startApp.tsx): until an address is settled, nothing is written.
 */
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
  schedule();
  return () => {
    off();
    cancel();
  };
}
