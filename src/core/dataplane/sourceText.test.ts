import { describe, expect, it } from 'vitest';
import { formatSource, parseSource } from './sourceText.ts';
import type { Source } from './types.ts';

describe(parseSource, () => {
  it('reads every form the CLI, lessons and share links write', () => {
    expect(parseSource('external')).toEqual({ ok: true, source: { kind: 'external' } });
    expect(parseSource('external/203.0.113.7')).toEqual({ ok: true, source: { kind: 'external', ip: '203.0.113.7' } });
    expect(parseSource('node/node-1')).toEqual({ ok: true, source: { kind: 'node', name: 'node-1' } });
    expect(parseSource('pod/client')).toEqual({
      ok: true,
      source: { kind: 'pod', namespace: 'default', name: 'client' },
    });
    expect(parseSource('pod/client', 'shop')).toEqual({
      ok: true,
      source: { kind: 'pod', namespace: 'shop', name: 'client' },
    });
    expect(parseSource('pod/kube-system/coredns-')).toEqual({
      ok: true,
      source: { kind: 'pod', namespace: 'kube-system', name: 'coredns-' },
    });
    // kubectl's short and plural names for the kind.
    expect(parseSource('po/web-1')).toMatchObject({ ok: true, source: { kind: 'pod', name: 'web-1' } });
    expect(parseSource('nodes/node-2')).toEqual({ ok: true, source: { kind: 'node', name: 'node-2' } });
  });

  it('refuses what is not a source, saying which forms are', () => {
    for (const bad of [
      'deploy/x',
      'pod:default/web-1',
      'external:203.0.113.7',
      'external/999.1.1.1',
      'external/host',
      'pod/',
      'pod/<img>/x',
      'pod/a/b/c',
      'node/a/b',
      'node/Node1',
      '',
    ]) {
      const r = parseSource(bad);
      expect(r.ok, bad).toBe(false);
      if (!r.ok) expect(r.error).toContain('pod/NAMESPACE/NAME');
    }
  });
});

describe(formatSource, () => {
  it('writes text that parseSource reads back to the same source', () => {
    const sources: Source[] = [
      { kind: 'external' },
      { kind: 'external', ip: '198.51.100.7' },
      { kind: 'node', name: 'node-1' },
      { kind: 'pod', namespace: 'shop', name: 'web-1' },
    ];
    expect(sources.map(formatSource)).toEqual(['external', 'external/198.51.100.7', 'node/node-1', 'pod/shop/web-1']);
    for (const s of sources) expect(parseSource(formatSource(s), 'elsewhere')).toEqual({ ok: true, source: s });
  });
});
