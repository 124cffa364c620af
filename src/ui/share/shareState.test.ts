import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeShareFragment, encodeShareFragment } from '../../core/share/linkCodec.ts';
import { messageText } from '../../text/messages.ts';
import type { ClientDecl } from '../../worker/protocol.ts';
import { loadScenario } from '../../core/scenario/index.ts';
import { resolveClients } from '../../core/sim/index.ts';
import {
  clientToSetting,
  fromShared,
  linkDecision,
  playgroundUrl,
  embedPlaygroundHref,
  settingToClient,
  toShared,
  type ShareableState,
} from './shareState.ts';

const yaml = readFileSync(new URL('../../scenarios/default.yaml', import.meta.url), 'utf8');
const hostile = readFileSync(new URL('./fixtures/hostile.yaml', import.meta.url), 'utf8');
const url = (u: string): ClientDecl['to'] => ({ kind: 'url', url: u });
const clients: ClientDecl[] = [
  { id: 'laptop', from: { kind: 'external', ip: '198.51.100.7' }, to: url('http://192.168.1.11:30080'), rate: 2 },
  { id: 'curl', from: { kind: 'pod', namespace: 'default', name: 'web-1' }, to: url('http://10.96.0.10:80'), rate: 1 },
  { id: 'node', from: { kind: 'node', name: 'node-2' }, to: url('my-service:80'), rate: 0.5 },
  {
    id: 'app',
    from: { kind: 'workload', workload: 'Deployment', namespace: 'default', name: 'web' },
    to: { kind: 'nodePort', namespace: 'default', service: 'my-service-nodeport', port: 80, node: 'node-2' },
    rate: 1,
  },
];
const state: ShareableState = {
  text: yaml,
  seed: 42,
  clients,
  lesson: 'session-affinity',
  lessonStep: 2,
  theme: 'light',
  speed: 2,
};

describe('share links of the app state', () => {
  it('round-trips text, seed, clients, lesson step and view through the core codec', async () => {
    const fragment = await encodeShareFragment(toShared(state));
    expect(fragment.startsWith('s=1.')).toBe(true);
    const decoded = await decodeShareFragment(`#${fragment}`);
    expect(decoded.ok).toBe(true);
    if (!decoded.ok) return;
    expect(fromShared(decoded.scenario)).toEqual({
      text: yaml,
      seed: 42,
      clients,
      lesson: 'session-affinity',
      step: 2,
      theme: 'light',
      speed: 2,
      paused: false,
    });
  });

  it('a link opens playing; one made to open paused says so, and only then (old links unchanged)', async () => {
    const playing = await encodeShareFragment(toShared(state));
    const paused = await encodeShareFragment(toShared({ ...state, paused: true }));
    expect(paused).not.toBe(playing);
    const read = async (f: string) => {
      const d = await decodeShareFragment(f);
      return d.ok ? fromShared(d.scenario).paused : null;
    };
    expect(await read(playing)).toBe(false);
    expect(await read(paused)).toBe(true);
    expect(await encodeShareFragment(toShared({ ...state, paused: false }))).toBe(playing);
  });

  it('is canonical: the same state gives the same link', async () => {
    expect(await encodeShareFragment(toShared({ ...state }))).toBe(await encodeShareFragment(toShared(state)));
  });

  it('carries hostile text unchanged (it is data, rendered as text by the UI)', async () => {
    const decoded = await decodeShareFragment(await encodeShareFragment(toShared({ ...state, text: hostile })));
    expect(decoded.ok && decoded.scenario.yaml).toBe(hostile);
  });

  it('a truncated or corrupted link is refused with a reason', async () => {
    const fragment = await encodeShareFragment(toShared(state));
    const cut = await decodeShareFragment(fragment.slice(0, Math.floor(fragment.length / 2)));
    expect(cut).toMatchObject({ ok: false });
    const flipped = await decodeShareFragment(`${fragment.slice(0, 10)}!!${fragment.slice(12)}`);
    expect(flipped.ok).toBe(false);
    // '!' is never in a share link's base64url: damaged, and said so in the page's language
    if (!flipped.ok) {
      expect(flipped.problem.code).toBe('link.badCharacters');
      expect(messageText('en', flipped.problem)).toMatch(/damaged/);
      expect(messageText('ko', flipped.problem)).toBe('링크가 손상되었습니다: 공유 링크에 없는 문자가 들어 있습니다');
    }
  });
});

