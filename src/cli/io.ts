// What a ksp command may touch: two output streams and file reading. main() takes it as a
// parameter so tests run the CLI in-process with fake files.
import type { Language } from '../text/language.ts';
import { CLI_WORDS } from './words.ts';
import { messageText, type Message } from '../text/messages.ts';

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
  /** `--lang`: the language of ksp's own words and the simulator's explanations (default English). */
  lang?: Language;
}

export interface CliCommand {
  summary: string;
  usage: string;
  run(args: readonly string[], io: CliIO, globals: GlobalOptions): number;
}

/** Exit codes: 0 ok, 1 the input has problems (or kubectl failed), 2 usage error. */
export const EXIT_USAGE = 2;

/** A usage error (exit 2): `ksp COMMAND: why`, then the command's synopsis, in the reader's language. */
export function usageError(io: CliIO, command: string, why: Message, usage: string, lang: Language = 'en'): number {
  io.err(`ksp ${command}: ${messageText(lang, why)}\n${CLI_WORDS[lang].usage} ${usage}\n`);
  return EXIT_USAGE;
}

/** Why a path gave no scenario text; each kind has its own message (readFailureMessage). */
export type ReadFailure =
  | { failure: 'missing' | 'directory' | 'not-a-file' | 'permission' }
  /** `bytes` is the size on disk, or null for a stream (a device, a pipe) that went past the cap. */
  | { failure: 'too-large'; bytes: number | null; limit: number }
  | { failure: 'other'; code: string };

export function readFailureMessage(f: ReadFailure, lang: Language = 'en'): string {
  switch (f.failure) {
    case 'missing':
    case 'directory':
    case 'not-a-file':
    case 'permission':
      return CLI_WORDS[lang].readFailure[f.failure];
    case 'too-large':
      // The words of the scenario size limit (core/yaml/limits.ts), said before reading.
      return CLI_WORDS[lang].tooLarge(f.bytes, f.limit);
    case 'other':
      return f.code;
  }
}

/** The file's text, or null after printing why it cannot be read. */
export function readOrReport(io: CliIO, file: string, lang: Language = 'en'): string | null {
  const got = io.readFile(file);
  if (typeof got === 'string') return got;
  io.err(`ksp: ${CLI_WORDS[lang].cannotRead(file, readFailureMessage(got ?? { failure: 'missing' }, lang))}\n`);
  return null;
}
