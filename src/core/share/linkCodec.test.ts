import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { decodeShareFragment, encodeShareFragment } from './linkCodec.ts';
import { deflateRaw } from './deflate.ts';
import { toBase64Url, fromBase64Url } from './base64url.ts';

const seedDir = new URL('../fixtures/seed/', import.meta.url);
const seedFiles = readdirSync(seedDir).filter((f) => f.endsWith('.yaml'));

describe('share links', () => {
  it('round-trip a scenario with settings', async () => {
    const s = {
      yaml: 'apiVersion: v1\nkind: Namespace\nmetadata:\n  name: x\n',
      seed: 42,
      step: 3,
      clients: [{ id: 'a', from: 'external/203.0.113.10', to: 'http://10.96.0.1' }],
    };
    const f = await encodeShareFragment(s);
    expect(f.startsWith('s=1.')).toBe(true);
    expect(await decodeShareFragment(`#${f}`)).toEqual({ ok: true, scenario: s });
  });

  it('are canonical: the same scenario gives the same link, defaults omitted', async () => {
    const yaml = readFileSync(new URL(seedFiles[0]!, seedDir), 'utf8');
    expect(await encodeShareFragment({ yaml })).toBe(
      await encodeShareFragment({ yaml, seed: 1, step: 0, view: { speed: 1 } }),
    );
  });

  it('keep every seed example under 600 characters', async () => {
    for (const f of seedFiles) {
      const yaml = readFileSync(new URL(f, seedDir), 'utf8');
      const frag = await encodeShareFragment({ yaml });
      expect(frag.length, f).toBeLessThan(600);
    }
  });

  it('refuse corrupted and truncated links with a reason', async () => {
    const f = await encodeShareFragment({ yaml: 'kind: X\n'.repeat(50) });
    for (const bad of ['', 's=1.', 's=9.abc', 's=1.!!!!', f.slice(0, f.length - 7), 'foo=bar']) {
      const r = await decodeShareFragment(bad);
      expect(r.ok, bad).toBe(false);
      if (!r.ok) expect(r.problem.code).toMatch(/^link\./);
    }
  });

  it('stop inflating a decompression bomb', async () => {
    const bomb = await deflateRaw(new Uint8Array(5_000_000));
    const r = await decodeShareFragment(`s=1.${toBase64Url(bomb)}`);
    expect(r).toEqual({ ok: false, problem: { code: 'link.noInflate', params: { mb: 1 } } });
  });

  it('decode a golden link made by schema 1 (old links keep working)', async () => {
    const golden = readFileSync(new URL('./fixtures/golden-v1.txt', import.meta.url), 'utf8').trim();
    const r = await decodeShareFragment(golden);
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.scenario.seed).toBe(7);
      expect(r.scenario.yaml).toContain('name: my-service');
    }
  });
});

describe('base64url', () => {
  it('round-trips every length', () => {
    for (let n = 0; n < 10; n++) {
      const b = Uint8Array.from({ length: n }, (_, i) => (i * 37 + 11) & 255);
      expect(fromBase64Url(toBase64Url(b))).toEqual(b);
    }
  });
});
