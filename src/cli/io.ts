// What a ksp command may touch: two output streams and file reading. main() takes it as a
// parameter so tests run the CLI in-process with fake files.
export interface CliIO {
  out(text: string): void;
  err(text: string): void;
  /** Returns the file's text, or null when it cannot be read. */
  readFile(path: string): string | null;
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

export function readOrReport(io: CliIO, file: string): string | null {
  const text = io.readFile(file);
  if (text === null) io.err(`ksp: cannot read ${file}: no such file\n`);
  return text;
}
