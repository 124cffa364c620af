// The built-in Gateway end to end (admission, controller status, public DNS, routing), each case
// mirroring a kubernetes-sigs/gateway-api conformance test (named beside it, conformance/tests/).
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { loadScenario } from '../scenario/load.ts';
import { createRng } from '../random/rng.ts';
import { createDataplane } from './send.ts';
import type { AdmittedHTTPRoute } from '../model/gatewayApi.ts';
import type { SendRequest } from './types.ts';

const read = (f: string) => readFileSync(new URL(`./fixtures/gateway/${f}`, import.meta.url), 'utf8');
const load = (...files: string[]) => {
  const s = loadScenario([read('base.yaml'), ...files.map(read)].join('\n---\n'), { seed: 1, fileName: 'gw.yaml' });
  const errors = s.diagnostics.filter((d) => d.severity === 'error');
  if (errors.length > 0) throw new Error(JSON.stringify(errors));
  const gw = s.state.gateways.find((g) => g.metadata.name === 'same-namespace')!;
  const address = gw.status!.addresses![0]!.value;
  const dp = createDataplane(s.state, createRng(1));
  const send = (req: Partial<SendRequest> & { path?: string }) =>
    dp.send({ from: { kind: 'external' }, to: `http://${address}${req.path ?? '/'}`, time: 0, ...req });
  /** The backend Service name of the pod that answered (pods are named after their Deployment). */
  const backend = (req: Partial<SendRequest> & { path?: string }) => {
    const r = send(req);
    return r.outcome === 'ok' ? r.pod!.split('/')[1]!.replace(/-[a-z0-9]+-[a-z0-9]+$/, '') : `${r.status ?? r.outcome}`;
  };
  const route = (name: string) => s.state.httpRoutes.find((r) => r.metadata.name === name)!;
  return { s, gw, address, send, backend, route };
};
/** The conformance base plus one more file, and the Gateway of that file. */
const loadGateway = (text: string, gateway: string) => {
  const s = loadScenario([read('base.yaml'), text].join('\n---\n'), { seed: 1, fileName: 'gw.yaml' });
  const errors = s.diagnostics.filter((d) => d.severity === 'error');
  if (errors.length > 0) throw new Error(JSON.stringify(errors));
  return { s, gw: s.state.gateways.find((g) => g.metadata.name === gateway)! };
};
const condition = (r: AdmittedHTTPRoute, type: string, parent = 0) =>
  r.status?.parents[parent]?.conditions.find((c) => c.type === type);

describe('the built-in GatewayClass and Gateway status', () => {
  it('installs GatewayClass nginx (NGINX Gateway Fabric) and accepts it', () => {
    const { s } = load('matching.yaml');
    const gc = s.state.gatewayClasses.find((c) => c.metadata.name === 'nginx')!;
    expect(gc.spec.controllerName).toBe('gateway.nginx.org/nginx-gateway-controller');
    expect(gc.status?.conditions?.map((c) => [c.type, c.status])).toEqual([
      ['Accepted', 'True'],
      ['SupportedVersion', 'True'],
    ]);
  });

  it('gives the Gateway an address from the cloud pool and the listener conditions (gateway-with-attached-routes)', () => {
    const { gw, address, s } = load('matching.yaml');
    expect(address).toMatch(/^198\.51\.100\.\d+$/);
    expect(gw.status?.addresses).toEqual([{ type: 'IPAddress', value: address }]);
    expect(gw.status?.conditions?.map((c) => [c.type, c.status, c.reason])).toEqual([
      ['Accepted', 'True', 'Accepted'],
      ['Programmed', 'True', 'Programmed'],
    ]);
    const l = gw.status!.listeners![0]!;
    expect(l.name).toBe('http');
    expect(l.supportedKinds).toEqual([{ group: 'gateway.networking.k8s.io', kind: 'HTTPRoute' }]);
    expect(l.attachedRoutes).toBe(1);
    expect(l.conditions.map((c) => [c.type, c.status])).toEqual([
      ['Accepted', 'True'],
      ['Programmed', 'True'],
      ['ResolvedRefs', 'True'],
      ['Conflicted', 'False'],
    ]);
    // GEP-1762: the data plane is <gateway>-<class>, a LoadBalancer Service in the Gateway's namespace.
    const svc = s.state.services.find((x) => x.metadata.name === 'same-namespace-nginx')!;
    expect(svc.spec.type).toBe('LoadBalancer');
    expect(svc.status?.loadBalancer?.ingress?.[0]?.ip).toBe(address);
  });

  it('a Gateway of a class nobody serves keeps the CRD default status', () => {
    const s = loadScenario(
      'apiVersion: gateway.networking.k8s.io/v1\nkind: Gateway\nmetadata: {name: g}\nspec:\n  gatewayClassName: other\n  listeners: [{name: http, port: 80, protocol: HTTP}]\n',
    );
    expect(s.state.gateways[0]!.status?.conditions?.map((c) => [c.type, c.status, c.reason])).toEqual([
      ['Accepted', 'Unknown', 'Pending'],
      ['Programmed', 'Unknown', 'Pending'],
    ]);
    expect(s.state.services.some((x) => x.metadata.name === 'g-other')).toBe(false);
  });
});

