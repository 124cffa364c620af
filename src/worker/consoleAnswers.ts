// The console's requests: a kubectl command, its completion and a line in a pod's shell. With the
// editor's text (`yaml`) they run on it as typed; kubectl and completion without it run on the last
// good load (protocol.ts ToWorkerMap). Loaded with the console's engines (consoleEngines.ts), not in
// the worker's first chunk: the handler reaches them as `engines.answers`.
import { splitCommandLine } from '../core/argv/index.ts';
import type { PodShellResult, PodShellSession } from '../core/kubectl/index.ts';
import type { KubectlNote } from '../core/kubectl/index.ts';
import type { Scenario } from '../core/scenario/index.ts';
import type { FromWorker, ToWorker } from './protocol.ts';
import type { Engines } from './engines.ts';
import { errorText, notInBuild, passMissingPlugin } from './handlerErrors.ts';

type Request<K extends ToWorker['type']> = Extract<ToWorker, { type: K }>;

/** The console's scenario for the editor's text (handler.ts): null when the text does not parse. */
export type ConsoleScenario = (yaml: string, seed: number | undefined) => Scenario | null;

/** kubectl's answer when it does not run: nothing on stdout, why on stderr (and its note, when the playground says it). */
const kubectlFailed = (requestId: number, stderr: string, exitCode = 1, notes?: KubectlNote[]): FromWorker => ({
  type: 'kubectlResult',
  requestId,
  stdout: '',
  stderr,
  exitCode,
  ...(notes ? { notes } : {}),
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
  const { kubectl, noteLine } = engines;
  if (!kubectl) return [notInBuild(msg.requestId, 'kubectl')];
  if (!scenario) {
    const note: KubectlNote = {
      code: msg.yaml !== undefined ? 'kubectl.scenarioUnparsed' : 'kubectl.scenarioHasErrors',
      params: {},
    };
    return [noteLine ? kubectlFailed(msg.requestId, noteLine(note), 1, [note]) : notInBuild(msg.requestId, 'kubectl')];
  }
  try {
    return [{ type: 'kubectlResult', requestId: msg.requestId, ...kubectl(scenario, split.argv) }];
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
  const { podShell, noteLine } = engines;
  if (!podShell || !noteLine)
    return [{ type: 'error', requestId: msg.requestId, message: 'the pod shell is not part of this build' }];
  if (!scenario) {
    const note: KubectlNote = { code: 'podShell.scenarioUnparsed', params: {} };
    return answer({ stdout: '', stderr: noteLine(note), exitCode: 1, closed: false, notes: [note] });
  }
  try {
    return answer(podShell(scenario, msg.session, msg.line));
  } catch (err) {
    passMissingPlugin(err);
    return answer({ stdout: '', stderr: `error: ${errorText(err)}\n`, exitCode: 1, closed: false });
  }
}

/** What the handler answers the console's requests with (handler.ts, as `engines.answers`). */
export const consoleAnswers = { kubectl: kubectlAnswer, complete: completionAnswer, podShell: podShellAnswer };
