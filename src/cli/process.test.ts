// The real `ksp` process: bin/ksp.mjs runs the prebuilt bundle (dist-cli/ksp.mjs, rebuilt when
// stale) with Node's streams and exit codes. The in-process CLI tests run against both the source
// and the bundle (vite.config.ts); this one checks the process around them.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { main, type CliIO } from './main.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

function ksp(...argv: string[]): { code: number | null; out: string; err: string } {
  const r = spawnSync(process.execPath, ['bin/ksp.mjs', ...argv], { cwd: ROOT, encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

function inProcess(...argv: string[]): { code: number; out: string; err: string } {
  let out = '';
  let err = '';
  const io: CliIO = {
    out: (t) => void (out += t),
    err: (t) => void (err += t),
    readFile: (p) => {
      try {
        return readFileSync(new URL(p, `file://${ROOT}`), 'utf8');
      } catch {
        return null;
      }
    },
  };
  return { code: main(argv, io), out, err };
}

describe('bin/ksp.mjs', () => {
  it('exit codes and streams: 0 valid, 1 invalid (FILE:LINE:COL on stdout), 2 usage (stderr)', () => {
    expect(ksp('validate', 'src/core/fixtures/seed/01-my-service.yaml')).toEqual({ code: 0, out: '', err: '' });
    const bad = ksp('validate', 'src/core/scenario/fixtures/nodeport-out-of-range.yaml');
    expect(bad.code).toBe(1);
    expect(bad.out).toMatch(/^src\/core\/scenario\/fixtures\/nodeport-out-of-range\.yaml:\d+:\d+: The Service "web"/);
    expect(ksp('frob')).toEqual({ code: 2, out: '', err: 'ksp: unknown command "frob"; see ksp --help\n' });
  });

  it('prints what the source prints: kubectl and send on the default scenario', () => {
    for (const argv of [
      ['kubectl', 'src/scenarios/default.yaml', '--', 'get', 'svc,pods', '-o', 'wide'],
      ['send', 'src/scenarios/default.yaml', '--from', 'external', '--to', 'http://192.168.1.11:30080', '--count', '6'],
    ]) {
      const built = ksp(...argv);
      const source = inProcess(...argv);
      expect(built).toEqual(source);
      expect(built.out.length).toBeGreaterThan(100);
    }
  });
});
