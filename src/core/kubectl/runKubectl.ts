// The kubectl entry: `runKubectl(scenario, ['get', 'svc', '-o', 'wide'])` gives what kubectl
// would print against the simulated cluster. Pure: it never changes the scenario; mutating verbs
// (scale, expose, label, delete, create service…) return the new scenario YAML in `yaml`.
import type { Scenario } from '../scenario/load.ts';
import { KUBECTL_COMMANDS, NOT_SIMULATED, notSimulated } from './commands/registry.ts';
import { fail, type KubectlResult } from './result.ts';

export type { KubectlResult } from './result.ts';

/**
 * What kubectl prints. The console's form, runConsoleKubectl, also says what the command did
 * (effect.ts), for a lesson step to recognise it.
 */
export function runKubectl(scenario: Scenario, argv: readonly string[]): KubectlResult {
  const { effects: _effects, ...printed } = runConsoleKubectl(scenario, argv);
  return printed;
}

export function runConsoleKubectl(scenario: Scenario, argv: readonly string[]): KubectlResult {
  const args = argv[0] === 'kubectl' ? argv.slice(1) : [...argv];
  // Global flags may come before the verb (`kubectl -n kube-system get svc`).
  const verbIndex = args.findIndex(
    (a, i) => !a.startsWith('-') && !(i > 0 && /^(-n|--namespace)$/.test(args[i - 1] ?? '')),
  );
  const verb = verbIndex >= 0 ? (args[verbIndex] ?? '') : '';
  if (verb === '') return fail(`error: no command given; try "kubectl get svc"`);
  const command = Object.prototype.hasOwnProperty.call(KUBECTL_COMMANDS, verb) ? KUBECTL_COMMANDS[verb] : undefined;
  if (!command && NOT_SIMULATED.includes(verb)) return notSimulated(verb);
  if (!command) return fail(`error: unknown command "${verb}" for "kubectl"`);
  const rest = [...args.slice(0, verbIndex), ...args.slice(verbIndex + 1)];
  try {
    return command(scenario, rest);
  } catch (err) {
    // A printer bug must not take the page or the CLI down: report it like kubectl's internal errors.
    return fail(`error: internal error in the simulated kubectl: ${err instanceof Error ? err.message : String(err)}`);
  }
}
