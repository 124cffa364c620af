// The real process around main(): Node's streams, files and exit code. Used by bin/ksp.mjs.
import { readFileSync, writeFileSync } from 'node:fs';
import { main } from './main.ts';

export function runProcess(argv: readonly string[]): void {
  const code = main(argv, {
    out: (t) => process.stdout.write(t),
    err: (t) => process.stderr.write(t),
    readFile: (p) => {
      try {
        return readFileSync(p, 'utf8');
      } catch {
        return null;
      }
    },
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
