// The API server's warning on every request for a deprecated kind (api/kinds.ts KindInfo.deprecated):
// apiserver adds it in the handler, before anything else runs, so a read, a write, a NotFound and an
// AlreadyExists all carry it (KEP-1693; v1 Endpoints since v1.33, KEP-4974). kubectl prints each
// warning once per command as the response arrives (client-go rest.WarningWriterOptions.Deduplicate,
// set by kubectl's root command), so a command passes the same `printed` set to every call.
import { KINDS } from '../api/kinds.ts';

/** `Warning: …\n` for a request about `kind`, or '' when the kind is not deprecated or was already warned of. */
export function deprecationWarning(kind: string, printed: Set<string>): string {
  const text = KINDS.find((k) => k.kind === kind)?.deprecated;
  // The same line as apply.ts warningLines prints, so one `printed` set serves both.
  const line = `Warning: ${text}`;
  if (text === undefined || printed.has(line)) return '';
  printed.add(line);
  return `${line}\n`;
}

/** The warnings for requests about each of `kinds`, in order, each text once. */
export const deprecationWarnings = (kinds: Iterable<string>, printed = new Set<string>()): string =>
  [...kinds].map((k) => deprecationWarning(k, printed)).join('');
