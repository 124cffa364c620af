// `kubectl scale deployment|replicaset|statefulset NAME --replicas=N` (pkg/cmd/scale/scale.go):
// writes spec.replicas into the declared object's document. Prints `deployment.apps/web scaled`.
import type { Scenario } from '../../scenario/load.ts';
import { scaleWorkload } from '../../scenario/edits/podEdits.ts';
import { GLOBAL_FLAGS, parseFlags, type FlagSpec } from '../../argv/flags.ts';
import { fail, type KubectlResult } from '../result.ts';
import { qualifiedName } from '../resources.ts';
import { generatedMessage, notFound, resolveTargets } from '../targets.ts';

const FLAGS: readonly FlagSpec[] = [
  ...GLOBAL_FLAGS,
  { long: 'replicas', value: true },
  { long: 'current-replicas', value: true },
];
const SCALABLE = new Set(['Deployment', 'ReplicaSet', 'StatefulSet']);

export function runScale(scenario: Scenario, args: readonly string[]): KubectlResult {
  const parsed = parseFlags(args, FLAGS, 'scale');
  if (!parsed.ok) return fail(parsed.error);
  const { positional, values } = parsed.flags;
  const raw = values.get('replicas');
  if (raw === undefined) return fail('error: required flag(s) "replicas" not set');
  // scale.go Validate: --replicas=COUNT with COUNT >= 0.
  const replicas = /^\d+$/.test(raw) ? Number(raw) : -1;
  if (replicas < 0)
    return fail(
      /^-?\d+$/.test(raw)
        ? 'error: The --replicas=COUNT flag is required, and COUNT must be greater than or equal to 0'
        : `error: invalid argument "${raw}" for "--replicas" flag: strconv.ParseInt: parsing "${raw}": invalid syntax\nSee 'kubectl scale --help' for usage.`,
    );
  if (positional.length === 0)
    return fail(`error: required resource not specified\nSee 'kubectl scale -h' for help and examples`);
  const resolved = resolveTargets(scenario, positional, values.get('namespace') ?? 'default', true);
  if (!resolved.ok) return fail(resolved.error);
  let yaml = scenario.stream.text;
  let stdout = '';
  let stderr = '';
  for (const t of resolved.targets) {
    if (!SCALABLE.has(t.type.kind)) {
      stderr += 'Error from server (NotFound): the server could not find the requested resource\n';
      continue;
    }
    if (!t.obj) {
      stderr += `${notFound(t)}\n`;
      continue;
    }
    const current = (t.obj as { spec?: { replicas?: number } }).spec?.replicas ?? 1;
    const expected = values.get('current-replicas');
    if (expected !== undefined && expected !== '-1' && Number(expected) !== current) {
      stderr += `error: Expected replicas to be ${expected}, was ${current}\n`;
      continue;
    }
    if (t.by !== 'user') {
      stderr += `${generatedMessage(t)}\n`;
      continue;
    }
    const r = scaleWorkload(yaml, t.type.kind as 'Deployment', t.name, replicas, t.namespace);
    if (!r.ok) {
      stderr += `error: ${r.error}\n`;
      continue;
    }
    yaml = r.yaml;
    stdout += `${qualifiedName(t.type, t.name)} scaled\n`;
  }
  const changed = yaml !== scenario.stream.text;
  return { stdout, stderr, exitCode: stderr ? 1 : 0, ...(changed ? { yaml } : {}) };
}
