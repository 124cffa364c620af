import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { stateFromStoredYaml } from '../api/testing/storedState.ts';
import { loadScenario } from '../scenario/load.ts';
import { createRng } from '../random/rng.ts';
import { createDataplane } from './send.ts';
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
  it('a chosen server with no matching path goes to its default location, not to the next tier', () => {
    const r = matchIngressIn(index, 'bar.example.com', '/');
    expect(r?.backend.service?.name).toBe('wild');
    // c-any has rules and a defaultBackend: ingress-nginx does not make it the catch-all server's
    // default (controller.go createServers configures `_` only from an Ingress "with a backend but
    // no rule"), so an unknown host with an unmatched path gets the controller's 404. This test
    // used to expect 'fallback', the Ingress API's reading, which ingress-nginx does not follow.
    expect(backend('zzz.other.org', '/nothing')).toBeNull();
    expect(backend('zzz.other.org', '/any')).toBe('any');
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

describe('ingress-nginx defaults (test/e2e/ingress/without_host.go, settings/disable_catch_all.go, controller.go createServers)', () => {
  const fixture = readFileSync(new URL('./fixtures/ingress-default-backends.yaml', import.meta.url), 'utf8');
  const withRules = buildIngressIndex(stateFromStoredYaml(fixture));
  it('an Ingress with rules and a defaultBackend serves its own host from it, and nothing else (#8823)', () => {
    // "should set ingress details variables for ingresses with host without IngressRuleValue, only
    // Backend": Host only-backend → 200 from the echo Service; only-backend-doesnotexist → 404.
    const r = matchIngressIn(withRules, 'only-backend', '/');
    expect([r?.backend.service?.name, r?.at.path]).toEqual(['echo', 'spec.defaultBackend']);
    expect(r?.rule).toBe(
      "host only-backend, no path matches: the server's default location, defaultBackend of default/backend → echo:80",
    );
    expect(matchIngressIn(withRules, 'only-backend-doesnotexist', '/')).toBeNull();
    expect(withRules.defaultWithRules?.metadata.name).toBe('backend');
  });
  it('an Ingress with a defaultBackend and no rules configures the catch-all server', () => {
    const catchAll = `${fixture}---
apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: catch-all
spec:
  ingressClassName: nginx
  defaultBackend:
    service:
      name: other
      port:
        number: 80
`;
    const i = buildIngressIndex(stateFromStoredYaml(catchAll));
    expect(matchIngressIn(i, 'only-backend-doesnotexist', '/x')?.backend.service?.name).toBe('other');
    expect(matchIngressIn(i, 'only-backend', '/x')?.backend.service?.name).toBe('echo');
  });
});

describe('the 404 for an unknown host says why ingress-nginx did not use the defaultBackend', () => {
  it('names the Ingress whose defaultBackend the API would apply', () => {
    const text = readFileSync(new URL('./fixtures/ingress-default-backends.yaml', import.meta.url), 'utf8');
    const s = loadScenario(text);
    const dp = createDataplane(s.state, createRng(1));
    const lb = s.state.services.find((x) => x.metadata.namespace === 'ingress-nginx')!.status!.loadBalancer!
      .ingress![0]!.ip!;
    const r = dp.send({ from: { kind: 'external' }, to: `http://${lb}/`, host: 'only-backend-doesnotexist', time: 0 });
    expect(r.outcome).toBe('http-error');
    expect(r.status).toBe(404);
    expect(r.why?.code).toBe('ingress.noRuleDefaultNotCatchAll');
    expect(r.why?.params.ingress).toBe('default/backend');
  });
});
