// kubectl's verbs. Adding one is one line here plus its file in this folder. Verbs real kubectl
// has but the playground does not simulate get a clear message instead of "unknown command".
import type { Scenario } from '../../scenario/load.ts';
import { fail, type KubectlResult } from '../result.ts';
import { runGet } from './get.ts';
import { runDescribe } from './describe.ts';
import { runApplyLike } from './apply.ts';
import { runRun } from './run.ts';
import { runExec } from './exec.ts';
import { runScale } from './scale.ts';
import { runExpose } from './expose.ts';
import { runCreateService } from './createService.ts';
import { runDelete } from './delete.ts';
import { runLabelLike } from './label.ts';
import { noteLine } from '../playgroundNotes.ts';

export type KubectlCommand = (scenario: Scenario, args: readonly string[]) => KubectlResult;

export const KUBECTL_COMMANDS: Record<string, KubectlCommand> = {
  get: runGet,
  describe: runDescribe,
  apply: (s, a) => runApplyLike('apply', s, a),
  create: (s, a) => {
    const sub = a.find((x) => !x.startsWith('-'));
    return sub === 'service' || sub === 'svc'
      ? runCreateService(
          s,
          a.filter((x) => x !== sub),
        )
      : runApplyLike('create', s, a);
  },
  run: runRun,
  exec: runExec,
  scale: runScale,
  expose: runExpose,
  delete: runDelete,
  label: (s, a) => runLabelLike('label', s, a),
  annotate: (s, a) => runLabelLike('annotate', s, a),
};

/** The rest of `kubectl help`'s command list (kubectl 1.3x). */
export const NOT_SIMULATED: readonly string[] = [
  'edit',
  'explain',
  'set',
  'rollout',
  'autoscale',
  'certificate',
  'cluster-info',
  'top',
  'cordon',
  'uncordon',
  'drain',
  'taint',
  'logs',
  'attach',
  'port-forward',
  'proxy',
  'cp',
  'auth',
  'debug',
  'events',
  'diff',
  'patch',
  'replace',
  'wait',
  'kustomize',
  'config',
  'plugin',
  'version',
  'api-resources',
  'api-versions',
  'completion',
  'alpha',
];

export function notSimulated(verb: string): KubectlResult {
  const note = { code: 'kubectl.verbNotSimulated', params: { verb } } as const;
  return { ...fail(noteLine(note)), notes: [note] };
}
