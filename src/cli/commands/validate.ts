// `ksp validate FILE…`: loads each scenario as `kubectl apply -f` would and reports every
// diagnostic as FILE:LINE:COL (compiler style); warnings do not fail. --json for tools. A file
// that cannot be read exits 2 after the other files' problems are printed.
import { loadScenario } from '../../core/scenario/index.ts';
import { type Diagnostic } from '../../core/diagnostics.ts';
import { EXIT_USAGE, readOrReport, usageError, type CliCommand } from '../io.ts';
import { diagnosticText, message } from '../../text/messages.ts';
import { CLI_WORDS } from '../words.ts';

interface JsonProblem {
  file: string;
  line: number;
  column: number;
  severity: Diagnostic['severity'];
  kind: string | null;
  name: string | null;
  field: string | null;
  type: string | null;
  message: string;
}

export const validateCommand: CliCommand = {
  summary: 'check scenario files; print FILE:LINE:COL: message for each problem',
  usage: 'ksp validate [--json] [--seed N] FILE...',
  run(args, io, globals) {
    const json = args.includes('--json');
    const unknown = args.find((a) => a.startsWith('-') && a !== '--json');
    if (unknown)
      return usageError(io, 'validate', message('usage.unknownFlag', { flag: unknown }), this.usage, globals.lang);
    const files = args.filter((a) => a !== '--json');
    if (files.length === 0) return usageError(io, 'validate', message('usage.noFiles'), this.usage, globals.lang);
    let failed = false;
    let unreadable = false;
    const problems: JsonProblem[] = [];
    /** Each problem's code when the playground itself found it (a limit); the JSON keeps the English. */
    const says: (Diagnostic['say'] | undefined)[] = [];
    for (const file of files) {
      // A file that cannot be read is reported (stderr) and the others are still checked.
      const text = readOrReport(io, file, globals.lang);
      if (text === null) {
        unreadable = true;
        continue;
      }
      const scenario = loadScenario(text, {
        ...(globals.seed !== undefined ? { seed: globals.seed } : {}),
        fileName: file,
      });
      const sorted = [...scenario.diagnostics].sort((a, b) => a.line - b.line || a.column - b.column);
      for (const d of sorted) {
        if (d.severity === 'error') failed = true;
        problems.push({
          file,
          line: d.line,
          column: d.column,
          severity: d.severity,
          kind: d.kind ?? null,
          name: d.name ?? null,
          field: d.field ?? null,
          type: d.type ?? null,
          message: d.message,
        });
        says.push(d.say);
      }
    }
    if (json) io.out(`${JSON.stringify(problems, null, 2)}\n`);
    else {
      // The messages are the API server's (or the parser's), verbatim in every language; the
      // playground's own limits are codes, worded in the reader's language.
      const words = CLI_WORDS[globals.lang ?? 'en'];
      for (const [i, p] of problems.entries()) {
        const prefix = `${p.file}:${p.line}:${p.column}: `;
        const say = says[i];
        const message = diagnosticText(words.lang, { message: p.message, ...(say ? { say } : {}) });
        io.out(
          p.severity === 'error'
            ? `${prefix}${message}\n`
            : `${prefix}${words.severity(p.severity)}: ${withoutSeverity(message, words.severity(p.severity))}\n`,
        );
      }
    }
    return unreadable ? EXIT_USAGE : failed ? 1 : 0;
  },
};

/** A warning's text without the word the line already starts with ("Warning: " as kubectl prints it, or the reader's language's). */
function withoutSeverity(message: string, word: string): string {
  const lead = `${word}: `;
  if (message.toLowerCase().startsWith(lead.toLowerCase())) return message.slice(lead.length);
  return message.replace(/^Warning: /, '');
}
