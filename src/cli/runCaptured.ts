// For the CLI's tests: runs `ksp` in-process with its output captured. Files are read from disk
// (paths from the repository root) unless the test gives its own reader.
import { readFileSync } from 'node:fs';
import { main } from './main.ts';

export interface CapturedRun {
  code: number;
  out: string;
  err: string;
}

export function readRepoFile(path: string): string | null {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return null;
  }
}

export function runCaptured(
  argv: readonly string[],
  readFile: (path: string) => string | null = readRepoFile,
): CapturedRun {
  let out = '';
  let err = '';
  const code = main(argv, {
    out: (t) => {
      out += t;
    },
    err: (t) => {
      err += t;
    },
    readFile,
  });
  return { code, out, err };
}
