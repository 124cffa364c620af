// Replays the KubectlHistory commands (history.ts) after the controllers' first sync. Each command
// changes the stored pod as the API server would, then the affected controllers resync, as they
// would on the watch event that follows:
//   delete pod   → the pod is gone; its ReplicaSet/StatefulSet/DaemonSet creates a replacement
//                  (replacementPods.ts), with a name drawn from this command's own seeded stream;
//   label pod    → a pod that leaves its ReplicaSet's selector is released and replaced, and it
//                  leaves (or joins) every Service whose selector it (no longer) matches;
//   annotate pod → playground.ksp.dev/ready / terminating change the pod's status (podStatus.ts).
// Then the EndpointSlice controller recomputes every managed slice, keeping each existing
// slice's name (the reconciler updates slices in place rather than recreating them).
import type { ClusterState } from '../../model/clusterState.ts';

import type { AdmittedPod, AdmittedEndpointSlice } from '../../model/admitted.ts';
import { objectKey } from '../../model/objects.ts';
import type { Rng } from '../../random/rng.ts';
import { locatePath, type ParsedStream } from '../../yaml/parseStream.ts';
import { DiagnosticCode, type DiagnosticSay } from '../../diagnostics.ts';
import type { ControllerContext } from '../../controllers/runControllers.ts';
import { mut } from '../../controllers/meta.ts';
import { controllerOf } from '../../model/ownerReferences.ts';
import { markTerminating, kubeletStatus } from '../../controllers/podStatus.ts';
import { updateWorkloadStatuses } from '../../controllers/workloadStatus.ts';
import { reconcileEndpointSlices } from '../../controllers/endpointSlices.ts';
import { ENDPOINTSLICE_CONTROLLER, LABEL_MANAGED_BY, LABEL_SERVICE_NAME } from '../../model/endpointSliceLabels.ts';
import { reconcileEndpoints } from '../../controllers/legacyEndpoints.ts';
import { splitCommandLine } from '../../argv/commandLine.ts';
import { parseFlags } from '../../argv/flags.ts';
import { readHistory } from './history.ts';
import { applyMetadataChanges, conflictError, parseMetadataSpecs } from './metadataSpecs.ts';
import { releaseIfUnmatched, replaceFor } from './replacementPods.ts';

const FLAGS = [
  { long: 'namespace', short: 'n', value: true },
  { long: 'overwrite', value: false },
] as const;

/** A parsed history command: only pod deletes, labels and annotations are recorded. */
export interface PodCommand {
  verb: 'delete' | 'label' | 'annotate';
  namespace: string;
  name: string;
  specs: string[];
  overwrite: boolean;
}

/** Why a recorded command is not replayed: the playground's own reasons also as codes, kubectl's parse errors as it prints them. */
type NotReplayed = { error: string; say?: DiagnosticSay };

export function parsePodCommand(line: string): PodCommand | NotReplayed {
  const split = splitCommandLine(line);
  if (!split.ok) return { error: split.error };
  const argv = split.argv[0] === 'kubectl' ? split.argv.slice(1) : split.argv;
  const verb = argv[0];
  if (verb !== 'delete' && verb !== 'label' && verb !== 'annotate')
    return {
      error: `only "kubectl delete|label|annotate pod …" is replayed`,
      say: { code: 'history.onlyPodVerbs', params: {} },
    };
  const parsed = parseFlags(argv.slice(1), FLAGS, verb);
  if (!parsed.ok) return { error: parsed.error.split('\n')[0] ?? parsed.error };
  const pos = parsed.flags.positional;
  let rest: string[];
  let name: string;
  const first = pos[0] ?? '';
  if (/^(pods?|po)\/./.test(first)) {
    name = first.slice(first.indexOf('/') + 1);
    rest = pos.slice(1);
  } else if (/^(pods?|po)$/.test(first) && pos[1]) {
    name = pos[1];
    rest = pos.slice(2);
  } else {
    return { error: 'only pods are recorded in the history', say: { code: 'history.onlyPods', params: {} } };
  }
  if (verb === 'delete' && rest.length > 0)
    return { error: 'delete takes one pod per history entry', say: { code: 'history.deleteOne', params: {} } };
  return {
    verb,
    namespace: parsed.flags.values.get('namespace') ?? 'default',
    name,
    specs: rest,
    overwrite: parsed.flags.values.has('overwrite'),
  };
}

