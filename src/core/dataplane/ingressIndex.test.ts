import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { stateFromStoredYaml } from '../api/testing/storedState.ts';
import { buildIngressIndex, ingressForHost, matchIngress, matchIngressIn } from './ingressIndex.ts';

const state = stateFromStoredYaml(readFileSync(new URL('./fixtures/ingress-hosts.yaml', import.meta.url), 'utf8'));
const index = buildIngressIndex(state);
const backend = (host: string, path: string) => matchIngressIn(index, host, path)?.backend.service?.name ?? null;

describe('ingress-nginx matching by host index', () => {
  it('exact host first; longest prefix wins; Exact beats Prefix of the same length', () => {
    expect(backend('foo.example.com', '/')).toBe('root');
    expect(backend('foo.example.com', '/app/x')).toBe('app');
    expect(backend('foo.example.com', '/app')).toBe('app-exact');
    expect(backend('foo.example.com', '/application')).toBe('root'); // element-wise prefix, not string prefix
  });
  it('a wildcard covers exactly one label', () => {
    expect(backend('bar.example.com', '/x')).toBe('wild');
    expect(backend('a.b.example.com', '/any')).toBe('any'); // two labels: falls to the host-less rule
    expect(backend('example.com', '/any')).toBe('any');
  });
  it('a chosen server with no matching path goes to the defaultBackend, not to the next tier', () => {
    const r = matchIngressIn(index, 'bar.example.com', '/');
    expect(r?.backend.service?.name).toBe('wild');
    expect(backend('zzz.other.org', '/nothing')).toBe('fallback');
    expect(matchIngressIn(index, 'zzz.other.org', '/nothing')?.at.path).toBe('spec.defaultBackend');
  });
  it('reports the rule text and the YAML path of the matched path', () => {
    const r = matchIngressIn(index, 'foo.example.com', '/app?x=1')!;
    expect(r.rule).toBe('host foo.example.com path /app (Exact) → app-exact:80');
    expect(r.at).toEqual({
      kind: 'Ingress',
      namespace: 'default',
      name: 'b-exact',
      path: 'spec.rules[0].http.paths[2]',
    });
    expect(matchIngress(state, 'foo.example.com', '/app?x=1')).toEqual(r);
  });
  it('ignores Ingresses of another class; public DNS knows exact and wildcard hosts of nginx Ingresses', () => {
    // The first nginx Ingress (by namespace/name) with a rule covering the host names the DNS record.
    expect(ingressForHost(index, 'foo.example.com')?.metadata.name).toBe('a-wild');
    expect(ingressForHost(index, 'foo.other.org')).toBeUndefined();
    expect(ingressForHost(index, 'bar.example.com')?.metadata.name).toBe('a-wild'); // traefik's exact bar.example.com is not nginx's
    expect(ingressForHost(index, 'nothing.org')).toBeUndefined();
  });
});