describe('HTTPRoute status', () => {
  it('BackendNotFound, RefNotPermitted and InvalidKind in ResolvedRefs; NoMatchingParent and NotAllowedByListeners in Accepted', () => {
    const { route, gw } = load('invalid-refs.yaml');
    // httproute-invalid-nonexistent-backendref
    expect(condition(route('invalid-nonexistent-backend-ref'), 'Accepted')?.status).toBe('True');
    expect(condition(route('invalid-nonexistent-backend-ref'), 'ResolvedRefs')).toMatchObject({
      status: 'False',
      reason: 'BackendNotFound',
    });
    // httproute-invalid-cross-namespace-backend-ref
    expect(condition(route('invalid-cross-namespace-backend-ref'), 'ResolvedRefs')).toMatchObject({
      status: 'False',
      reason: 'RefNotPermitted',
    });
    // httproute-invalid-backendref-unknown-kind
    expect(condition(route('invalid-backend-ref-unknown-kind'), 'ResolvedRefs')?.reason).toBe('InvalidKind');
    // httproute-invalid-parentref-not-matching-section-name / -listener-port
    expect(condition(route('httproute-listener-not-matching-section-name'), 'Accepted')).toMatchObject({
      status: 'False',
      reason: 'NoMatchingParent',
    });
    expect(condition(route('httproute-listener-not-matching-route-port'), 'Accepted')?.reason).toBe('NoMatchingParent');
    // httproute-invalid-cross-namespace-parent-ref
    expect(condition(route('invalid-cross-namespace-parent-ref'), 'Accepted')).toMatchObject({
      status: 'False',
      reason: 'NotAllowedByListeners',
    });
    // Only the three accepted routes count as attached.
    expect(gw.status!.listeners![0]!.attachedRoutes).toBe(3);
    expect(route('invalid-nonexistent-backend-ref').status!.parents[0]!.controllerName).toBe(
      'gateway.nginx.org/nginx-gateway-controller',
    );
  });

  it('a ReferenceGrant permits the cross-namespace backend (httproute-reference-grant)', () => {
    const { route, backend } = load('invalid-refs.yaml', 'reference-grant.yaml');
    expect(condition(route('invalid-cross-namespace-backend-ref'), 'ResolvedRefs')?.status).toBe('True');
    expect(backend({ host: 'cross.example.com' })).toBe('web-backend');
  });
});

