import { describe, expect, it } from 'vitest';
import {
  formatSourceDecl,
  formatTargetDecl,
  parseSourceDecl,
  parseTargetDecl,
  unusedExternalIP,
} from './clientText.ts';
import type { ClientDecl } from './clientDecl.ts';

describe('client declaration text', () => {
  it('reads and writes every source form; pods by workload or labels, not by generated name', () => {
    const forms: [string, string][] = [
      ['external', 'external'],
      ['external/203.0.113.7', 'external/203.0.113.7'],
      ['node/node-2', 'node/node-2'],
      ['pod/client', 'pod/default/client'],
      ['pod/shop/web-1', 'pod/shop/web-1'],
      ['deployment/web', 'deployment/default/web'],
      ['deploy/shop/web', 'deployment/shop/web'],
      ['sts/db', 'statefulset/default/db'],
      ['ds/kube-system/proxy', 'daemonset/kube-system/proxy'],
      ['selector/app=web', 'selector/default/app=web'],
      [
        'selector/shop/app.kubernetes.io/name=MyApp,tier=front',
        'selector/shop/app.kubernetes.io/name=MyApp,tier=front',
      ],
    ];
    for (const [text, canonical] of forms) {
      const r = parseSourceDecl(text);
      expect(r.ok, text).toBe(true);
      if (!r.ok) continue;
      expect(formatSourceDecl(r.value)).toBe(canonical);
      expect(parseSourceDecl(canonical)).toEqual(r);
    }
    expect(parseSourceDecl('deployment/Web').ok).toBe(false);
    expect(parseSourceDecl('selector/app').ok).toBe(false);
    expect(parseSourceDecl('selector/app=web,app=db').ok).toBe(false);
    expect(parseSourceDecl('laptop').ok).toBe(false);
  });

  it('reads and writes every target form; anything else is a URL sent as written', () => {
    const forms: [string, string][] = [
      ['service/my-service', 'service/default/my-service'],
      ['svc/shop/web:http', 'service/shop/web:http'],
      ['service/web:80', 'service/default/web:80'],
      ['nodeport/web', 'nodeport/default/web'],
      ['nodeport/web:http@node-2', 'nodeport/default/web:http@node-2'],
      ['lb/web-lb:8080', 'loadbalancer/default/web-lb:8080'],
      ['ingress/shop.example.com', 'ingress/shop.example.com'],
      ['ingress/shop.example.com/cart', 'ingress/shop.example.com/cart'],
      ['podip/deployment/hello:9376', 'podip/deployment/default/hello:9376'],
      ['http://192.168.1.11:30080', 'http://192.168.1.11:30080'],
      ['my-service', 'my-service'],
      ['10.96.0.5:80', '10.96.0.5:80'],
    ];
    for (const [text, canonical] of forms) {
      const r = parseTargetDecl(text);
      expect(r.ok, text).toBe(true);
      if (!r.ok) continue;
      expect(formatTargetDecl(r.value)).toBe(canonical);
      expect(parseTargetDecl(canonical)).toEqual(r);
    }
    expect(parseTargetDecl('service/web:80')).toEqual({
      ok: true,
      value: { kind: 'clusterIP', namespace: 'default', service: 'web', port: 80 },
    });
    expect(parseTargetDecl('nodeport/web@')).toMatchObject({ ok: false });
    expect(parseTargetDecl('podip/external:80')).toMatchObject({ ok: false });
    expect(parseTargetDecl('')).toMatchObject({ ok: false });
  });

  it('gives a new outside client an address no declared outside client uses', () => {
    const ext = (ip?: string): ClientDecl => ({
      id: ip ?? 'x',
      from: ip ? { kind: 'external', ip } : { kind: 'external' },
      to: { kind: 'url', url: 'x' },
      rate: 1,
    });
    expect(unusedExternalIP([])).toBe('203.0.113.10');
    // `external` without an address is 203.0.113.10 (the dataplane's default).
    expect(unusedExternalIP([ext(), ext('203.0.113.25')])).toBe('203.0.113.50');
    expect(
      unusedExternalIP(['203.0.113.10', '203.0.113.25', '203.0.113.50', '203.0.113.77'].map((ip) => ext(ip))),
    ).toBe('203.0.113.11');
  });

  it('says why a text does not read as a code and its parameters, never an English sentence', () => {
    const problem = (r: { ok: boolean; problem?: unknown }) => (r.ok ? null : r.problem);
    expect(problem(parseSourceDecl('deployment/Web'))).toEqual({
      code: 'decl.workloadForm',
      params: { text: '"deployment/Web"', kind: 'deployment' },
    });
    expect(problem(parseSourceDecl('selector/app'))).toMatchObject({ code: 'decl.selectorForm' });
    // parseSource's three refusals (dataplane/sourceText.ts): the kind, an outside host's IPv4, the names
    expect(problem(parseSourceDecl('laptop'))).toMatchObject({ code: 'decl.sourceForm', params: { text: '"laptop"' } });
    expect(problem(parseSourceDecl('external/laptop'))).toMatchObject({ code: 'decl.sourceExternalIP' });
    expect(problem(parseSourceDecl('pod/Web'))).toMatchObject({ code: 'decl.sourceNames' });
    expect(problem(parseSourceDecl('node/a/b'))).toMatchObject({ code: 'decl.sourceForm' });
    expect(problem(parseTargetDecl('nodeport/web@Node_1'))).toMatchObject({ code: 'decl.nodeAfterAt' });
    expect(problem(parseTargetDecl('nodeport/web:bad!'))).toEqual({
      code: 'decl.nodePortForm',
      params: { text: '"nodeport/web:bad!"', kind: 'nodeport' },
    });
    expect(problem(parseTargetDecl('svc/a/b/c'))).toMatchObject({ code: 'decl.serviceForm', params: { kind: 'svc' } });
    expect(problem(parseTargetDecl('podip/web'))).toMatchObject({ code: 'decl.podIPForm' });
    expect(problem(parseTargetDecl('ingress/Bad_Host'))).toMatchObject({ code: 'decl.ingressForm' });
    expect(problem(parseTargetDecl('  '))).toMatchObject({ code: 'decl.emptyTarget' });
  });
});