describe('traffic clients in links', () => {
  it('writes declarations in the core text form, not the addresses a load resolved, and reads them back', () => {
    expect(clients.map(clientToSetting)).toEqual([
      { id: 'laptop', from: 'external/198.51.100.7', to: 'http://192.168.1.11:30080', rate: 2 },
      { id: 'curl', from: 'pod/default/web-1', to: 'http://10.96.0.10:80', rate: 1 },
      { id: 'node', from: 'node/node-2', to: 'my-service:80', rate: 0.5 },
      { id: 'app', from: 'deployment/default/web', to: 'nodeport/default/my-service-nodeport:80@node-2', rate: 1 },
    ]);
    expect(clients.map(clientToSetting).map(settingToClient)).toEqual(clients);
  });

  it('opens a link made on main before clients were declarations: same clients, same bytes, a gone pod sends nothing', async () => {
    // Made with main's share dialog at c9a2813: the default clients resolved at seed 3, then Seed set to 7
    // (issue 12 item 1: the curl client is pinned to a seeded pod name that seed 7 does not make).
    const old =
      '#s=1.xZNNb9swDIb_CqEeerEdO9laR7ei22HYB4qt2GUeBsViYiGypElMPKPofx_kOB8Nug9gh_lGkX7I9xX1wLaMFwnrRasZZxdw3yA4LfqVtxsjLwMslQ8EoUYjvLIcqPGI4KwMsMBGGQnUWfiEfqtqDAmIAMoANQhvNwv0BgkDSFuHy8pcQMXGyoqBEyvM4LVUBML01Ciz4sOPUomVFy0srda2CxHZ2w1Q7zCrjHDqM_qgrOEgnAuTbVGZtTKSwyt02vYtGqpMiySkIMErA2BEixw6XFQmOKyHM49Oq1oEDrMYBtRYk_VDDqAVVDfvxAJ1GE8gdsvWB1GZspMd931_41wsImydFoR7xukI8dNPeX9BBDjMG7_aGhLKoD-FpKO8gH6LaWMDxfiYB7iAGxM69AFwi74Hj983GAg6Rc3guLPxqm1nRlS0uxYGAiJ0jaqbWLFrIEFRdgpXrVghB48rFcj32bochAzF356bxllPp_PvNByk3VlPHOaz66unJQDOW7K11Rzub-8qk6ZpXKmPKOpGLDSCMkFJHATVehMIPQgCRQFud-Gbu2ToDmWewNL6TniJEsjuTQiXu3zsfrZqxy3bb_BzK9b2adinDzd3tlp_vPRTg9Jz1UcPOZT5PibhV0in1o3uxPccRDu-2KW3LdgNnfvEx8UwViJoFQhNAGt2ZszyvMz_0Y00kiPtxJb4njl8sBLvhsR_Mmp3bsYx-E5uZVjCAqJk_DphtVZoKDD-5YEpyTjTwpF1LGHRUMYZ_iD0RujJNJ9leVYUs6zIWcLIMs4aIscnk2I-zYqrMiuyouBDE5YwLwgZnz4mI9g11uBvudOXv-ZOz7jFgVtvvD5inZUTiUux0TTpcJHOy-XyxaK8uk5fTufz9rxBbJxnZTad5vzJ1F8TtlXYMf7AqMEWGWdS-DV7fPwJ';
    const decoded = await decodeShareFragment(old);
    expect(decoded.ok).toBe(true);
    if (!decoded.ok) return;
    const opened = fromShared(decoded.scenario);
    expect(opened.seed).toBe(7);
    expect(opened.clients?.map(clientToSetting)).toEqual([
      { id: 'laptop', from: 'external/203.0.113.10', to: 'http://192.168.1.11:30080', rate: 2 },
      { id: 'phone', from: 'external/203.0.113.25', to: 'http://192.168.1.12:30080', rate: 1 },
      { id: 'curl', from: 'pod/default/web-98ff4b867-5299m', to: 'http://10.110.8.220:80', rate: 2 },
    ]);
    // Written again, byte for byte the link made before.
    expect(
      `#${await encodeShareFragment(toShared({ ...state, text: opened.text, seed: 7, clients: opened.clients, lesson: null, lessonStep: 0, theme: 'dark', speed: 1 }))}`,
    ).toBe(old);
    // On its own cluster the outside clients run; the pod seed 7 does not make is reported, and sends nothing.
    const resolved = resolveClients(loadScenario(opened.text, { seed: 7 }).state, opened.clients!);
    expect(resolved.map((r) => (r.ok ? r.id : r.problem))).toEqual([
      'laptop',
      'phone',
      { code: 'source-pod-missing', namespace: 'default', name: 'web-98ff4b867-5299m' },
    ]);
  });

  it('refuses clients a link should not hold', () => {
    expect(settingToClient({ id: 'a', from: 'external/999.1.1.1', to: 'x' })).toBeNull();
    expect(settingToClient({ id: 'a', from: 'pod/<img>/x', to: 'x' })).toBeNull();
    expect(settingToClient({ id: 'a', from: 'elsewhere', to: 'x' })).toBeNull();
    expect(settingToClient({ id: 'a', from: 'external', to: 'x', rate: -1 })).toBeNull();
    expect(settingToClient({ id: 'a', from: 'external', to: 'nodeport/web@' })).toBeNull();
    expect(settingToClient({ id: 'a', from: 'external', to: 'x' })).toEqual({
      id: 'a',
      from: { kind: 'external' },
      to: { kind: 'url', url: 'x' },
      rate: 1,
    });
  });

  it('opens a link made before clients carried a typed source, with the same clients', async () => {
    // Made by the share dialog of commit 750c4ea (clients then were `external` + sourceIP, `pod:ns/name`, `node:name`).
    const old =
      '#s=1.jdHNasMwDMDxVzE6O46drh_RUwwGuyw7uLG2hia2cdRkpeTdR7N2LdsOuxj-EvwQ-AQDoJFwtF0LCDY2z5T6JngUg6n8vvEOxROloamp8h2xdZYtVl4IbztC0R2z_rruI9XzqqeWag5pDiFsjChG2p4rhsT9ZZ7NhWKjv1oItumd-HGelov1qvIgoSdygA-FhLptyHMP-HKCxgFCayOHCBLeUugAgT6YkrdtbsqNWhpltFZrkMABEHbMEfPclIUyq40yyhhcaL3RICFZJsBikhfY-uO4o0S_6f9r5lurD6m9STG43NGbPbScj7TNzE9Sq3KltDIa_9R8cHd3nSs_P1lxdW5_cg9otZxeJQwNjYAn4B11BAjOpj1M0yc';
    const decoded = await decodeShareFragment(old);
    expect(decoded.ok).toBe(true);
    if (!decoded.ok) return;
    const opened = fromShared(decoded.scenario);
    expect(opened.seed).toBe(42);
    expect(opened.theme).toBe('dark');
    expect(opened.clients).toEqual([
      { id: 'laptop', from: { kind: 'external', ip: '198.51.100.7' }, to: url('http://192.168.1.11:30080'), rate: 2 },
      { id: 'anywhere', from: { kind: 'external' }, to: url('http://192.168.1.11:30080'), rate: 1 },
      {
        id: 'curl',
        from: { kind: 'pod', namespace: 'default', name: 'web-1' },
        to: url('http://10.96.0.10:80'),
        rate: 1,
      },
      { id: 'node', from: { kind: 'node', name: 'node-2' }, to: url('my-service:80'), rate: 0.5 },
    ]);
    // Written again, the link is byte for byte the one made before.
    expect(
      `#${await encodeShareFragment(toShared({ ...state, text: opened.text, seed: 42, clients: opened.clients, lesson: null, lessonStep: 0, theme: 'dark', speed: 1 }))}`,
    ).toBe(old);
  });

  it('ignores a bad seed or speed from a link', () => {
    const o = fromShared({ yaml: 'x', seed: -5, view: { speed: 1e9 } });
    expect(o.seed).toBe(1);
    expect(o.speed).toBeNull();
  });
});

