// `kubectl delete TYPE NAME…`: a declared object's document is removed from the YAML; a pod a
// controller generated is deleted through the KubectlHistory (its ReplicaSet replaces it on
// reload, as in a real cluster). Output as delete.go PrintObj (deletedMessage.ts).
import type { Scenario } from '../../scenario/load.ts';
import { deleteDeclared } from '../../scenario/edits/objectEdits.ts';
import { deletePod } from '../../scenario/edits/podEdits.ts';
import { GLOBAL_FLAGS, parseFlags, type FlagSpec } from '../../argv/flags.ts';
import { fail, targetsResult, type KubectlResult } from '../result.ts';
import { generatedNote, notFound, resolveTargets } from '../targets.ts';
import { noteLine, type KubectlNote } from '../playgroundNotes.ts';
import { deletedMessage } from '../deletedMessage.ts';
import { deprecationWarning } from '../deprecationWarnings.ts';

const FLAGS: readonly FlagSpec[] = [
  ...GLOBAL_FLAGS,
  { long: 'force', value: false },
  { long: 'grace-period', value: true },
  { long: 'now', value: false },
  { long: 'wait', value: false },
  { long: 'ignore-not-found', value: false },
];

export function runDelete(scenario: Scenario, args: readonly string[]): KubectlResult {
  const parsed = parseFlags(args, FLAGS, 'delete');
  if (!parsed.ok) return fail(parsed.error);
  const { positional, values } = parsed.flags;
  if (positional.length === 0)
    return fail(
      `error: You must provide one or more resources by argument or filename.\nExample resource specifications include:\n   '-f rsrc.yaml'\n   '--filename=rsrc.json'\n   '<resource> <name>'\n   '<resource>'`,
    );
  const grace = values.get('grace-period');
  const force = values.get('force') === 'true';
  const immediate = grace === '0' || (force && grace === undefined);
  const resolved = resolveTargets(scenario, positional, values.get('namespace') ?? 'default', true);
  if (!resolved.ok) return fail(resolved.error);
  let yaml = scenario.stream.text;
  let stdout = '';
  const notes: KubectlNote[] = [];
  let stderr =
    immediate && force
      ? 'Warning: Immediate deletion does not wait for confirmation that the running resource has been terminated. The resource may continue to run on the cluster indefinitely.\n'
      : '';
  let failed = false;
  const warned = new Set<string>();
  for (const t of resolved.targets) {
    // The DELETE reaches the server (and carries its warnings) unless the playground refuses it below.
    const reaches = !t.obj || t.by === 'user' || (t.type.kind === 'Pod' && t.by !== 'system');
    if (reaches) stderr += deprecationWarning(t.type.kind, warned);
    if (!t.obj) {
      if (values.get('ignore-not-found') !== 'true') {
        stderr += `${notFound(t)}\n`;
        failed = true;
      }
      continue;
    }
    const ref = { kind: t.type.kind, namespace: t.namespace || 'default', name: t.name };
    const r =
      t.by === 'user'
        ? deleteDeclared(yaml, ref)
        : t.type.kind === 'Pod' && t.by !== 'system'
          ? deletePod(yaml, t.name, t.namespace)
          : null;
    if (r === null) {
      const note = generatedNote(t);
      notes.push(note);
      stderr += noteLine(note);
      failed = true;
      continue;
    }
    if (!r.ok) {
      stderr += `error: ${r.error}\n`;
      failed = true;
      continue;
    }
    yaml = r.yaml;
    const ns = t.type.namespaced ? t.namespace || 'default' : undefined;
    stdout += deletedMessage(t.type.kind, t.type.group, t.name, ns, immediate);
  }
  return targetsResult(stdout, stderr, failed, yaml !== scenario.stream.text ? yaml : undefined, notes);
}
