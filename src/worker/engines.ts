// What the worker entry wires into the handler (sim.worker.ts): the parts of the core that answer
// kubectl, traffic, rules, edits, export and lesson requests, loaded on first use, and the clock.
// Only their types here: their code stays out of the worker's first chunk until sim.worker.ts loads
// it (consoleEngines.ts, laterEngines.ts).
import type { KubectlNote, KubectlResult, PodShellResult, PodShellSession } from '../core/kubectl/index.ts';
import type { Scenario } from '../core/scenario/index.ts';
import type { MessageOf } from './protocol.ts';
import type { applyMutation } from './edits.ts';
import type { TrafficRunner } from './traffic.ts';
import type { fillTemplate } from '../core/lessons/index.ts';
import type { proxyRulesText } from '../core/dataplane/index.ts';
import type { checkLessonGoal } from './lessonGoal.ts';
import type { consoleAnswers } from './consoleAnswers.ts';

/** The parts of the core that answer kubectl and traffic requests, wired by the worker entry. */
export interface Engines {
  /** The console's requests answered (consoleAnswers.ts: kubectl, completion, a pod shell's line), with its engines. */
  answers?: typeof consoleAnswers;
  /** A lesson step's Check (lessonGoal.ts), loaded with the console's engines (it runs kubectl). */
  checkGoal?: typeof checkLessonGoal;
  kubectl?: (scenario: Scenario, argv: string[]) => KubectlResult;
  /** The core's runInPodShell: one line in a pod's shell. */
  podShell?: (scenario: Scenario, session: PodShellSession, line: string) => PodShellResult;
  /** The line a playground note prints (`ksp: …`), with the console's engines: its English table stays out of the first chunk. */
  noteLine?: (note: KubectlNote) => string;
  /** The core's completeKubectl. */
  complete?: (scenario: Scenario, line: string) => string[];
  traffic?: TrafficRunner;
  /** The core's proxyRulesText: a node's kube-proxy rules as the rules view shows them. */
  rules?: typeof proxyRulesText;
  /** edits.ts applyMutation: a change made on the diagram, written into the YAML. */
  edit?: typeof applyMutation;
  /** The core's fillTemplate: a lesson's placeholders (`{nodePort:web}`) on the current scenario. */
  fillTemplate?: typeof fillTemplate;
  /** laterEngines.ts exportText: the scenario for a real cluster. */
  exportText?: (yaml: string, scenario: Scenario | null) => Omit<MessageOf<'exported'>, 'type' | 'requestId'>;
  /** A clock for durationMs and the progress notes only (never for simulation). */
  clock?: () => number;
  /**
   * Told that the request is still moving (a `progress` message, sim.worker.ts): called during a
   * load at most once per PROGRESS_EVERY_MS of the clock, so the page's watchdog (ui/workerClient.ts)
   * restarts a worker that hangs and not one that is loading a big scenario on a slow machine.
   */
  progress?: (requestId: number) => void;
}
