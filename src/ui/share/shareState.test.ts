import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeShareFragment, encodeShareFragment } from '../../core/share/linkCodec.ts';
import type { ClientSpec } from '../../worker/protocol.ts';
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
const clients: ClientSpec[] = [
  { id: 'laptop', from: { kind: 'external', ip: '198.51.100.7' }, to: 'http://192.168.1.11:30080', rate: 2 },
  { id: 'curl', from: { kind: 'pod', namespace: 'default', name: 'web-1' }, to: 'http://10.96.0.10:80', rate: 1 },
  { id: 'node', from: { kind: 'node', name: 'node-2' }, to: 'my-service:80', rate: 0.5 },
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
    });
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
    if (!flipped.ok) expect(flipped.error).toMatch(/damaged/);
  });
});

describe('traffic clients in links', () => {
  it('maps the protocol form to the link form and back', () => {
    expect(clients.map(clientToSetting)).toEqual([
      { id: 'laptop', from: 'external/198.51.100.7', to: 'http://192.168.1.11:30080', rate: 2 },
      { id: 'curl', from: 'pod/default/web-1', to: 'http://10.96.0.10:80', rate: 1 },
      { id: 'node', from: 'node/node-2', to: 'my-service:80', rate: 0.5 },
    ]);
  });

  it('refuses clients a link should not hold', () => {
    expect(settingToClient({ id: 'a', from: 'external/999.1.1.1', to: 'x' })).toBeNull();
    expect(settingToClient({ id: 'a', from: 'pod/<img>/x', to: 'x' })).toBeNull();
    expect(settingToClient({ id: 'a', from: 'elsewhere', to: 'x' })).toBeNull();
    expect(settingToClient({ id: 'a', from: 'external', to: 'x', rate: -1 })).toBeNull();
    expect(settingToClient({ id: 'a', from: 'external', to: 'x' })).toEqual({
      id: 'a',
      from: { kind: 'external' },
      to: 'x',
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
      { id: 'laptop', from: { kind: 'external', ip: '198.51.100.7' }, to: 'http://192.168.1.11:30080', rate: 2 },
      { id: 'anywhere', from: { kind: 'external' }, to: 'http://192.168.1.11:30080', rate: 1 },
      { id: 'curl', from: { kind: 'pod', namespace: 'default', name: 'web-1' }, to: 'http://10.96.0.10:80', rate: 1 },
      { id: 'node', from: { kind: 'node', name: 'node-2' }, to: 'my-service:80', rate: 0.5 },
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
