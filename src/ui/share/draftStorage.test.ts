import { describe, expect, it } from 'vitest';
import {
  createDraftStore,
  DAMAGED_DRAFT_KEY,
  DRAFT_KEY,
  KEPT_DRAFTS_KEY,
  LEGACY_DRAFT_KEY,
  parseDraft,
  type StorageLike,
} from './draftStorage.ts';

function memory(): StorageLike & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return { data, getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v) };
}

describe(createDraftStore, () => {
  it('saves a versioned record with a growing revision and the tab id', () => {
    const s = memory();
    const a = createDraftStore(s, 'tab-a');
    expect(a.save('one', 3, null)).toEqual({ ok: true, rev: 1 });
    expect(a.save('two', 3, null)).toEqual({ ok: true, rev: 2 });
    expect(JSON.parse(s.data.get(DRAFT_KEY)!)).toEqual({
      v: 2,
      text: 'two',
      seed: 3,
      clients: [],
      rev: 2,
      tab: 'tab-a',
    });
    expect(a.read()?.clients).toBeNull();
  });

  it('stores declared clients in the core text form, and "none" apart from "the defaults"', () => {
    const s = memory();
    const a = createDraftStore(s, 'tab-a');
    a.save('x', 1, [
      {
        id: 'curl',
        from: { kind: 'workload', workload: 'Deployment', namespace: 'default', name: 'web' },
        to: { kind: 'clusterIP', namespace: 'default', service: 'my-service', port: 80 },
        rate: 2,
      },
    ]);
    expect(JSON.parse(s.data.get(DRAFT_KEY)!)).toMatchObject({
      clients: [{ id: 'curl', from: 'deployment/default/web', to: 'service/default/my-service:80', rate: 2 }],
      custom: true,
    });
    expect(a.read()?.clients?.[0]?.to).toEqual({
      kind: 'clusterIP',
      namespace: 'default',
      service: 'my-service',
      port: 80,
    });
    a.save('x', 1, []);
    expect(a.read()?.clients).toEqual([]);
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
      problem: { code: 'tooLarge', bytes: 2000001, max: 2000000 },
    });
    expect(JSON.parse(s.data.get(DRAFT_KEY)!).text).toBe(atLimit);
  });

  it("two tabs: the second writer meets the first one's newer draft as a conflict, not an overwrite", () => {
    const s = memory();
    const a = createDraftStore(s, 'tab-a');
    const b = createDraftStore(s, 'tab-b');
    a.save('from a', 1, null);
    b.adopt(b.read()!.rev); // b opened after a's save
    expect(b.save('from b', 1, null)).toEqual({ ok: true, rev: 2 });
    const r = a.save('a again', 1, null);
    expect(r.ok).toBe(false);
    if (!r.ok && r.reason === 'conflict') expect(r.theirs).toMatchObject({ text: 'from b', tab: 'tab-b', rev: 2 });
    expect(JSON.parse(s.data.get(DRAFT_KEY)!).text).toBe('from b');
    // The user chose to keep a's text: a adopts rev 2 and saves over it.
    a.adopt(2);
    expect(a.save('a again', 1, null)).toEqual({ ok: true, rev: 3 });
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
    if (!r.ok && r.reason === 'storage') expect(r.problem).toEqual({ code: 'quota' });
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
        clients: [
          { id: 1 },
          { id: 'c', from: { kind: 'external' }, to: 'x', rate: 1 },
          { id: 'bad', from: { kind: 'pod', namespace: '<img>', name: 'x' }, to: 'x', rate: 1 },
        ],
      }),
    );
    expect(withBadClient?.clients).toEqual([
      { id: 'c', from: { kind: 'external' }, to: { kind: 'url', url: 'x' }, rate: 1 },
    ]);
    // A draft saved before clients carried a typed source keeps its clients.
    const older = parseDraft(
      JSON.stringify({
        v: 2,
        text: 'x',
        seed: 1,
        rev: 1,
        tab: 't',
        clients: [
          { id: 'laptop', from: 'external', sourceIP: '203.0.113.10', to: 'http://192.168.1.11:30080', rate: 2 },
          { id: 'curl', from: 'pod:default/web-1', to: 'http://10.96.0.10:80', rate: 2 },
          { id: 'n', from: 'node:node-2', to: 'http://10.96.0.10:80', rate: 1 },
        ],
      }),
    );
    // Their resolved addresses are kept as URL declarations (sent as written), the pod by its name.
    expect(older?.clients?.map((c) => c.to)).toEqual([
      { kind: 'url', url: 'http://192.168.1.11:30080' },
      { kind: 'url', url: 'http://10.96.0.10:80' },
      { kind: 'url', url: 'http://10.96.0.10:80' },
    ]);
    expect(older?.clients?.map((c) => c.from)).toEqual([
      { kind: 'external', ip: '203.0.113.10' },
      { kind: 'pod', namespace: 'default', name: 'web-1' },
      { kind: 'node', name: 'node-2' },
    ]);
  });
});

