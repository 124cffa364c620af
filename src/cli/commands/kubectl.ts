// `ksp kubectl [--write] FILE -- ARGS…`: loads the scenario and runs kubectl against it. A
// mutating command (scale, expose, label, delete, create service…) changes the scenario YAML:
// with --write the new YAML replaces FILE (like the console updates the editor); without it
// FILE is left alone and a note on stderr says how to keep the change.
import { loadScenario } from '../../core/scenario/index.ts';
import { runKubectl, wordNotes } from '../../core/kubectl/index.ts';
import { EXIT_USAGE, readOrReport, usageError, type CliCommand } from '../io.ts';
import { message, messageText } from '../../text/messages.ts';
import { CLI_WORDS } from '../words.ts';

export const kubectlCommand: CliCommand = {
  summary: 'run kubectl against the cluster a scenario file creates',
  usage: 'ksp kubectl [--seed N] [--write] FILE -- get svc -o wide',
  run(args, io, globals) {
    const sep = args.indexOf('--');
    const head = sep >= 0 ? args.slice(0, sep) : args.slice(0, 1);
    const write = head.includes('--write');
    const before = head.filter((a) => a !== '--write');
    const kubectlArgs = sep >= 0 ? args.slice(sep + 1) : args.slice(1);
    if (before.length !== 1 || kubectlArgs.length === 0)
      return usageError(io, 'kubectl', message('usage.kubectlArgs'), this.usage, globals.lang);
    const file = before[0] ?? '';
    const words = CLI_WORDS[globals.lang ?? 'en'];
    const text = readOrReport(io, file, words.lang);
    if (text === null) return EXIT_USAGE;
    const scenario = loadScenario(text, {
      ...(globals.seed !== undefined ? { seed: globals.seed } : {}),
      fileName: file,
    });
    const r = runKubectl(scenario, kubectlArgs);
    // The playground's own lines (`ksp: …`) in the reader's language; kubectl's stay as kubectl prints them.
    const stderr = words.lang === 'en' ? r.stderr : wordNotes(r, (note) => messageText(words.lang, note));
    // API warnings arrive with the response, before kubectl prints the table; other stderr follows.
    const warnings = stderr
      .split('\n')
      .filter((l) => l.startsWith('Warning: '))
      .map((l) => `${l}\n`)
      .join('');
    const rest = stderr
      .split('\n')
      .filter((l) => l !== '' && !l.startsWith('Warning: '))
      .map((l) => `${l}\n`)
      .join('');
    if (warnings) io.err(warnings);
    if (r.stdout) io.out(r.stdout);
    if (rest) io.err(rest);
    if (r.yaml !== undefined) {
      if (!write) io.err(`ksp: ${words.notChanged(file)}\n`);
      else if (!io.writeFile?.(file, r.yaml)) {
        io.err(`ksp: ${words.cannotWrite(file)}\n`);
        return 1;
      }
    }
    return r.exitCode;
  },
};
