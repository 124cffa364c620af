import { describe, expect, it } from 'vitest';
import { createDraftStore, DRAFT_KEY, LEGACY_DRAFT_KEY, parseDraft, type StorageLike } from './draftStorage.ts';

function memory(): StorageLike & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return { data, getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v) };
}

describe(createDraftStore, () => {
  it('saves a versioned record with a growing revision and the tab id', () => {
    const s = memory();
    const a = createDraftStore(s, 'tab-a');
    expect(a.save('one', 3, [])).toEqual({ ok: true, rev: 1 });
    expect(a.save('two', 3, [])).toEqual({ ok: true, rev: 2 });
    expect(JSON.parse(s.data.get(DRAFT_KEY)!)).toEqual({
      v: 2,
      text: 'two',
      seed: 3,
      clients: [],
      rev: 2,
      tab: 'tab-a',
    });
  });

  it('refuses a draft over the scenario size limit in UTF-8 bytes, with the README message (issue 19 item 16)', () => {
    const s = memory();
    const a = createDraftStore(s, 'tab-a');
    // '€' is one UTF-16 unit and 3 UTF-8 bytes: the old check counted 666,667 characters and saved it.
    const atLimit = `#${'€'.repeat(666_666)}a`; // 1 + 1,999,998 + 1 = 2,000,000 bytes
    expect(a.save(atLimit, 1, [])).toEqual({ ok: true, rev: 1 });
    const over = '€'.repeat(666_667); // 2,000,001 bytes
    expect(a.save(over, 1, [])).toEqual({
      ok: false,
      reason: 'storage',
      message:
        'Your draft was not saved: scenario is 2000001 bytes; the playground accepts at most 2000000 bytes. Download the scenario to keep it.',
    });
    expect(JSON.parse(s.data.get(DRAFT_KEY)!).text).toBe(atLimit);
  });

  it("two tabs: the second writer meets the first one's newer draft as a conflict, not an overwrite", () => {
    const s = memory();
    const a = createDraftStore(s, 'tab-a');
    const b = createDraftStore(s, 'tab-b');
    a.save('from a', 1, []);
    b.adopt(b.read()!.rev); // b opened after a's save
    expect(b.save('from b', 1, [])).toEqual({ ok: true, rev: 2 });
    const r = a.save('a again', 1, []);
    expect(r.ok).toBe(false);
    if (!r.ok && r.reason === 'conflict') expect(r.theirs).toMatchObject({ text: 'from b', tab: 'tab-b', rev: 2 });
    expect(JSON.parse(s.data.get(DRAFT_KEY)!).text).toBe('from b');
    // The user chose to keep a's text: a adopts rev 2 and saves over it.
    a.adopt(2);
    expect(a.save('a again', 1, [])).toEqual({ ok: true, rev: 3 });
  });

  it('turns a full storage into a message, and keeps nothing half-written', () => {
    const quota = Object.assign(new Error('quota'), { name: 'QuotaExceededError' });
    const full: StorageLike = {
      getItem: () => null,
      setItem: () => {
        throw quota;
      },
    };
    const r = createDraftStore(full, 't').save('x', 1, []);
    expect(r).toMatchObject({ ok: false, reason: 'storage' });
    if (!r.ok && r.reason === 'storage') expect(r.message).toContain('storage for this site is full');
    expect(createDraftStore(null, 't').save('x', 1, [])).toMatchObject({ ok: false, reason: 'storage' });
  });

  it('migrates the round-1 draft and ignores broken or foreign values', () => {
    const s = memory();
    s.data.set(LEGACY_DRAFT_KEY, JSON.stringify({ text: 'old', seed: 7 }));
    expect(createDraftStore(s, 't').read()).toMatchObject({ text: 'old', seed: 7, rev: 0 });
    expect(parseDraft('{not json')).toBeNull();
    expect(parseDraft(JSON.stringify({ v: 3, text: 'x' }))).toBeNull();
    expect(parseDraft(JSON.stringify({ v: 2, text: 'x', seed: -1, rev: 0, tab: 't' }))).toBeNull();
    const withBadClient = parseDraft(
      JSON.stringify({
        v: 2,
        text: 'x',
        seed: 1,
        rev: 1,
        tab: 't',
        clients: [{ id: 1 }, { id: 'c', from: 'external', to: 'x', rate: 1 }],
      }),
    );
    expect(withBadClient?.clients).toEqual([{ id: 'c', from: 'external', to: 'x', rate: 1 }]);
  });
});
