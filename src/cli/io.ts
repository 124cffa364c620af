// What a ksp command may touch: two output streams and file reading. main() takes it as a
// parameter so tests run the CLI in-process with fake files.
import { scenarioSizeMessage } from '../core/yaml/index.ts';
export interface CliIO {
  out(text: string): void;
  err(text: string): void;
  /** Returns the file's text, or why it cannot be read (null: no such file). */
  readFile(path: string): string | ReadFailure | null;
  /** Writes the file (ksp kubectl --write); returns false when it cannot. */
  writeFile?(path: string, text: string): boolean;
}

export interface GlobalOptions {
  seed?: number;
}

export interface CliCommand {
  summary: string;
  usage: string;
  run(args: readonly string[], io: CliIO, globals: GlobalOptions): number;
}

/** Exit codes: 0 ok, 1 the input has problems (or kubectl failed), 2 usage error. */
export const EXIT_USAGE = 2;

/** Why a path gave no scenario text; each kind has its own message (readFailureMessage). */
export type ReadFailure =
  | { failure: 'missing' | 'directory' | 'not-a-file' | 'permission' }
  /** `bytes` is the size on disk, or null for a stream (a device, a pipe) that went past the cap. */
  | { failure: 'too-large'; bytes: number | null; limit: number }
  | { failure: 'other'; code: string };

export function readFailureMessage(f: ReadFailure): string {
  switch (f.failure) {
    case 'missing':
      return 'no such file';
    case 'directory':
      return 'is a directory';
    case 'not-a-file':
      return 'not a regular file';
    case 'permission':
      return 'permission denied';
    case 'too-large':
      // The words of the scenario size limit (core/yaml/limits.ts), said before reading.
      return scenarioSizeMessage(f.bytes ?? 'unknown');
    case 'other':
      return f.code;
  }
}

/** The file's text, or null after printing why it cannot be read. */
export function readOrReport(io: CliIO, file: string): string | null {
  const got = io.readFile(file);
  if (typeof got === 'string') return got;
  io.err(`ksp: cannot read ${file}: ${readFailureMessage(got ?? { failure: 'missing' })}\n`);
  return null;
}
