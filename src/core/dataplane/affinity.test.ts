import { describe, expect, it } from 'vitest';
import { createAffinityStore, XT_RECENT_IP_LIST_TOT } from './affinity.ts';

const rec = (clientIP: string, endpoint: string) => ({
  node: 'n1',
  key: 'ns/svc:http/TCP',
  spn: 'ns/svc:http',
  endpoint,
  clientIP,
  timeout: 100,
});
const EPS = ['10.0.0.1:80', '10.0.0.2:80', '10.0.0.3:80'];

describe('ClientIP affinity lists (xt_recent semantics)', () => {
  it('finds the first endpoint in rule order whose list holds a fresh entry; --reap drops stale ones', () => {
    const s = createAffinityStore();
    s.set(rec('1.1.1.1', EPS[2]!), 0, false);
    s.set(rec('1.1.1.1', EPS[1]!), 50, false);
    expect(s.check('n1', 'ns/svc:http/TCP', EPS, '1.1.1.1', 60, 100)).toBe(EPS[1]);
    // at 120 the EPS[2] entry (t=0) is stale, EPS[1] (t=50) still fresh
    expect(s.check('n1', 'ns/svc:http/TCP', [EPS[2]!, EPS[1]!], '1.1.1.1', 120, 100)).toBe(EPS[1]);
    expect(s.entries(120).map((r) => r.endpoint)).toEqual([EPS[1]]);
    expect(s.check('n1', 'ns/svc:http/TCP', EPS, '1.1.1.1', 150, 100)).toBeNull();
    expect(s.check('n1', 'other', EPS, '1.1.1.1', 0, 100)).toBeNull();
  });
  it('checkAt answers as check does, as a position in the rule list, whichever list the entry was --set from', () => {
    const s = createAffinityStore();
    const rules = EPS.map((endpoint) => ({ endpoint }));
    // --set from the list being walked (position given), from another list's order, and stale.
    s.set({ ...rec('1.1.1.1', EPS[2]!), at: 2 }, 0, false);
    s.set({ ...rec('2.2.2.2', EPS[1]!), at: 0 }, 0, false);
    s.set(rec('3.3.3.3', EPS[0]!), 0, false);
    for (const [client, time] of [
      ['1.1.1.1', 50],
      ['2.2.2.2', 50],
      ['3.3.3.3', 50],
      ['4.4.4.4', 50],
    ] as const) {
      const want = s.check('n1', 'ns/svc:http/TCP', EPS, client, time, 100);
      expect(s.checkAt('n1', 'ns/svc:http/TCP', rules, client, time, 100)).toBe(want === null ? -1 : EPS.indexOf(want));
    }
    expect(s.checkAt('n1', 'ns/svc:http/TCP', rules, '1.1.1.1', 50, 100)).toBe(2);
    expect(s.checkAt('n1', 'ns/svc:http/TCP', rules, '2.2.2.2', 50, 100)).toBe(1);
    // --reap: a stale entry found at its position is dropped, as check drops it (asked at 60 again, it is gone).
    expect(s.checkAt('n1', 'ns/svc:http/TCP', rules, '1.1.1.1', 150, 100)).toBe(-1);
    expect(s.check('n1', 'ns/svc:http/TCP', EPS, '1.1.1.1', 60, 100)).toBeNull();
  });
  it('a holder of a bucket reaches the same entries, and not a bucket pruned away', () => {
    const s = createAffinityStore();
    const view = {
      affinityBucket: undefined as unknown,
      affinityId: -1,
    };
    const rules = EPS.map((endpoint) => ({ endpoint }));
    s.set({ ...rec('1.1.1.1', EPS[1]!), at: 1 }, 0, false, view);
    expect(s.checkAt('n1', 'ns/svc:http/TCP', rules, '1.1.1.1', 10, 100, view)).toBe(1);
    expect(s.check('n1', 'ns/svc:http/TCP', EPS, '1.1.1.1', 10, 100)).toBe(EPS[1]);
    // The only list empties at 200: the bucket leaves the store; a --set through the holder makes a new one.
    s.prune(200);
    expect(s.checkAt('n1', 'ns/svc:http/TCP', rules, '1.1.1.1', 200, 100, view)).toBe(-1);
    s.set({ ...rec('2.2.2.2', EPS[0]!), at: 0 }, 200, false, view);
    expect(s.entries(200).map((r) => `${r.clientIP} ${r.endpoint}`)).toEqual([`2.2.2.2 ${EPS[0]}`]);
    expect(s.check('n1', 'ns/svc:http/TCP', EPS, '2.2.2.2', 210, 100)).toBe(EPS[0]);
  });
  it('ignores lists of endpoints that are not in the chain being walked', () => {
    const s = createAffinityStore();
    s.set(rec('1.1.1.1', '10.9.9.9:80'), 0, false);
    expect(s.check('n1', 'ns/svc:http/TCP', EPS, '1.1.1.1', 1, 100)).toBeNull();
  });
  it('keeps at most ip_list_tot addresses per list, evicting the oldest', () => {
    const s = createAffinityStore();
    for (let i = 0; i <= XT_RECENT_IP_LIST_TOT; i++) s.set(rec(`2.0.0.${i}`, EPS[0]!), i, false);
    expect(s.entries(0)).toHaveLength(XT_RECENT_IP_LIST_TOT);
    expect(s.check('n1', 'ns/svc:http/TCP', EPS, '2.0.0.0', 1, 1000)).toBeNull();
    expect(s.check('n1', 'ns/svc:http/TCP', EPS, '2.0.0.1', 1, 1000)).toBe(EPS[0]);
  });
  it('--set makes an entry the newest of its list: entries() lists age order and overflow evicts the least recently set', () => {
    const s = createAffinityStore();
    const long = (ip: string) => ({ ...rec(ip, EPS[0]!), timeout: 1000 });
    for (let i = 0; i < XT_RECENT_IP_LIST_TOT; i++) s.set(long(`3.0.0.${i}`), i, false);
    s.set(long('3.0.0.0'), 200, false); // re-stamped: now the newest
    expect(
      s
        .entries(200)
        .map((r) => r.clientIP)
        .slice(-2),
    ).toEqual(['3.0.0.99', '3.0.0.0']);
    expect(s.entries(200)[0]?.clientIP).toBe('3.0.0.1');
    s.set(long('3.0.0.250'), 201, false); // overflow evicts 3.0.0.1, not the re-stamped 3.0.0.0
    expect(s.check('n1', 'ns/svc:http/TCP', EPS, '3.0.0.1', 201, 1000)).toBeNull();
    expect(s.check('n1', 'ns/svc:http/TCP', EPS, '3.0.0.0', 201, 1000)).toBe(EPS[0]);
    expect(s.entries(201)).toHaveLength(XT_RECENT_IP_LIST_TOT);
  });
  it('IPVS persistence is exclusive: re-pinning a client removes its other entries', () => {
    const s = createAffinityStore();
    s.set(rec('1.1.1.1', EPS[0]!), 0, true);
    s.set(rec('1.1.1.1', EPS[1]!), 1, true);
    expect(s.entries(1).map((r) => r.endpoint)).toEqual([EPS[1]]);
  });
  it('retain forgets the lists of endpoints that are gone; prune drops expired entries', () => {
    const s = createAffinityStore();
    s.set(rec('1.1.1.1', EPS[0]!), 0, false);
    s.set(rec('1.1.1.2', EPS[1]!), 0, false);
    s.retain('n1', 'ns/svc:http/TCP', new Set([EPS[1]!]));
    expect(s.check('n1', 'ns/svc:http/TCP', EPS, '1.1.1.1', 1, 100)).toBeNull();
    expect(s.entries(1).map((r) => r.clientIP)).toEqual(['1.1.1.2']);
    s.prune(500);
    expect(s.entries(0)).toEqual([]);
  });
  it('a holder finds through the index what the maps hold, over many clients set, reaped, evicted and pruned', () => {
    // The same --sets on two stores: one asked through a holder (its index), one through its maps.
    const held = createAffinityStore();
    const plain = createAffinityStore();
    const view = {
      affinityBucket: undefined as unknown,
      affinityId: -1,
    };
    const rules = EPS.map((endpoint) => ({ endpoint }));
    const other = [...rules].reverse();
    let seed = 7;
    const draw = (n: number) => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) >>> 8) % n;
    for (let t = 0; t < 4000; t++) {
      const client = `10.1.${draw(3)}.${draw(250)}`;
      const list = draw(4) === 0 ? other : rules;
      const want = plain.check(
        'n1',
        'ns/svc:http/TCP',
        list.map((r) => r.endpoint),
        client,
        t,
        100,
      );
      const got = held.checkAt('n1', 'ns/svc:http/TCP', list, client, t, 100, view);
      expect(got).toBe(want === null ? -1 : list.findIndex((r) => r.endpoint === want));
      const at = got >= 0 ? got : draw(3);
      const r = { ...rec(client, list[at]!.endpoint), at, from: list };
      held.set(r, t, false, view);
      plain.set(r, t, false);
      if (t % 500 === 499) {
        held.prune(t);
        plain.prune(t);
      }
    }
    expect(held.entries(4000)).toEqual(plain.entries(4000));
  });
});
