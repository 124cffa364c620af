// `ksp export FILE [--commands]`: the scenario for a real cluster. Without --commands it prints
// the YAML to `kubectl apply -f` (playground-only documents left out); with it, the shell script
// that applies it and sends traffic to each Service.
import { exportScenario, loadScenario } from '../../core/scenario/index.ts';
import { EXIT_USAGE, readOrReport, usageError, type CliCommand } from '../io.ts';
import { message, messageText } from '../../text/messages.ts';

export const exportCommand: CliCommand = {
  summary: 'print the scenario for a real cluster (YAML, or --commands for the kubectl/curl script)',
  usage: 'ksp export [--commands] FILE',
  run(args, io, globals) {
    const commands = args.includes('--commands');
    const unknown = args.find((a) => a.startsWith('-') && a !== '--commands');
    const files = args.filter((a) => !a.startsWith('-'));
    if (unknown || files.length !== 1)
      return usageError(
        io,
        'export',
        unknown ? message('usage.unknownFlag', { flag: unknown }) : message('usage.oneFILE'),
        this.usage,
        globals.lang,
      );
    const file = files[0] ?? '';
    const text = readOrReport(io, file, globals.lang);
    if (text === null) return EXIT_USAGE;
    // The script is written in English throughout (its comments are what it says beside the commands).
    const r = exportScenario(
      text,
      loadScenario(text, { ...(globals.seed !== undefined ? { seed: globals.seed } : {}), fileName: file }),
      (note) => messageText('en', note),
    );
    if (!r.ok) {
      io.err(`ksp export: ${file}: ${messageText(globals.lang ?? 'en', r.problem)}\n`);
      return 1;
    }
    io.out(commands ? r.commands : r.yaml);
    return 0;
  },
};
