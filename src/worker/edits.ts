// Glue between the protocol's Mutation messages and the core's edit functions
// (src/core/scenario/edits/podEdits.ts), which own every rule: a declared pod is edited in its
// own document, a pod a controller made gets the kubectl command recorded in the KubectlHistory
// document that loadScenario replays. This file only picks the function and words the result.
import { deletePod, markPodReady, relabelPod, scaleWorkload, updateMetadataMap } from '../core/scenario/index.ts';
import type { Scenario } from '../core/scenario/index.ts';
import type { Mutation } from './protocol.ts';

export interface EditOutcome {
  yaml: string;
  changed: boolean;
  /** What happened, in words the UI can show (`pod/web-1 deleted`), or the core's error. */
  message: string;
}

type CoreResult = { ok: true; yaml: string; changed?: boolean } | { ok: false; error: string };

/** The labels/annotations of a pod as the last good scenario has them (for generated pods). */
function podMap(
  scenario: Scenario | null,
  namespace: string,
  name: string,
  field: 'labels' | 'annotations',
): Record<string, string> | undefined {
  const pod = scenario?.state.pods.find((p) => p.metadata.name === name && p.metadata.namespace === namespace);
  return pod ? { ...(pod.metadata[field] ?? {}) } : undefined;
}

function outcome(text: string, r: CoreResult, ref: string, verb: string): EditOutcome {
  if (!r.ok) return { yaml: text, changed: false, message: r.error };
  const changed = r.yaml !== text && r.changed !== false;
  return { yaml: changed ? r.yaml : text, changed, message: changed ? `${ref} ${verb}` : `${ref} unchanged` };
}

/** Applies one mutation to the scenario text; `scenario` is the last good load (for generated pods). */
export function applyMutation(text: string, mutation: Mutation, scenario: Scenario | null = null): EditOutcome {
  switch (mutation.op) {
    case 'deletePod':
      return outcome(text, deletePod(text, mutation.name, mutation.namespace), `pod/${mutation.name}`, 'deleted');
    case 'setPodReady': {
      const current = podMap(scenario, mutation.namespace, mutation.name, 'annotations');
      const r = markPodReady(text, mutation.name, mutation.ready, mutation.namespace, current);
      return outcome(text, r, `pod/${mutation.name}`, `marked ${mutation.ready ? 'ready' : 'not ready'}`);
    }
    case 'scale':
      return outcome(
        text,
        scaleWorkload(text, mutation.kind, mutation.name, mutation.replicas, mutation.namespace),
        `${mutation.kind.toLowerCase()}.apps/${mutation.name}`,
        'scaled',
      );
    case 'setLabel': {
      const namespace = mutation.namespace ?? 'default';
      const set = mutation.value === null ? {} : { [mutation.key]: mutation.value };
      const remove = mutation.value === null ? [mutation.key] : [];
      const ref = `${mutation.kind.toLowerCase()}/${mutation.name}`;
      const verb = mutation.value === null ? 'unlabeled' : 'labeled';
      if (mutation.kind === 'Pod') {
        return outcome(
          text,
          relabelPod(text, mutation.name, set, remove, namespace, podMap(scenario, namespace, mutation.name, 'labels')),
          ref,
          verb,
        );
      }
      const r = updateMetadataMap(
        text,
        { kind: mutation.kind, namespace, name: mutation.name },
        { field: 'labels', changes: { set: new Map(Object.entries(set)), remove }, overwrite: true },
      );
      return outcome(text, r, ref, verb);
    }
  }
}
