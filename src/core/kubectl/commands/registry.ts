// kubectl's verbs. Adding one is one line here plus its file in this folder
// (e.g. `run: runRun,` for `kubectl run … -- wget`).
import type { Scenario } from '../../scenario/load.ts';
import type { KubectlResult } from '../result.ts';
import { runGet } from './get.ts';
import { runDescribe } from './describe.ts';
import { runApplyLike } from './apply.ts';
import { runRun } from './run.ts';

export type KubectlCommand = (scenario: Scenario, args: readonly string[]) => KubectlResult;

export const KUBECTL_COMMANDS: Record<string, KubectlCommand> = {
  get: runGet,
  describe: runDescribe,
  apply: (s, a) => runApplyLike('apply', s, a),
  create: (s, a) => runApplyLike('create', s, a),
  run: runRun,
};
