import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ADDRESS_DEBOUNCE_MS, isOwnAddress, settleAddress, startAddressBar, syncAddress } from './addressBar.ts';
import { setSeed, setTheme } from '../store.ts';

// The page's globals, as much of them as the address bar touches.
const session = new Map<string, string>();
const page = { hash: '', pathname: '/', search: '' };
beforeEach(() => {
  session.clear();
  page.hash = '';
  Object.assign(globalThis, {
    sessionStorage: {
      getItem: (k: string) => session.get(k) ?? null,
      setItem: (k: string, v: string) => session.set(k, v),
    },
    location: page,
    history: {
      state: null,
      replaceState: (_s: unknown, _t: string, url: string) => (page.hash = url.slice(url.indexOf('#'))),
    },
  });
  // The page's first address, decided by the link handler before the address bar starts.
  settleAddress('');
});
afterEach(() => {
  for (const k of ['sessionStorage', 'location', 'history']) Reflect.deleteProperty(globalThis, k);
});

describe(isOwnAddress, () => {
  it('knows the addresses this tab wrote a moment before the last one (a reload can start while a newer one is written)', async () => {
    setTheme('light');
    await syncAddress();
    const older = page.hash;
    setTheme('dark');
    await syncAddress();
    expect(page.hash).not.toBe(older);
    expect(isOwnAddress(page.hash)).toBe(true);
    expect(isOwnAddress(older)).toBe(true);
    expect(isOwnAddress('#s=1.someone-elses')).toBe(false);
    expect(isOwnAddress('')).toBe(false);
    // Only the last few are kept: an address from long ago reads as a link again.
    for (let seed = 2; seed < 10; seed++) {
      setSeed(seed);
      await syncAddress();
    }
    expect(isOwnAddress(older)).toBe(false);
  });

  it('reads the one address an earlier version of the page stored', () => {
    session.set('ksp:address:v1', '#s=1.abc');
    expect(isOwnAddress('#s=1.abc')).toBe(true);
    expect(isOwnAddress('#s=1.abd')).toBe(false);
  });
});

describe(startAddressBar, () => {
  it('never writes over an address the link handler has not decided about, whatever change comes first', async () => {
    const win = Object.assign(new EventTarget(), {
      setTimeout: globalThis.setTimeout.bind(globalThis),
      clearTimeout: globalThis.clearTimeout.bind(globalThis),
    });
    Object.assign(globalThis, { window: win });
    const quiet = () => new Promise((r) => setTimeout(r, ADDRESS_DEBOUNCE_MS + 200));
    const stop = startAddressBar();
    try {
      await vi.waitFor(() => expect(page.hash).toMatch(/^#s=1\./), { timeout: 10_000 });
      // A write waiting for its quiet time, then a link arrives (typed into the tab).
      setSeed(41);
      page.hash = '#s=1.a-link';
      await quiet();
      expect(page.hash).toBe('#s=1.a-link');
      // A write already encoding when the link arrives.
      setSeed(42);
      const writing = syncAddress();
      page.hash = '#s=1.another-link';
      await writing;
      expect(page.hash).toBe('#s=1.another-link');
      // Any later change after its hashchange, while the handler still loads or decodes the link
      // (the race share.spec met: its reload then found the draft's address and never asked).
      win.dispatchEvent(new Event('hashchange'));
      setSeed(43);
      await quiet();
      await syncAddress();
      expect(page.hash).toBe('#s=1.another-link');
      // A handler that read an older address and ends late does not settle the newer one.
      settleAddress('#s=1.a-link');
      setSeed(44);
      await syncAddress();
      expect(page.hash).toBe('#s=1.another-link');
      // Once the link is decided (here refused: nothing asks), the next change writes again.
      settleAddress('#s=1.another-link');
      setSeed(45);
      await quiet();
      await vi.waitFor(() => expect(page.hash).toMatch(/^#s=1\./), { timeout: 10_000 });
      expect(isOwnAddress(page.hash)).toBe(true);
    } finally {
      stop();
      Reflect.deleteProperty(globalThis, 'window');
    }
  });

  it('writes at an idle moment after the quiet time, and never over a link that arrived while it waited', async () => {
    // The page's idle callbacks, run by the test.
    const idle = new Map<number, () => void>();
    let next = 1;
    const win = {
      setTimeout: globalThis.setTimeout.bind(globalThis),
      clearTimeout: globalThis.clearTimeout.bind(globalThis),
      requestIdleCallback: (fn: () => void) => (idle.set(next, fn), next++),
      cancelIdleCallback: (id: number) => idle.delete(id),
    };
    const runIdle = async (): Promise<void> => {
      const due = [...idle.values()];
      idle.clear();
      due.forEach((fn) => fn());
      await new Promise((r) => setTimeout(r, 50)); // the encoding is asynchronous
    };
    const quiet = () => new Promise((r) => setTimeout(r, ADDRESS_DEBOUNCE_MS + 100));
    Object.assign(globalThis, { window: win });
    const stop = startAddressBar();
    try {
      setSeed(51);
      await quiet();
      // The quiet time is over, but the page has not been idle yet: nothing written.
      expect(page.hash).toBe('');
      expect(idle.size).toBe(1);
      await runIdle();
      // Written when the asynchronous encoding ends: on a loaded machine that was once later than
      // runIdle's 50 ms (the test failed, and the late write then met a page without `location`).
      await vi.waitFor(() => expect(page.hash).toMatch(/^#s=1\./), { timeout: 10_000 });
      const written = page.hash;
      expect(isOwnAddress(written)).toBe(true);
      // A change waits for idle again; a link typed into the tab meanwhile stays when the waiting
      // write runs.
      setSeed(52);
      await quiet();
      expect(idle.size).toBe(1);
      page.hash = '#s=1.a-link';
      await runIdle();
      await quiet();
      expect(page.hash).toBe('#s=1.a-link');
      expect(isOwnAddress(page.hash)).toBe(false);
    } finally {
      stop();
      Reflect.deleteProperty(globalThis, 'window');
    }
  });
});