/** Applies one command to the state; returns an error text (kubectl's) when it cannot apply. */
export function applyPodCommand(
  state: ClusterState,
  cmd: PodCommand,
  rng: Rng,
  ctx?: ControllerContext,
): string | null {
  const i = state.pods.findIndex((p) => p.metadata.namespace === cmd.namespace && p.metadata.name === cmd.name);
  const pod = state.pods[i];
  if (!pod) return `Error from server (NotFound): pods "${cmd.name}" not found`;
  if (cmd.verb === 'delete') {
    state.pods.splice(i, 1);
    state.origins.delete(objectKey('Pod', cmd.namespace, cmd.name));
    const owner = controllerOf(pod);
    if (owner) replaceFor(state, owner, pod, rng, ctx);
  } else {
    const field = cmd.verb === 'label' ? 'labels' : 'annotations';
    const specs = parseMetadataSpecs(cmd.specs, field);
    if (!specs.ok) return `error: ${specs.error}`;
    const meta = pod.metadata;
    const next = applyMetadataChanges(meta[field], specs.changes, cmd.overwrite);
    if (!next.ok) return `error: ${conflictError(field, next.conflicts)}`;
    meta[field] = next.map;
    if (field === 'labels') {
      const released = releaseIfUnmatched(state, pod);
      if (released) replaceFor(state, released, pod, rng, ctx);
    } else {
      refreshStatus(state, pod);
    }
  }
  resync(state, rng);
  return null;
}

function refreshStatus(state: ClusterState, pod: AdmittedPod): void {
  markTerminating(pod, state.now);
  const node = state.nodes.find((n) => n.metadata.name === pod.spec.nodeName);
  const ip = pod.status?.podIP;
  if (node && ip && pod.status.phase === 'Running')
    kubeletStatus(pod, node, ip, pod.status.startTime ?? pod.metadata.creationTimestamp ?? state.createdAt, state.now);
}

/** Workload status, EndpointSlices (same names for the same Service) and legacy Endpoints. */
function resync(state: ClusterState, rng: Rng): void {
  updateWorkloadStatuses(state);
  const managed = (s: AdmittedEndpointSlice) => s.metadata.labels?.[LABEL_MANAGED_BY] === ENDPOINTSLICE_CONTROLLER;
  const svcKey = (s: AdmittedEndpointSlice) =>
    `${s.metadata.namespace}/${s.metadata.labels?.[LABEL_SERVICE_NAME] ?? ''}`;
  const old = new Map<string, AdmittedEndpointSlice[]>();
  for (const s of state.endpointSlices.filter(managed)) old.set(svcKey(s), [...(old.get(svcKey(s)) ?? []), s]);
  for (const s of state.endpointSlices.filter(managed))
    state.origins.delete(objectKey('EndpointSlice', s.metadata.namespace, s.metadata.name));
  state.endpointSlices = state.endpointSlices.filter((s) => !managed(s));
  reconcileEndpointSlices(state, rng.fork('endpointslices'));
  const used = new Map<string, number>();
  for (const s of state.endpointSlices.filter(managed)) {
    const key = svcKey(s);
    const n = used.get(key) ?? 0;
    used.set(key, n + 1);
    const prev = old.get(key)?.[n];
    if (!prev?.metadata || !s.metadata) continue;
    const origin = state.origins.get(objectKey('EndpointSlice', s.metadata.namespace, s.metadata.name));
    state.origins.delete(objectKey('EndpointSlice', s.metadata.namespace, s.metadata.name));
    const m = mut(s.metadata);
    m.name = prev.metadata.name;
    m.uid = prev.metadata.uid;
    m.creationTimestamp = prev.metadata.creationTimestamp;
    if (origin) state.origins.set(objectKey('EndpointSlice', s.metadata.namespace, s.metadata.name), origin);
  }
  reconcileEndpoints(state);
}

/** Replays every recorded command in order; a command that no longer applies becomes a warning at its line. */
export function replayKubectlHistory(
  stream: ParsedStream,
  state: ClusterState,
  rng: Rng,
  ctx: ControllerContext,
): void {
  for (const [n, entry] of readHistory(stream).entries()) {
    const cmd = parsePodCommand(entry.command);
    const error = 'error' in cmd ? cmd.error : applyPodCommand(state, cmd, rng.fork(`command:${n}`), ctx);
    if (error === null) continue;
    const why = 'error' in cmd && cmd.say ? cmd.say : error;
    const doc = stream.documents.find((d) => d.index === entry.docIndex);
    const range = doc
      ? locatePath(stream, doc, ['commands', entry.index])
      : { line: 1, column: 1, endLine: 1, endColumn: 1 };
    ctx.report({
      severity: 'warning',
      code: DiagnosticCode.controller,
      message: `KubectlHistory: "${entry.command}" was not replayed: ${error}`,
      say: { code: 'history.notReplayed', params: { command: entry.command, why } },
      ...range,
      docIndex: entry.docIndex,
      kind: 'KubectlHistory',
    });
  }
}
