// `kubectl scale deployment|replicaset|statefulset NAME --replicas=N` (pkg/cmd/scale/scale.go):
// writes spec.replicas into the declared object's document. Prints `deployment.apps/web scaled`.
import type { Scenario } from '../../scenario/load.ts';
import type { K8sObject } from '../../model/objects.ts';
import { scaleWorkload } from '../../scenario/edits/podEdits.ts';
import { GLOBAL_FLAGS, parseFlags, type FlagSpec } from '../../argv/flags.ts';
import { parseGoInt64 } from '../../argv/goInt.ts';
import { goQuote, kubectlInvalidMessage } from '../../api/fieldErrors.ts';
import { decodeErrors } from '../../api/decode/decode.ts';
import { scaleSchema } from '../../api/decode/groupSchemas.ts';
import { nonNegative } from '../../api/validation/objectMeta.ts';
import { fail, targetsResult, type KubectlResult } from '../result.ts';
import { qualifiedName } from '../resources.ts';
import { formatLabelSelector } from '../labelSelector.ts';
import { generatedNote, notFound, resolveTargets } from '../targets.ts';
import { noteLine, type KubectlNote } from '../playgroundNotes.ts';

const FLAGS: readonly FlagSpec[] = [
  ...GLOBAL_FLAGS,
  { long: 'replicas', value: true },
  { long: 'current-replicas', value: true },
];
const SCALABLE = new Set(['Deployment', 'ReplicaSet', 'StatefulSet']);

/** pflag IntVar: `strconv.ParseInt(s, 0, 64)`; its error as cobra prints it. */
function intFlag(name: string, raw: string): { ok: true; value: bigint } | { ok: false; error: string } {
  const r = parseGoInt64(raw);
  if (r.ok) return r;
  return {
    ok: false,
    error: `error: invalid argument ${goQuote(raw)} for "--${name}" flag: strconv.ParseInt: parsing ${goQuote(raw)}: ${r.reason}\nSee 'kubectl scale --help' for usage.`,
  };
}

export function runScale(scenario: Scenario, args: readonly string[]): KubectlResult {
  const parsed = parseFlags(args, FLAGS, 'scale');
  if (!parsed.ok) return fail(parsed.error);
  const { positional, values } = parsed.flags;
  const raw = values.get('replicas');
  if (raw === undefined) return fail('error: required flag(s) "replicas" not set');
  const replicasFlag = intFlag('replicas', raw);
  if (!replicasFlag.ok) return fail(replicasFlag.error);
  const rawCurrent = values.get('current-replicas');
  const currentFlag =
    rawCurrent === undefined ? ({ ok: true, value: -1n } as const) : intFlag('current-replicas', rawCurrent);
  if (!currentFlag.ok) return fail(currentFlag.error);
  // scale.go Validate.
  if (replicasFlag.value < 0n)
    return fail('error: The --replicas=COUNT flag is required, and COUNT must be greater than or equal to 0');
  if (currentFlag.value < -1n) return fail('error: The --current-replicas must specify an integer of -1 or greater');
  if (positional.length === 0)
    return fail(`error: required resource not specified\nSee 'kubectl scale -h' for help and examples`);
  const resolved = resolveTargets(scenario, positional, values.get('namespace') ?? 'default', true);
  if (!resolved.ok) return fail(resolved.error);
  let yaml = scenario.stream.text;
  let stdout = '';
  const notes: KubectlNote[] = [];
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
    if (currentFlag.value !== -1n && currentFlag.value !== BigInt(current)) {
      stderr += `error: Expected replicas to be ${currentFlag.value}, was ${current}\n`;
      continue;
    }
    const sent = scaleRequest(t.obj, replicasFlag.value, currentFlag.value !== -1n);
    if (!sent.ok) {
      stderr += `${sent.error}\n`;
      continue;
    }
    if (t.by !== 'user') {
      const note = generatedNote(t);
      notes.push(note);
      stderr += noteLine(note);
      continue;
    }
    const r = scaleWorkload(yaml, t.type.kind as 'Deployment', t.name, sent.replicas, t.namespace);
    if (!r.ok) {
      stderr += `error: ${r.error}\n`;
      continue;
    }
    yaml = r.yaml;
    stdout += `${qualifiedName(t.type, t.name)} scaled\n`;
  }
  return targetsResult(stdout, stderr, stderr !== '', yaml !== scenario.stream.text ? yaml : undefined, notes);
}

/**
 * What the `/scale` subresource makes of kubectl's request (kubectl pkg/scale/scale.go ScaleSimple).
 * Without a precondition kubectl sends the flag's int64 as a JSON merge patch; the API server merges
 * it into the Scale's JSON and decodes that into autoscaling/v1 Scale, whose spec.replicas is an
 * int32, and reports a failed decode as Invalid on the field `patch` with the whole patched JSON as
 * the value (apiserver endpoints/handlers/patch.go jsonPatcher.applyPatchToCurrentObject); kubectl
 * prints a kind-less Invalid as "The request is invalid" (cmd/util/helpers.go checkErr). With
 * `--current-replicas` kubectl GETs the Scale and PUTs it back with `int32(newSize)`, which wraps;
 * the server then validates the wrapped number (autoscaling validation ValidateScale).
 */
function scaleRequest(
  obj: K8sObject,
  replicas: bigint,
  precondition: boolean,
): { ok: true; replicas: number } | { ok: false; error: string } {
  const name = obj.metadata?.name ?? '';
  if (precondition) {
    const wrapped = Number(BigInt.asIntN(32, replicas));
    const errs = nonNegative(wrapped, 'spec.replicas');
    return errs.length > 0
      ? { ok: false, error: kubectlInvalidMessage('Scale', name, errs) }
      : { ok: true, replicas: wrapped };
  }
  const patched = patchedScale(obj, replicas);
  const decoded = decodeErrors(patched.value, scaleSchema);
  if (decoded)
    return {
      ok: false,
      error: `The request is invalid: patch: Invalid value: ${goQuote(patched.json)}: ${decoded.message}`,
    };
  return { ok: true, replicas: Number(replicas) };
}

/**
 * The Scale after the merge patch, as a value and as the JSON the server quotes: evanphx/json-patch
 * MergePatch re-marshals the top-level map (keys sorted) and the merged `spec`, and keeps the
 * untouched `metadata` and `status` in the codec's field order.
 */
function patchedScale(obj: K8sObject, replicas: bigint): { value: unknown; json: string } {
  const m = obj.metadata ?? {};
  const metadata = {
    name: m.name,
    namespace: m.namespace ?? 'default',
    ...(m.uid ? { uid: m.uid } : {}),
    ...(m.resourceVersion ? { resourceVersion: m.resourceVersion } : {}),
    ...(m.creationTimestamp ? { creationTimestamp: m.creationTimestamp } : {}),
  };
  const o = obj as { spec?: { selector?: Parameters<typeof formatLabelSelector>[0] }; status?: { replicas?: number } };
  const selector = formatLabelSelector(o.spec?.selector);
  const status = {
    replicas: o.status?.replicas ?? 0,
    ...(selector !== '<none>' ? { selector } : {}),
  };
  const json = `{"apiVersion":"autoscaling/v1","kind":"Scale","metadata":${JSON.stringify(metadata)},"spec":{"replicas":${replicas}},"status":${JSON.stringify(status)}}`;
  return {
    value: { apiVersion: 'autoscaling/v1', kind: 'Scale', metadata, spec: { replicas }, status },
    json,
  };
}
