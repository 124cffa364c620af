// 8. CLI start: CPU seconds of `ksp validate` on a one-Service file (the prebuilt bin/ksp.mjs, and
// the development path through tsx) against a bare `node -e 0`, run alternately so both see the
// same machine load. Budget (issue 18): ≤ 3× the bare start. CPU time comes from /usr/bin/time
// (user + system of the child); without it the wall time is reported instead.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { median, round } from './stats.ts';

export interface CliRow {
  case: string;
  /** Median seconds (CPU when `cpu`, else wall) of one start. */
  seconds: number;
  /** Median seconds of `node -e 0` measured alternately with it. */
  baselineSeconds: number;
  ratio: number;
  cpu: boolean;
  runs: number;
}

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const ONE_SERVICE = 'src/core/fixtures/seed/01-my-service.yaml';
const TIME = '/usr/bin/time';

/** Seconds one run of `node …args` took (CPU user+system via /usr/bin/time, else wall). */
function runSeconds(args: readonly string[], out: string): number {
  if (existsSync(TIME)) {
    const r = spawnSync(TIME, ['-f', '%U %S', '-o', out, process.execPath, ...args], { cwd: ROOT, stdio: 'ignore' });
    if (r.status !== 0) throw new Error(`node ${args.join(' ')} exited ${r.status}`);
    const [u, s] = readFileSync(out, 'utf8').trim().split('\n').pop()!.split(' ').map(Number);
    return u! + s!;
  }
  const t = performance.now();
  const r = spawnSync(process.execPath, args, { cwd: ROOT, stdio: 'ignore' });
  if (r.status !== 0) throw new Error(`node ${args.join(' ')} exited ${r.status}`);
  return (performance.now() - t) / 1000;
}

export function benchCli(quick: boolean): CliRow[] {
  const dir = mkdtempSync(join(tmpdir(), 'ksp-cli-bench-'));
  const out = join(dir, 'time.txt');
  const cases: [string, string[], number][] = [
    ['ksp validate (dist-cli, via bin/ksp.mjs)', ['bin/ksp.mjs', 'validate', ONE_SERVICE], quick ? 3 : 15],
  ];
  // The development path compiles TypeScript at start (what bin/ksp.mjs did before issue 18).
  if (!quick)
    cases.push([
      'ksp validate through tsx (development)',
      [
        '--import',
        'tsx',
        '-e',
        `import('./src/cli/node.ts').then((m) => m.runProcess(['validate', '${ONE_SERVICE}']))`,
      ],
      5,
    ]);
  const rows: CliRow[] = [];
  try {
    runSeconds(['bin/ksp.mjs', '--help'], out); // builds dist-cli when it is missing or stale
    for (const [name, args, runs] of cases) {
      const a: number[] = [];
      const b: number[] = [];
      for (let i = 0; i < runs; i++) {
        a.push(runSeconds(args, out));
        b.push(runSeconds(['-e', '0'], out));
      }
      const seconds = median(a);
      const baselineSeconds = median(b);
      rows.push({
        case: name,
        seconds: round(seconds, 3),
        baselineSeconds: round(baselineSeconds, 3),
        ratio: round(seconds / baselineSeconds),
        cpu: existsSync(TIME),
        runs,
      });
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return rows;
}
