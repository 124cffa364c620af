// `kubectl label|annotate TYPE NAME k=v… [k-] [--overwrite]` (pkg/cmd/label/label.go,
// pkg/cmd/annotate/annotate.go): declared objects are edited in their document; a generated pod
// gets a KubectlHistory entry. Prints `pod/web labeled` (`not labeled` when nothing changed).
import type { Scenario } from '../../scenario/load.ts';
import { updateMetadataMap } from '../../scenario/edits/objectEdits.ts';
import { updatePodMetadata } from '../../scenario/edits/podEdits.ts';
import { parseMetadataSpecs } from '../../scenario/edits/metadataSpecs.ts';
import { GLOBAL_FLAGS, parseFlags, type FlagSpec } from '../../argv/flags.ts';
import { fail, targetsResult, type KubectlResult } from '../result.ts';
import { qualifiedName } from '../resources.ts';
import { generatedNote, notFound, resolveTargets } from '../targets.ts';
import { noteLine, type KubectlNote } from '../playgroundNotes.ts';
import { deprecationWarning } from '../deprecationWarnings.ts';

const FLAGS: readonly FlagSpec[] = [...GLOBAL_FLAGS, { long: 'overwrite', value: false }];

export function runLabelLike(verb: 'label' | 'annotate', scenario: Scenario, args: readonly string[]): KubectlResult {
  const field = verb === 'label' ? 'labels' : 'annotations';
  const parsed = parseFlags(args, FLAGS, verb);
  if (!parsed.ok) return fail(parsed.error);
  const { positional, values } = parsed.flags;
  const overwrite = values.get('overwrite') === 'true';
  if (positional.length === 0)
    return fail(
      `error: one or more resources must be specified as <resource> <name> or <resource>/<name>\nSee 'kubectl ${verb} -h' for help and examples`,
    );
  // Everything after the resources is a k=v / k- spec (label.go: first `=` or trailing `-` argument).
  const specStart = positional.findIndex((a, i) => i > 0 && (a.includes('=') || a.endsWith('-')));
  const resources = specStart < 0 ? positional : positional.slice(0, specStart);
  const specs = specStart < 0 ? [] : positional.slice(specStart);
  if (specs.length === 0)
    return fail(
      `error: at least one ${verb === 'label' ? 'label' : 'annotation'} update is required\nSee 'kubectl ${verb} -h' for help and examples`,
    );
  const changes = parseMetadataSpecs(specs, field);
  if (!changes.ok) return fail(`error: ${changes.error}`);
  const resolved = resolveTargets(scenario, resources, values.get('namespace') ?? 'default', true);
  if (!resolved.ok) return fail(resolved.error);
  let yaml = scenario.stream.text;
  let stdout = '';
  const notes: KubectlNote[] = [];
  let stderr = '';
  let failed = false;
  const warned = new Set<string>();
  for (const t of resolved.targets) {
    // The request reaches the server (and carries its warnings) unless the playground refuses it below.
    if (!t.obj || t.by === 'user' || (t.type.kind === 'Pod' && t.by !== 'system'))
      stderr += deprecationWarning(t.type.kind, warned);
    if (!t.obj) {
      stderr += `${notFound(t)}\n`;
      failed = true;
      continue;
    }
    const ref = { kind: t.type.kind, namespace: t.namespace || 'default', name: t.name };
    const r =
      t.by === 'user'
        ? updateMetadataMap(yaml, ref, { field, changes: changes.changes, overwrite })
        : t.type.kind === 'Pod' && t.by !== 'system'
          ? updatePodMetadata(yaml, t.name, t.namespace, field, changes.changes, overwrite, t.obj.metadata[field])
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
    const done = verb === 'label' ? 'labeled' : 'annotated';
    stdout += `${qualifiedName(t.type, t.name)} ${r.changed ? done : `not ${done}`}\n`;
  }
  return targetsResult(stdout, stderr, failed, yaml !== scenario.stream.text ? yaml : undefined, notes);
}
