// `ksp kubectl FILE -- ARGS…`: loads the scenario and runs kubectl against it.
import { loadScenario, runKubectl } from '../../core/index.ts';
import { EXIT_USAGE, readOrReport, type CliCommand } from '../io.ts';

export const kubectlCommand: CliCommand = {
  summary: 'run kubectl against the cluster a scenario file creates',
  usage: 'ksp kubectl [--seed N] FILE -- get svc -o wide',
  run(args, io, globals) {
    const sep = args.indexOf('--');
    const before = sep >= 0 ? args.slice(0, sep) : args.slice(0, 1);
    const kubectlArgs = sep >= 0 ? args.slice(sep + 1) : args.slice(1);
    if (before.length !== 1 || kubectlArgs.length === 0) {
      io.err(`ksp kubectl: expected one FILE, then -- and kubectl arguments\nusage: ${this.usage}\n`);
      return EXIT_USAGE;
    }
    const file = before[0] ?? '';
    const text = readOrReport(io, file);
    if (text === null) return EXIT_USAGE;
    const scenario = loadScenario(text, { ...(globals.seed !== undefined ? { seed: globals.seed } : {}), fileName: file });
    const r = runKubectl(scenario, kubectlArgs);
    // API warnings arrive with the response, before kubectl prints the table; other stderr follows.
    const warnings = r.stderr.split('\n').filter((l) => l.startsWith('Warning: ')).map((l) => `${l}\n`).join('');
    const rest = r.stderr.split('\n').filter((l) => l !== '' && !l.startsWith('Warning: ')).map((l) => `${l}\n`).join('');
    if (warnings) io.err(warnings);
    if (r.stdout) io.out(r.stdout);
    if (rest) io.err(rest);
    return r.exitCode;
  },
};