describe('a damaged draft is repaired or kept aside, never silently dropped (issue 19 item 7)', () => {
  const record = (o: Record<string, unknown>) =>
    JSON.stringify({ v: 2, text: 'mine', seed: 4, rev: 3, tab: 't', ...o });

  it('one bad field: the text is kept, the field repaired, the original copied aside before any save', () => {
    for (const [bad, field] of [
      [{ seed: -1 }, 'seed'],
      [{ rev: 'x' }, 'rev'],
      [{ tab: 7 }, 'tab'],
      [{ clients: [{ id: 1 }] }, 'clients'],
      [{ clients: 'x' }, 'clients'],
    ] as const) {
      const s = memory();
      s.data.set(DRAFT_KEY, record(bad));
      const store = createDraftStore(s, 'me');
      const r = store.load();
      expect(r.draft?.text, field).toBe('mine');
      expect(r.repaired, field).toEqual([field]);
      expect(r.keptAside, field).toBe(DAMAGED_DRAFT_KEY);
      expect(s.data.get(DAMAGED_DRAFT_KEY)).toBe(record(bad));
      store.adopt(r.draft!.rev);
      expect(store.save('mine, edited', 4, []).ok).toBe(true);
      expect(s.data.get(DAMAGED_DRAFT_KEY)).toBe(record(bad));
    }
  });

  it('an unreadable draft is kept aside and does not bring back an old-format draft', () => {
    const s = memory();
    s.data.set(LEGACY_DRAFT_KEY, JSON.stringify({ text: 'ancient', seed: 7 }));
    s.data.set(DRAFT_KEY, '{"v":2,"text":"mine, cut off');
    const store = createDraftStore(s, 'me');
    expect(store.read()).toBeNull();
    const r = store.load();
    expect(r).toEqual({ draft: null, damaged: true, repaired: [], keptAside: DAMAGED_DRAFT_KEY });
    expect(s.data.get(DAMAGED_DRAFT_KEY)).toBe('{"v":2,"text":"mine, cut off');
    // The first edit may now save: the damaged original stays where the notice said.
    expect(store.save('new', 1, []).ok).toBe(true);
    expect(s.data.get(DAMAGED_DRAFT_KEY)).toBe('{"v":2,"text":"mine, cut off');
  });

  it('a damaged value that appears later (another tab, an extension) is copied aside before it is overwritten', () => {
    const s = memory();
    const store = createDraftStore(s, 'me');
    expect(store.save('one', 1, []).ok).toBe(true);
    s.data.set(DRAFT_KEY, 'garbage');
    expect(store.save('two', 1, []).ok).toBe(true);
    expect(s.data.get(DAMAGED_DRAFT_KEY)).toBe('garbage');
    // When the copy cannot be written, the damaged value is not overwritten either.
    const full = memory();
    full.data.set(DRAFT_KEY, 'garbage');
    const failing: StorageLike = {
      getItem: (k) => full.getItem(k),
      setItem: () => {
        throw Object.assign(new Error('quota'), { name: 'QuotaExceededError' });
      },
    };
    expect(createDraftStore(failing, 'me').save('x', 1, [])).toMatchObject({ ok: false, reason: 'storage' });
    expect(full.data.get(DRAFT_KEY)).toBe('garbage');
  });

  it('a valid draft needs no repair and nothing is copied', () => {
    const s = memory();
    s.data.set(DRAFT_KEY, record({}));
    // No `clients` and no `custom`: the scenario's default clients (null), as parseDraft reads it.
    expect(createDraftStore(s, 'me').load()).toEqual({
      draft: { v: 2, text: 'mine', seed: 4, clients: null, rev: 3, tab: 't' },
      damaged: false,
      repaired: [],
      keptAside: null,
    });
    expect(s.data.has(DAMAGED_DRAFT_KEY)).toBe(false);
  });
});

describe('kept copies: a tab in conflict keeps saving its own work (issue 19 item 5)', () => {
  it('saves, lists (newest first) and forgets copies per tab, without touching the shared draft', () => {
    const s = memory();
    const a = createDraftStore(s, 'tab-a');
    const b = createDraftStore(s, 'tab-b');
    a.save('shared', 1, []);
    expect(b.keep('b work', 2, [], 1000)).toEqual({ ok: true });
    expect(b.keep('b work, more', 2, [], 2000)).toEqual({ ok: true });
    expect(a.keep('a work', 3, [], 1500)).toEqual({ ok: true });
    expect(JSON.parse(s.data.get(DRAFT_KEY)!).text).toBe('shared');
    expect(
      createDraftStore(s, 'later')
        .keptCopies()
        .map((c) => [c.tab, c.text, c.at]),
    ).toEqual([
      ['tab-b', 'b work, more', 2000],
      ['tab-a', 'a work', 1500],
    ]);
    b.forgetKept('tab-b');
    expect(a.keptCopies().map((c) => c.tab)).toEqual(['tab-a']);
  });

  it('keeps at most five copies, and a broken list reads as empty', () => {
    const s = memory();
    for (let i = 0; i < 7; i++) createDraftStore(s, `t${i}`).keep(`w${i}`, 1, [], i);
    expect(
      createDraftStore(s, 'x')
        .keptCopies()
        .map((c) => c.text),
    ).toEqual(['w6', 'w5', 'w4', 'w3', 'w2']);
    s.data.set(KEPT_DRAFTS_KEY, '[{"tab":1}');
    expect(createDraftStore(s, 'x').keptCopies()).toEqual([]);
  });
});