describe('routing through the Gateway', () => {
  it('answers 500 for invalid backends and 404 when nothing matches', () => {
    const { send } = load('invalid-refs.yaml');
    // httproute-invalid-nonexistent-backendref, -cross-namespace-backend-ref, -backendref-unknown-kind: 500
    for (const host of ['nonexistent.example.com', 'cross.example.com', 'kind.example.com']) {
      const r = send({ host });
      expect(r.status, host).toBe(500);
      expect(r.why?.code).toBe('gateway.backendInvalid');
    }
    const r = send({ host: 'unknown.example.com' });
    expect(r.status).toBe(404);
    expect(r.why?.code).toBe('gateway.noRoute');
  });

  it('orders matches as the spec does (httproute-matching)', () => {
    const { backend } = load('matching.yaml');
    expect(backend({ path: '/' })).toBe('infra-backend-v1');
    expect(backend({ path: '/example' })).toBe('infra-backend-v1');
    expect(backend({ path: '/', headers: { Version: 'one' } })).toBe('infra-backend-v1');
    expect(backend({ path: '/v2' })).toBe('infra-backend-v2');
    expect(backend({ path: '/v2/example' })).toBe('infra-backend-v2');
    expect(backend({ path: '/', headers: { Version: 'two' } })).toBe('infra-backend-v2');
    expect(backend({ path: '/v2/' })).toBe('infra-backend-v2');
    expect(backend({ path: '/v2example' })).toBe('infra-backend-v1');
    expect(backend({ path: '/foo/v2/example' })).toBe('infra-backend-v1');
  });

  it('orders matches across routes sharing a hostname (httproute-matching-across-routes)', () => {
    const { backend } = load('across-routes.yaml');
    expect(backend({ host: 'example.com', path: '/' })).toBe('infra-backend-v1');
    expect(backend({ host: 'example.net', path: '/example' })).toBe('infra-backend-v1');
    expect(backend({ host: 'example.com', path: '/example', headers: { Version: 'one' } })).toBe('infra-backend-v1');
    expect(backend({ host: 'example.com', path: '/v2' })).toBe('infra-backend-v2');
    expect(backend({ host: 'example.net', path: '/v2' })).toBe('infra-backend-v1');
    expect(backend({ host: 'example.com', path: '/v2/example' })).toBe('infra-backend-v2');
    expect(backend({ host: 'example.com', path: '/', headers: { Version: 'two' } })).toBe('infra-backend-v2');
    expect(backend({ host: 'example.org', path: '/' })).toBe('404');
  });

  it('splits by weight with the seeded RNG, never to weight 0 (httproute-weight)', () => {
    const { backend } = load('weight.yaml');
    const counts = new Map<string, number>();
    for (let i = 0; i < 1000; i++) {
      const b = backend({ path: '/' });
      counts.set(b, (counts.get(b) ?? 0) + 1);
    }
    expect(counts.get('infra-backend-v3')).toBeUndefined();
    // The conformance suite allows a 5% deviation from 0.7 / 0.3.
    expect(Math.abs(counts.get('infra-backend-v1')! / 1000 - 0.7)).toBeLessThan(0.05);
    expect(Math.abs(counts.get('infra-backend-v2')! / 1000 - 0.3)).toBeLessThan(0.05);
    // Determinism: the same scenario and seed give the same sequence.
    const first = load('weight.yaml');
    const second = load('weight.yaml');
    const a = Array.from({ length: 30 }, () => first.send({ path: '/' }).pod);
    const b = Array.from({ length: 30 }, () => second.send({ path: '/' }).pod);
    expect(a).toEqual(b);
    expect(new Set(Array.from({ length: 30 }, () => first.backend({ path: '/' })))).toEqual(
      new Set(['infra-backend-v1', 'infra-backend-v2']),
    );
  });

  it('redirects, rewrites and modifies headers (httproute-redirect-path, -rewrite-path, -request-header-modifier)', () => {
    const { send, backend } = load('filters.yaml');
    const redirect = send({ path: '/original-prefix/lemon' });
    expect(redirect.status).toBe(302);
    expect(redirect.response).toBe('302 Found');
    expect(redirect.location).toMatch(/^http:\/\/[0-9.]+\/replacement-prefix\/lemon$/);
    const full = send({ path: '/full/path/original' });
    expect(full.status).toBe(301);
    expect([full.response, full.location]).toEqual([
      '301 Moved Permanently',
      'http://example.org/full-path-replacement',
    ]);
    const rewritten = send({ path: '/prefix/one/two' });
    expect(rewritten.outcome).toBe('ok');
    expect(rewritten.hops.find((h) => h.say?.code === 'hop.gatewayFilters')?.detail).toBe(
      'filters: rewrite path to /one/two',
    );
    const headers = send({ path: '/set', headers: { 'X-Header-Set': 'old', 'X-Header-Remove': 'x' } });
    expect(headers.hops.find((h) => h.say?.code === 'hop.gatewayFilters')?.detail).toBe(
      'filters: set X-Header-Set: set-overwrites-values; add X-Header-Add: add-appends-values; remove X-Header-Remove',
    );
    // httproute-exact-path-matching, httproute-method-matching, httproute-query-param-matching
    expect(backend({ path: '/one' })).toBe('infra-backend-v1');
    expect(backend({ path: '/one/example' })).toBe('404');
    expect(backend({ path: '/m', method: 'POST' })).toBe('infra-backend-v2');
    expect(backend({ path: '/m?animal=whale' })).toBe('infra-backend-v3');
    expect(backend({ path: '/m?animal=dolphin' })).toBe('infra-backend-v1');
  });

  it('resolves route hostnames through public DNS to the Gateway address and traces each step', () => {
    const { s, address } = load('across-routes.yaml');
    const dp = createDataplane(s.state, createRng(1));
    const r = dp.send({ from: { kind: 'external' }, to: 'http://example.net/example', time: 0 });
    expect(r.outcome).toBe('ok');
    expect(r.hops.map((h) => h.kind)).toEqual([
      'client',
      'dns',
      'load-balancer',
      'kube-proxy',
      'kube-proxy',
      'dnat',
      'pod',
      'gateway',
      'gateway',
      ...r.hops.slice(9).map((h) => h.kind),
    ]);
    expect(
      r.hops
        .slice(9)
        .map((h) => h.kind)
        .pop(),
    ).toBe('pod');
    expect(r.hops[1]!.say?.code).toBe('hop.dnsPublicGateway');
    expect(r.hops[1]!.toIP).toBe(address);
    expect(r.hops[7]!.detail).toBe(
      'Gateway gateway-conformance-infra/same-namespace listener http (port 80) → HTTPRoute gateway-conformance-infra/matching-part1 rule 0 (PathPrefix /)',
    );
    expect(r.hops[8]!.detail).toMatch(
      /^backendRef gateway-conformance-infra\/infra-backend-v1:8080 picked \(weight 1 of 1\)/,
    );
    expect(r.entry).toEqual({
      kind: 'LoadBalancer',
      namespace: 'gateway-conformance-infra',
      name: 'same-namespace-nginx',
    });
  });
});

