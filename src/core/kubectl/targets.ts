// Resolves the `TYPE NAME…` / `TYPE/NAME…` arguments of the mutating verbs to objects of the
// simulated cluster, and tells whether each was declared in the YAML (editable in place), made by
// a controller for a declared owner, or made by the control plane itself (system objects).
import type { Scenario } from '../scenario/load.ts';
import type { AdmittedObject } from '../model/admitted.ts';
import { objectKey } from '../model/objects.ts';
import { controllerOf } from '../model/ownerReferences.ts';
import { findResourceType, groupResource, type ResourceType } from './resources.ts';
import type { KubectlNote } from './playgroundNotes.ts';

export interface Target {
  type: ResourceType;
  name: string;
  namespace: string;
  obj?: AdmittedObject;
  /** 'user': declared in the YAML; otherwise who made it. */
  by?: string;
}

export type TargetsResult = { ok: true; targets: Target[]; rest: string[] } | { ok: false; error: string };

/** `TYPE NAME [NAME…]` (names: all positionals when `multi`) or `TYPE/NAME [TYPE/NAME…]`. */
export function resolveTargets(
  scenario: Scenario,
  positional: readonly string[],
  namespace: string,
  multi: boolean,
): TargetsResult {
  const first = positional[0];
  if (first === undefined)
    return {
      ok: false,
      error:
        'error: you must specify the type of resource to get. Use "kubectl api-resources" for a complete list of supported resources.',
    };
  const out: Target[] = [];
  const make = (typeName: string, name: string): Target | string => {
    const type = findResourceType(typeName);
    if (!type) return `error: the server doesn't have a resource type "${typeName}"`;
    const ns = type.namespaced ? namespace : '';
    const obj = type
      .list(scenario.state)
      .find((o) => o.metadata.name === name && (!type.namespaced || (o.metadata.namespace ?? 'default') === ns));
    const by = obj
      ? (scenario.state.origins.get(objectKey(type.kind, type.namespaced ? ns : undefined, name))?.by ?? 'system')
      : undefined;
    return { type, name, namespace: ns, ...(obj ? { obj } : {}), ...(by ? { by } : {}) };
  };
  if (first.includes('/')) {
    let i = 0;
    for (; i < positional.length && (positional[i] ?? '').includes('/'); i++) {
      const a = positional[i] ?? '';
      const t = make(a.slice(0, a.indexOf('/')), a.slice(a.indexOf('/') + 1));
      if (typeof t === 'string') return { ok: false, error: t };
      out.push(t);
      if (!multi) {
        i++;
        break;
      }
    }
    return { ok: true, targets: out, rest: positional.slice(i) };
  }
  const names = multi ? positional.slice(1) : positional.slice(1, 2);
  if (names.length === 0) return { ok: false, error: `error: resource(s) were provided, but no name was specified` };
  for (const n of names) {
    const t = make(first, n);
    if (typeof t === 'string') return { ok: false, error: t };
    out.push(t);
  }
  return { ok: true, targets: out, rest: positional.slice(1 + names.length) };
}

export const notFound = (t: Target): string =>
  `Error from server (NotFound): ${groupResource(t.type)} "${t.name}" not found`;

/** Why a generated object cannot be changed in the playground (its owner's document is the source). */
export function generatedNote(t: Target): KubectlNote {
  const owner = controllerOf(t.obj);
  const object = `${t.type.kind.toLowerCase()}${t.type.group ? `.${t.type.group}` : ''}/${t.name}`;
  if (owner)
    return {
      code: 'kubectl.managedBy',
      params: { object, ownerKind: owner.kind.toLowerCase(), owner: owner.name, Kind: owner.kind },
    };
  return { code: 'kubectl.controlPlaneObject', params: { object } };
}
