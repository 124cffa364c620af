// Direct manipulation from the diagram (delete a pod, mark it not ready, relabel it, scale a
// workload), each returning the new scenario YAML. A pod declared in the YAML is edited in its
// own document; a pod a controller generated has no document, so the change is recorded as the
// kubectl command a user would type (history.ts) and replayed on load. The kubectl console's
// delete/label/annotate/scale commands go through these same functions.
import { READY_ANNOTATION } from '../../controllers/podStatus.ts';
import { quoteWord } from '../../argv/commandLine.ts';
import { appendHistory } from './history.ts';
import { deleteDeclared, isDeclared, setReplicas, updateMetadataMap, type MapEditResult } from './objectEdits.ts';
import { applyMetadataChanges, conflictError, type MetadataChanges } from './metadataSpecs.ts';
import type { EditResult } from './streamText.ts';

const nsFlag = (namespace: string) => (namespace === 'default' ? '' : ` -n ${quoteWord(namespace)}`);

/** `kubectl delete pod NAME`: removes a declared Pod's document, or records the delete of a generated one. */
export function deletePod(yaml: string, name: string, namespace = 'default'): EditResult {
  const ref = { kind: 'Pod', namespace, name };
  if (isDeclared(yaml, ref)) return deleteDeclared(yaml, ref);
  return appendHistory(yaml, `kubectl delete pod ${quoteWord(name)}${nsFlag(namespace)}`);
}

/** Labels or annotations of a pod (kubectl label/annotate pod NAME …). */
export function updatePodMetadata(
  yaml: string,
  name: string,
  namespace: string,
  field: 'labels' | 'annotations',
  changes: MetadataChanges,
  overwrite: boolean,
  /** For a generated pod: its current map, to check --overwrite before recording the command. */
  currentOfGenerated?: Readonly<Record<string, string>>,
): MapEditResult {
  const ref = { kind: 'Pod', namespace, name };
  if (isDeclared(yaml, ref)) return updateMetadataMap(yaml, ref, { field, changes, overwrite });
  const next = applyMetadataChanges(currentOfGenerated, changes, overwrite);
  if (!next.ok) return { ok: false, error: conflictError(field, next.conflicts) };
  if (!next.changed) return { ok: true, yaml, changed: false };
  const words = [...[...changes.set].map(([k, v]) => `${k}=${v}`), ...changes.remove.map((k) => `${k}-`)].map(
    quoteWord,
  );
  const verb = field === 'labels' ? 'label' : 'annotate';
  const r = appendHistory(
    yaml,
    `kubectl ${verb} pod ${quoteWord(name)} ${words.join(' ')}${overwrite ? ' --overwrite' : ''}${nsFlag(namespace)}`,
  );
  return r.ok ? { ok: true, yaml: r.yaml, changed: true } : r;
}

/** Relabels a pod (the diagram's "move out of the Service"): `kubectl label pod NAME k=v --overwrite`. */
export function relabelPod(
  yaml: string,
  name: string,
  labels: Readonly<Record<string, string>>,
  remove: readonly string[] = [],
  namespace = 'default',
  currentOfGenerated?: Readonly<Record<string, string>>,
): MapEditResult {
  return updatePodMetadata(
    yaml,
    name,
    namespace,
    'labels',
    { set: new Map(Object.entries(labels)), remove: [...remove] },
    true,
    currentOfGenerated,
  );
}

/**
 * Marks a pod ready or not ready through the annotation the controllers honour
 * (playground.ksp.dev/ready: "false", controllers/podStatus.ts) — a stand-in for a failing
 * readinessProbe, which has no kubectl verb.
 */
export function markPodReady(
  yaml: string,
  podName: string,
  ready: boolean,
  namespace = 'default',
  currentOfGenerated?: Readonly<Record<string, string>>,
): MapEditResult {
  const changes: MetadataChanges = ready
    ? { set: new Map(), remove: [READY_ANNOTATION] }
    : { set: new Map([[READY_ANNOTATION, 'false']]), remove: [] };
  return updatePodMetadata(yaml, podName, namespace, 'annotations', changes, true, currentOfGenerated);
}

/** `kubectl scale KIND NAME --replicas=N` on a declared workload. */
export function scaleWorkload(
  yaml: string,
  kind: 'Deployment' | 'ReplicaSet' | 'StatefulSet',
  name: string,
  replicas: number,
  namespace = 'default',
): EditResult {
  if (!Number.isInteger(replicas) || replicas < 0)
    return { ok: false, error: 'The --replicas=COUNT flag is required, and COUNT must be greater than or equal to 0' };
  return setReplicas(yaml, { kind, namespace, name }, replicas);
}
