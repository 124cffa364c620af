// The console's requests: a kubectl command, its completion and a line in a pod's shell. With the
// editor's text (`yaml`) they run on it as typed; kubectl and completion without it run on the last
// good load (protocol.ts ToWorkerMap).
import { splitCommandLine } from '../core/argv/index.ts';
import type { PodShellResult, PodShellSession } from '../core/kubectl/index.ts';
import type { Scenario } from '../core/scenario/index.ts';
import type { FromWorker, ToWorker } from './protocol.ts';
import type { Engines } from './engines.ts';
import { errorText, notInBuild, passMissingPlugin } from './handlerErrors.ts';

type Request<K extends ToWorker['type']> = Extract<ToWorker, { type: K }>;

/** The console's scenario for the editor's text (handler.ts): null when the text does not parse. */
export type ConsoleScenario = (yaml: string, seed: number | undefined) => Scenario | null;

/** kubectl's answer when it does not run: nothing on stdout, why on stderr. */
const kubectlFailed = (requestId: number, stderr: string, exitCode = 1): FromWorker => ({
  type: 'kubectlResult',
  requestId,
  stdout: '',
  stderr,
  exitCode,
});

export function kubectlAnswer(
  msg: Request<'kubectl'>,
  engines: Engines,
  consoleScenario: ConsoleScenario,
  lastGood: Scenario | null,
): FromWorker[] {
  const split = msg.line === undefined ? { ok: true as const, argv: msg.argv } : splitCommandLine(msg.line);
  if (!split.ok) return [kubectlFailed(msg.requestId, `ksp: ${split.error}\n`, 2)];
  const scenario = msg.yaml !== undefined ? consoleScenario(msg.yaml, msg.seed) : lastGood;
  if (!scenario)
    return [
      kubectlFailed(
        msg.requestId,
        msg.yaml !== undefined
          ? 'error: the scenario YAML does not parse; fix it in the editor to use kubectl\n'
          : 'error: the scenario has errors; fix them to use kubectl\n',
      ),
    ];
  if (!engines.kubectl) return [notInBuild(msg.requestId, 'kubectl')];
  try {
    return [{ type: 'kubectlResult', requestId: msg.requestId, ...engines.kubectl(scenario, split.argv) }];
  } catch (err) {
    passMissingPlugin(err);
    return [kubectlFailed(msg.requestId, `error: ${errorText(err)}\n`)];
  }
}

export function completionAnswer(
  msg: Request<'complete'>,
  engines: Engines,
  consoleScenario: ConsoleScenario,
  lastGood: Scenario | null,
): FromWorker[] {
  const scenario = msg.yaml !== undefined ? consoleScenario(msg.yaml, msg.seed) : lastGood;
  try {
    return [
      {
        type: 'completion',
        requestId: msg.requestId,
        candidates: scenario && engines.complete ? engines.complete(scenario, msg.line) : [],
      },
    ];
  } catch (err) {
    passMissingPlugin(err);
    return [{ type: 'completion', requestId: msg.requestId, candidates: [] }];
  }
}

export function podShellAnswer(
  msg: Request<'podShell'>,
  engines: Engines,
  consoleScenario: ConsoleScenario,
): FromWorker[] {
  const answer = (
    r: Omit<PodShellResult, 'session' | 'effects'> & {
      session?: PodShellSession;
      effects?: PodShellResult['effects'];
    },
  ): FromWorker[] => [{ type: 'podShellResult', requestId: msg.requestId, ...r, session: r.session ?? msg.session }];
  const scenario = consoleScenario(msg.yaml, msg.seed);
  if (!scenario)
    return answer({
      stdout: '',
      stderr: 'error: the scenario YAML does not parse; fix it in the editor to use the pod shell\n',
      exitCode: 1,
      closed: false,
    });
  if (!engines.podShell)
    return [{ type: 'error', requestId: msg.requestId, message: 'the pod shell is not part of this build' }];
  try {
    return answer(engines.podShell(scenario, msg.session, msg.line));
  } catch (err) {
    passMissingPlugin(err);
    return answer({ stdout: '', stderr: `error: ${errorText(err)}\n`, exitCode: 1, closed: false });
  }
}