describe('the packet through the Gateway', () => {
  it('opens a second connection from the data plane pod to the endpoint, and the reply goes back through it', () => {
    const { send, s } = load('matching.yaml');
    const r = send({ path: '/v2' });
    const dataPlane = s.state.pods.find((p) => p.metadata.name.startsWith('same-namespace-nginx-'))!;
    const pick = r.hops.find((h) => h.say?.code === 'hop.gatewayBackend')!;
    expect(pick.packet).toEqual({ src: dataPlane.status!.podIP, dst: `${r.podIP}:${r.port}` });
    expect(r.reply?.map((x) => x.step)).toEqual(['pod', 'proxy', 'conntrack']);
  });
});

describe('listener conflicts', () => {
  const loadConflicts = (text = read('conflicts.yaml')) => {
    const { s, gw } = loadGateway(text, 'conflicts');
    const listener = (name: string) => gw.status!.listeners!.find((l) => l.name === name)!;
    const conds = (name: string) => listener(name).conditions.map((c) => [c.type, c.status, c.reason]);
    return { s, gw, listener, conds };
  };
  // NGF gateway_test.go "port/protocol collisions": HTTP and HTTPS on one port conflict, every one of them
  // (gateway_types.go: "MUST NOT pick one conflicting Listener as the winner"), with the message of
  // gateway_listener.go portProtocolConflictMsg. The conditions are those of conformance
  // listenerset-protocol-conflict.go (protocolConflictedListenerConditions): Accepted False, Programmed
  // False and Conflicted True, each with reason ProtocolConflict.
  const conflicted = [
    ['Accepted', 'False', 'ProtocolConflict'],
    ['Programmed', 'False', 'ProtocolConflict'],
    ['ResolvedRefs', 'True', 'ResolvedRefs'],
    ['Conflicted', 'True', 'ProtocolConflict'],
  ];

  it('marks every HTTP and HTTPS listener sharing a port ProtocolConflict; the rest stay valid', () => {
    const { gw, listener, conds } = loadConflicts();
    for (const name of ['foo-80-1', 'bar-80', 'foo-80-https', 'foo-443-http', 'foo-443-https-1', 'bar-443-https'])
      expect(conds(name), name).toEqual(conflicted);
    expect(listener('foo-80-1').conditions.find((c) => c.type === 'Conflicted')?.message).toBe(
      'Multiple listeners for the same port 80 specify incompatible protocols; ensure only one protocol per port',
    );
    expect(listener('bar-443-https').conditions.find((c) => c.type === 'Accepted')?.message).toBe(
      'Multiple listeners for the same port 443 specify incompatible protocols; ensure only one protocol per port',
    );
    expect(conds('foo-8080')).toEqual([
      ['Accepted', 'True', 'Accepted'],
      ['Programmed', 'True', 'Programmed'],
      ['ResolvedRefs', 'True', 'ResolvedRefs'],
      ['Conflicted', 'False', 'NoConflicts'],
    ]);
    // conformance gateway-invalid-listeners-unsupported-protocol (second case): some listeners invalid →
    // Accepted True with reason ListenersNotValid; NGF's message.
    expect(gw.status!.conditions!.map((c) => [c.type, c.status, c.reason, c.message])).toEqual([
      ['Accepted', 'True', 'ListenersNotValid', 'The Gateway has at least one valid listener'],
      ['Programmed', 'True', 'Programmed', 'The Gateway is programmed'],
    ]);
  });

  it('a Gateway whose listeners all conflict is not Accepted nor Programmed', () => {
    // NGF "port/protocol collisions" exactly (no foo-8080); conformance gateway-invalid-listeners-unsupported-protocol
    // (first case) for Accepted False ListenersNotValid; NGF NewGatewayNotAcceptedListenersNotValid for Programmed.
    const text = read('conflicts.yaml').replace(/ {4}- name: foo-8080\n.*\n.*\n.*\n/, '');
    const { gw, s } = loadConflicts(text);
    expect(gw.spec.listeners.map((l) => l.name)).not.toContain('foo-8080');
    expect(gw.status!.conditions!.map((c) => [c.type, c.status, c.reason, c.message])).toEqual([
      ['Accepted', 'False', 'ListenersNotValid', 'The Gateway has no valid listeners'],
      ['Programmed', 'False', 'Invalid', 'The Gateway has no valid listeners'],
    ]);
    const route = s.state.httpRoutes.find((r) => r.metadata.name === 'to-any')!;
    expect(condition(route, 'Accepted')).toMatchObject({ status: 'False', reason: 'InvalidListener' });
  });

  it('routes do not attach to a conflicted listener (NGF tryToAttachL7RouteToListeners: InvalidListener)', () => {
    const { s, listener } = loadConflicts();
    const route = (name: string) => s.state.httpRoutes.find((r) => r.metadata.name === name)!;
    expect(condition(route('to-conflicted'), 'Accepted')).toMatchObject({
      status: 'False',
      reason: 'InvalidListener',
      message: 'The Listener is invalid for this parent ref',
    });
    // to-any names the whole Gateway: it attaches to the one valid listener only.
    expect(condition(route('to-any'), 'Accepted')?.status).toBe('True');
    expect(listener('foo-8080').attachedRoutes).toBe(1);
    expect(listener('foo-80-1').attachedRoutes).toBe(0);
    expect(listener('foo-443-https-1').attachedRoutes).toBe(0);
  });

  it('nginx does not listen on a conflicted port; DNS names only programmed listeners', () => {
    const { s, gw } = loadConflicts();
    const address = gw.status!.addresses![0]!.value;
    const dp = createDataplane(s.state, createRng(1));
    const refused = dp.send({ from: { kind: 'external' }, to: `http://${address}/`, host: 'foo.example.com', time: 0 });
    expect(refused.outcome).toBe('refused');
    expect(refused.why?.code).toBe('gateway.portNotProgrammed');
    expect(refused.hops.some((h) => h.say?.code === 'hop.gatewayAccepts')).toBe(false);
    const ok = dp.send({ from: { kind: 'external' }, to: 'http://foo.example.com:8080/', time: 0 });
    expect(ok.outcome).toBe('ok');
    expect(ok.pod).toMatch(/^gateway-conformance-infra\/infra-backend-v2-/);
    // bar.example.com is only the hostname of conflicted listeners: public DNS has no record for it.
    const bar = dp.send({ from: { kind: 'external' }, to: 'http://bar.example.com/', time: 0 });
    expect(bar.outcome).toBe('dns-error');
  });
});

