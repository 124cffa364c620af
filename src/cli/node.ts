// The real process around main(): Node's streams, files and exit code. The entry of the bundle
// dist-cli/ksp.mjs (scripts/build-cli.mjs) that bin/ksp.mjs runs; it also exports main() so the CLI
// tests can run every case against the bundle (vite.config.ts, project "cli-built").
import { writeFileSync } from 'node:fs';
import { main } from './main.ts';
import { readFileCapped } from './readFileCapped.ts';

export { main };

export function runProcess(argv: readonly string[]): void {
  const code = main(argv, {
    out: (t) => process.stdout.write(t),
    err: (t) => process.stderr.write(t),
    readFile: (p) => readFileCapped(p),
    writeFile: (p, text) => {
      try {
        writeFileSync(p, text, 'utf8');
        return true;
      } catch {
        return false;
      }
    },
  });
  process.exitCode = code;
}