describe(linkDecision, () => {
  it('asks before replacing a different draft, applies over the default, does nothing when equal', () => {
    expect(linkDecision(true, { text: 'a', seed: 1 }, { text: 'b', seed: 1 })).toBe('ask');
    expect(linkDecision(true, { text: 'a', seed: 1 }, { text: 'a', seed: 2 })).toBe('ask');
    expect(linkDecision(false, { text: 'a', seed: 1 }, { text: 'b', seed: 1 })).toBe('apply');
    expect(linkDecision(true, { text: 'a', seed: 1 }, { text: 'a', seed: 1 })).toBe('same');
  });

  it('links an embed to the playground on its own origin, even from a path that looks like another host', () => {
    const href = embedPlaygroundHref({ origin: 'https://ksp.example', pathname: '//other.host/', hash: '#s=1.abc' });
    expect(new URL(href).origin).toBe('https://ksp.example');
    expect(href).toBe('https://ksp.example//other.host/#s=1.abc');
    expect(embedPlaygroundHref({ origin: 'https://ksp.example', pathname: '/play/', hash: '' })).toBe(
      'https://ksp.example/play/',
    );
  });

  it('builds the playground address without the embed query', () => {
    expect(playgroundUrl({ origin: 'https://ksp.example', pathname: '/play/' }, 's=1.abc')).toBe(
      'https://ksp.example/play/#s=1.abc',
    );
  });
});