describe('HTTPS listeners: TLS terminated at the Gateway', () => {
  const loadHttps = (text = read('https.yaml')) => {
    const { s, gw } = loadGateway(text, 'same-namespace-with-https-listener');
    const address = gw.status!.addresses![0]!.value;
    const dp = createDataplane(s.state, createRng(1));
    const send = (to: string, req: Partial<SendRequest> = {}) =>
      dp.send({ from: { kind: 'external' }, to, time: 0, ...req });
    return { s, gw, address, send };
  };
  const backendOf = (r: { outcome: string; pod?: string; status?: number }) =>
    r.outcome === 'ok' ? r.pod!.split('/')[1]!.replace(/-[a-z0-9]+-[a-z0-9]+$/, '') : `${r.status ?? r.outcome}`;

  it('routes https requests by SNI and Host (httproute-https-listener)', () => {
    const { gw, address, send } = loadHttps();
    expect(gw.status!.conditions!.map((c) => [c.type, c.status])).toEqual([
      ['Accepted', 'True'],
      ['Programmed', 'True'],
    ]);
    // The conformance cases, over TLS to the Gateway's address with the host as SNI and Host.
    const viaAddress = (host: string) => send(`https://${address}/`, { host });
    expect(backendOf(send('https://example.org/'))).toBe('infra-backend-v1');
    expect(backendOf(send('https://second-example.org/'))).toBe('infra-backend-v2');
    // unknown-example.org: public DNS has no record for it; sent to the address, the listener without a
    // hostname takes it and no route matches → 404.
    expect(backendOf(viaAddress('unknown-example.org'))).toBe('404');
    const r = send('https://example.org/');
    const tlsHop = r.hops.find((h) => h.say?.code === 'hop.gatewayTls')!;
    expect(tlsHop.detail).toBe(
      'Gateway gateway-conformance-infra/same-namespace-with-https-listener terminates TLS on port 443: SNI "example.org" picks listener https, certificate from Secret gateway-conformance-infra/tls-validity-checks-certificate; the request inside is plain HTTP from here on',
    );
    // The most specific listener takes the SNI (gateway_types.go Listener.hostname precedence).
    const second = send('https://second-example.org/').hops.find((h) => h.say?.code === 'hop.gatewayTls')!;
    expect(second.say?.params.listener).toBe('https-with-hostname');
    // The data plane speaks plain HTTP to the backend: the TLS hop comes before the HTTP request is read.
    const codes = r.hops.map((h) => h.say?.code);
    expect(codes.indexOf('hop.gatewayTls')).toBeLessThan(codes.indexOf('hop.gatewayAccepts'));
  });

  it('plain HTTP to the HTTPS port gets nginx 400; an SNI no listener takes fails the handshake', () => {
    const { address, send } = loadHttps();
    const plain = send(`http://${address}:443/`, { host: 'example.org' });
    expect(plain.outcome).toBe('http-error');
    expect(plain.status).toBe(400);
    expect(plain.why?.code).toBe('gateway.plainToTlsPort');
    // Without the listener that has no hostname, an SNI none of the others names is rejected
    // (NGF's default SSL server: ssl_reject_handshake on).
    const text = read('https.yaml').replace(/ {4}- name: https\n(.*\n){11}/, '');
    const strict = loadHttps(text);
    expect(strict.gw.spec.listeners.map((l) => l.name)).toEqual([
      'https-with-hostname',
      'https-with-wildcard-hostname',
    ]);
    const rejected = strict.send(`https://${strict.address}/`, { host: 'example.org' });
    expect(rejected.outcome).toBe('refused');
    expect(rejected.why?.code).toBe('gateway.tlsNoListener');
    expect(backendOf(strict.send(`https://${strict.address}/`, { host: 'a.b.wildcard.org' }))).toBe('refused');
  });

  it('https to a Gateway with only an HTTP listener: its load balancer has no port 443', () => {
    const { send } = load('matching.yaml');
    const { s } = load('matching.yaml');
    const address = s.state.gateways.find((g) => g.metadata.name === 'same-namespace')!.status!.addresses![0]!.value;
    const r = send({ to: `https://${address}/` });
    expect(r.outcome).toBe('timeout');
    expect(r.reason).toMatch(/has no listener on 443\/TCP \(its ports: 80\/TCP\)/);
    // TLS to the HTTP listener's own port: the handshake meets plain HTTP.
    const wrong = send({ to: `https://${address}:80/` });
    expect(wrong.outcome).toBe('refused');
    expect(wrong.why?.code).toBe('gateway.tlsToPlainPort');
  });

  it('an HTTPS listener whose Secret is not of type kubernetes.io/tls is not valid (NGF resolver/secrets.go)', () => {
    const { gw } = loadHttps(read('https.yaml').replace('type: kubernetes.io/tls', 'type: Opaque'));
    const l = gw.status!.listeners![0]!;
    expect(l.conditions.find((c) => c.type === 'ResolvedRefs')).toMatchObject({
      status: 'False',
      reason: 'InvalidCertificateRef',
      message: 'Secret gateway-conformance-infra/tls-validity-checks-certificate: unsupported secret type "Opaque"',
    });
  });
});
