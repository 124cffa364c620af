import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { runCaptured, type CapturedRun } from '../runCaptured.ts';

const fixture = (name: string) =>
  readFileSync(new URL(`../../core/dataplane/fixtures/${name}`, import.meta.url), 'utf8');
const run = (argv: string[]): CapturedRun => runCaptured(argv, (p) => (p.endsWith('.yaml') ? fixture(p) : null));

describe('ksp send', () => {
  it('prints one line per request and a summary', () => {
    const r = run([
      'send',
      'seed-nodeport.yaml',
      '--from',
      'external/198.51.100.9',
      '--to',
      '192.168.1.11:30007',
      '--count',
      '6',
    ]);
    expect(r.code).toBe(0);
    const lines = r.out.split('\n');
    expect(
      lines
        .slice(0, 6)
        .every((l) => /^#\d+\s+ok\s+default\/web-\S+\s+10\.244\.\d+\.\d+:80\s+node-\d\s+from \S+$/.test(l)),
    ).toBe(true);
    expect(r.out).toMatch(/\n6 requests\nby pod:\n[\s\S]*by outcome:\n {2}ok {2}6 \(100%\)\n$/);
  });
  it('--json has the documented shape and is identical for the same seed', () => {
    const a = run([
      'send',
      'seed-nodeport.yaml',
      '--seed',
      '3',
      '--to',
      '192.168.1.11:30007',
      '--count',
      '4',
      '--json',
    ]);
    const b = run([
      'send',
      'seed-nodeport.yaml',
      '--seed',
      '3',
      '--to',
      '192.168.1.11:30007',
      '--count',
      '4',
      '--json',
    ]);
    expect(a.out).toBe(b.out);
    const j = JSON.parse(a.out);
    expect(Object.keys(j.requests[0])).toEqual([
      'index',
      'time',
      'outcome',
      'status',
      'location',
      'reason',
      'pod',
      'podIP',
      'port',
      'node',
      'sourceIP',
      'hops',
      'reply',
    ]);
    expect(Object.keys(j.requests[0].hops[0])).toEqual(['kind', 'node', 'detail', 'rule', 'packet']);
    // The header as it leaves each hop; the DNAT hop rewrote the destination to the pod that answered.
    const dnat = j.requests[0].hops.find((h: { kind: string }) => h.kind === 'dnat');
    expect(dnat.packet).toEqual({
      src: '203.0.113.10',
      dst: `${j.requests[0].podIP}:${j.requests[0].port}`,
      changed: ['dst'],
    });
    expect(j.requests[0].reply.at(-1)).toMatchObject({ step: 'conntrack', src: '192.168.1.11:30007' });
    expect(j.summary.byOutcome).toEqual({ ok: 4 });
  });
  it('reports usage errors with exit 2', () => {
    expect(run(['send', 'seed-nodeport.yaml']).code).toBe(2);
    const r = run(['send', 'seed-nodeport.yaml', '--from', 'laptop', '--to', 'web']);
    expect([r.code, r.err.split('\n')[0]]).toEqual([
      2,
      'ksp send: --from must be external, external/IP, node/NAME, pod/NAME or pod/NAMESPACE/NAME, deployment/NAME or selector/KEY=VALUE, got "laptop"',
    ]);
    expect(run(['send', 'missing.txt', '--to', 'x']).err).toBe('ksp: cannot read missing.txt: no such file\n');
  });

  it("takes the playground's client declarations, resolved on the scenario as the playground resolves them", () => {
    const pods = run(['send', 'seed-nodeport.yaml', '--from', 'external', '--to', '192.168.1.11:30007', '--json']);
    const declared = run(['send', 'seed-nodeport.yaml', '--from', 'external', '--to', 'nodeport/my-service', '--json']);
    // nodeport/my-service on any node: the first node by name, node-1 (192.168.1.11).
    expect(declared.code).toBe(0);
    expect(declared.out).toBe(pods.out);
    const fromWorkload = run(['send', 'seed-nodeport.yaml', '--from', 'deployment/web', '--to', 'service/my-service']);
    expect(fromWorkload.code).toBe(0);
    expect(fromWorkload.out).toMatch(/^#1\s+ok\s+default\/web-/);
    const gone = run(['send', 'seed-nodeport.yaml', '--from', 'deployment/api', '--to', 'service/my-service']);
    expect([gone.code, gone.err]).toEqual([1, 'ksp send: Deployment default/api does not exist\n']);
    const noLb = run(['send', 'seed-nodeport.yaml', '--to', 'loadbalancer/my-service']);
    expect(noLb.err).toBe('ksp send: Service default/my-service has no load-balancer IP (type: LoadBalancer?)\n');
  });
});

describe('ksp send through a Gateway', () => {
  // conformance/tests/httproute-method-matching and httproute-header-matching, from the command line.
  const gw = ['base.yaml', 'filters.yaml', 'matching.yaml'].map((f) => fixture(`gateway/${f}`)).join('\n---\n');
  const send = (...extra: string[]) =>
    runCaptured(['send', 'gw.yaml', '--to', 'http://{gw}/m', ...extra], (p) => (p === 'gw.yaml' ? gw : null));
  const address = (): string => {
    const r = runCaptured(
      [
        'kubectl',
        'gw.yaml',
        '--',
        'get',
        'gtw',
        '-n',
        'gateway-conformance-infra',
        '-o',
        'jsonpath={.items[0].status.addresses[0].value}',
      ],
      (p) => (p === 'gw.yaml' ? gw : null),
    );
    return r.out.trim();
  };
  it('-X and -H reach the route matches', () => {
    const ip = address();
    expect(ip).toMatch(/^198\.51\.100\.\d+$/);
    const to = (path: string, ...extra: string[]) =>
      runCaptured(['send', 'gw.yaml', '--to', `http://${ip}${path}`, ...extra], (p) =>
        p === 'gw.yaml' ? gw : null,
      ).out.split('\n')[0]!;
    expect(to('/m', '-X', 'post')).toMatch(/infra-backend-v2-/);
    expect(to('/m')).toMatch(/infra-backend-v1-/);
    expect(to('/', '-H', 'version: two')).toMatch(/infra-backend-v2-/);
    expect(to('/', '--header=version:one')).toMatch(/infra-backend-v1-/);
    expect(send('-H', 'novalue').err).toContain('-H needs NAME: VALUE (as curl -H), got "novalue"');
  });
});

describe('ksp send prints the HTTP answer', () => {
  const gw = (...files: string[]) => ['base.yaml', ...files].map((f) => fixture(`gateway/${f}`)).join('\n---\n');
  const runOn = (text: string, ...argv: string[]) =>
    runCaptured(['send', 'gw.yaml', ...argv], (p) => (p === 'gw.yaml' ? text : null));
  const addressOf = (text: string, gateway: string): string =>
    runCaptured(
      [
        'kubectl',
        'gw.yaml',
        '--',
        'get',
        'gtw',
        gateway,
        '-n',
        'gateway-conformance-infra',
        '-o',
        'jsonpath={.status.addresses[0].value}',
      ],
      (p) => (p === 'gw.yaml' ? text : null),
    ).out.trim();

  it('a redirect: its status line and Location, in every language; --json carries them as data', () => {
    const text = gw('filters.yaml');
    const ip = addressOf(text, 'same-namespace');
    expect(ip).toMatch(/^198\.51\.100\.\d+$/);
    // conformance/tests/httproute-redirect-path.go: /original-prefix/lemon → 302, path /replacement-prefix/lemon.
    const location = `http://${ip}/replacement-prefix/lemon`;
    for (const lang of ['en', 'ko']) {
      const line = runOn(text, '--to', `http://${ip}/original-prefix/lemon`, '--lang', lang).out.split('\n')[0]!;
      expect(line, lang).toMatch(/^#1\s+\S+\s+gateway-conformance-infra\/same-namespace-nginx-\S+\s/);
      expect(line.endsWith(`  302 Found  Location: ${location}`), line).toBe(true);
    }
    const j = JSON.parse(runOn(text, '--to', `http://${ip}/original-prefix/lemon`, '--json').out);
    expect([j.requests[0].outcome, j.requests[0].status, j.requests[0].location]).toEqual(['ok', 302, location]);
  });

  it('a 404 from the Gateway: the status line before the reason (httproute-exact-path-matching: /one/example)', () => {
    const text = gw('filters.yaml');
    const ip = addressOf(text, 'same-namespace');
    const en = runOn(text, '--to', `http://${ip}/one/example`).out.split('\n')[0]!;
    expect(en).toMatch(
      /^#1\s+http-error\s+.*\s{2}404 Not Found {2}no HTTPRoute rule attached to listener http matches host "198\.51\.100\.\d+" and path "\/one\/example"$/,
    );
    const ko = runOn(text, '--to', `http://${ip}/one/example`, '--lang', 'ko').out.split('\n')[0]!;
    expect(ko).toMatch(/\s{2}404 Not Found {2}리스너 http에 붙은 HTTPRoute 규칙 중/);
    const j = JSON.parse(runOn(text, '--to', `http://${ip}/one/example`, '--json').out);
    expect([j.requests[0].status, j.requests[0].location]).toEqual([404, null]);
    // A 200 is data in --json, and the line prints no status for it.
    const ok = JSON.parse(runOn(text, '--to', `http://${ip}/one`, '--json').out);
    expect([ok.requests[0].outcome, ok.requests[0].status]).toEqual(['ok', 200]);
    expect(runOn(text, '--to', `http://${ip}/one`).out.split('\n')[0]).toMatch(/ from 10\.244\.\d+\.\d+$/); // the data plane pod, as the backend sees it
  });

  it('https:// reaches the HTTPS listener and the trace says TLS ended at the Gateway (httproute-https-listener)', () => {
    const text = gw('https.yaml');
    const line = runOn(text, '--to', 'https://example.org/').out.split('\n')[0]!;
    expect(line).toMatch(/^#1\s+ok\s+gateway-conformance-infra\/infra-backend-v1-/);
    const j = JSON.parse(runOn(text, '--to', 'https://second-example.org/', '--json').out);
    const hop = j.requests[0].hops.find((h: { detail: string }) => h.detail.includes('terminates TLS'));
    expect(hop.detail).toMatch(
      /terminates TLS on port 443: SNI "second-example\.org" picks listener https-with-hostname/,
    );
    expect(j.requests[0].pod).toMatch(/^gateway-conformance-infra\/infra-backend-v2-/);
    // Plain HTTP to the TLS port: nginx's 400, with its reason in each language.
    const plain = runOn(text, '--to', 'http://second-example.org:443/').out.split('\n')[0]!;
    expect(plain).toMatch(/\s{2}400 Bad Request {2}port 443 of Gateway \S+ expects TLS/);
    const ko = runOn(text, '--to', 'http://second-example.org:443/', '--lang', 'ko').out.split('\n')[0]!;
    expect(ko).toMatch(/\s{2}400 Bad Request {2}게이트웨이 \S+의 포트 443은 TLS를 기다립니다/);
  });
});
