import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createDataplaneWith } from './dataplane.ts';
import { stateFromStoredYaml } from '../api/testing/storedState.ts';
import { createRng } from '../random/rng.ts';
import { parseTarget } from './target.ts';
import { say, sayEnglish } from './said.ts';
import { hostMatches, pathMatches } from './ingressMatch.ts';

const text = readFileSync(new URL('./fixtures/two-nodes.yaml', import.meta.url), 'utf8');
const mode = (m: string, extra = '') =>
  createDataplaneWith(
    stateFromStoredYaml(
      `${text}---\napiVersion: kubeproxy.config.k8s.io/v1alpha1\nkind: KubeProxyConfiguration\nmode: ${m}\n${extra}`,
    ),
    createRng(1),
    (_s, n) => ({ kind: 'NXDOMAIN', tried: [n] }),
  );
const from = { kind: 'pod', namespace: 'default', name: 'client' } as const;

describe('proxy modes', () => {
  it('IPVS rr cycles through the real servers in order on a node', () => {
    const dp = mode('ipvs');
    const pods = Array.from({ length: 6 }, (_, i) => dp.send({ from, to: '10.96.0.20:80', time: i }).pod);
    expect(pods).toEqual([
      'default/web-a',
      'default/web-b',
      'default/web-c',
      'default/web-a',
      'default/web-b',
      'default/web-c',
    ]);
    expect(dp.send({ from, to: '10.96.0.20:80', time: 9 }).hops.find((h) => h.kind === 'kube-proxy')!.rule).toBe(
      'TCP  10.96.0.20:80 rr',
    );
  });
  it('IPVS and nftables reject a wrong port on a ClusterIP (iptables lets it time out)', () => {
    expect(mode('ipvs').send({ from, to: '10.96.0.20:81', time: 0 }).outcome).toBe('refused');
    expect(mode('nftables').send({ from, to: '10.96.0.20:81', time: 0 }).outcome).toBe('refused');
    expect(mode('iptables').send({ from, to: '10.96.0.20:81', time: 0 }).outcome).toBe('timeout');
  });
  it('nftables picks with numgen random mod n', () => {
    const dp = mode('nftables');
    const r = dp.send({ from, to: '10.96.0.20:80', time: 0 });
    expect(r.hops.find((h) => h.rule?.startsWith('numgen'))!.rule).toMatch(
      /^numgen random mod 3 vmap \{ 0 : goto endpoint-[A-Z2-7]{8}-default\/web\/tcp\/__10\.244\.1\.10\/9376 , /,
    );
  });
});

describe('target parsing', () => {
  it('defaults and errors', () => {
    expect(parseTarget('web')).toEqual({
      ok: true,
      target: { scheme: 'http', host: 'web', port: 80, path: '/', isIP: false },
    });
    expect(parseTarget('https://Shop.Example.com/a?b=1')).toEqual({
      ok: true,
      target: { scheme: 'https', host: 'shop.example.com', port: 443, path: '/a?b=1', isIP: false },
    });
    const bad = parseTarget('10.0.0.1:99999');
    expect(bad).toEqual({ ok: false, why: say('target.port', { port: '99999', text: '10.0.0.1:99999' }) });
    expect(!bad.ok && sayEnglish(bad.why)).toBe(
      'invalid port "99999" in "10.0.0.1:99999": a port is a number from 1 to 65535',
    );
    expect(parseTarget('ftp://x').ok).toBe(false);
  });
});

describe('ingress matching (ingress.md examples table)', () => {
  it.each([
    ['Prefix', '/', '/anything', true],
    ['Exact', '/foo', '/foo', true],
    ['Exact', '/foo', '/foo/', false],
    ['Prefix', '/foo', '/foo/', true],
    ['Prefix', '/foo/', '/foo', true],
    ['Prefix', '/aaa/bb', '/aaa/bbb', false],
    ['Prefix', '/aaa/bbb/', '/aaa/bbb', true],
    ['Prefix', '/aaa/bbb', '/aaa/bbb/ccc', true],
    ['Prefix', '/aaa/bbb', '/aaa/bbbxyz', false],
  ])('%s %s vs %s → %s', (t, p, req, want) => expect(pathMatches(t, p, req)).toBe(want));
  it('wildcard hosts cover exactly one label', () => {
    expect(hostMatches('*.foo.com', 'bar.foo.com')).toBe(true);
    expect(hostMatches('*.foo.com', 'baz.bar.foo.com')).toBe(false);
    expect(hostMatches('*.foo.com', 'foo.com')).toBe(false);
  });
});
