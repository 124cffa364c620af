import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { main } from '../main.ts';

const fixture = (name: string) =>
  readFileSync(new URL(`../../core/dataplane/fixtures/${name}`, import.meta.url), 'utf8');
function run(argv: string[]) {
  let out = '';
  let err = '';
  const code = main(argv, {
    out: (t) => {
      out += t;
    },
    err: (t) => {
      err += t;
    },
    readFile: (p) => (p.endsWith('.yaml') ? fixture(p) : null),
  });
  return { out, err, code };
}

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
      'reason',
      'pod',
      'podIP',
      'port',
      'node',
      'sourceIP',
      'hops',
    ]);
    expect(Object.keys(j.requests[0].hops[0])).toEqual(['kind', 'node', 'detail', 'rule']);
    expect(j.summary.byOutcome).toEqual({ ok: 4 });
  });
  it('reports usage errors with exit 2', () => {
    expect(run(['send', 'seed-nodeport.yaml']).code).toBe(2);
    const r = run(['send', 'seed-nodeport.yaml', '--from', 'deploy/x', '--to', 'web']);
    expect([r.code, r.err.split('\n')[0]]).toEqual([
      2,
      'ksp send: --from must be external, external/IP, node/NAME, pod/NAME or pod/NAMESPACE/NAME, got "deploy/x"',
    ]);
    expect(run(['send', 'missing.txt', '--to', 'x']).err).toBe('ksp: cannot read missing.txt: no such file\n');
  });
});
