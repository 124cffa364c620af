// Resolves `kubectl get/describe` resource arguments into objects: `svc`, `svc,ep`,
// `svc web api`, `svc/web`, `all`; namespace scoping, -A and -l filtering. Objects come in the
// order the API server lists them (namespace, then name), or in argument order for names
// (cli-runtime pkg/resource/builder.go).
import type { ClusterState } from '../model/clusterState.ts';
import type { K8sObject } from '../model/objects.ts';
import type { AdmittedObject } from '../model/admitted.ts';
import { ALL_CATEGORY, findResourceType, groupResource, groupVersion, type ResourceType } from './resources.ts';
import { byteCompare } from './labelSelector.ts';
import { matchesRequirements, type Requirement } from '../model/labels.ts';
import { matchesFields, type FieldTerm } from './fieldSelector.ts';

export interface QueryOptions {
  namespace: string;
  allNamespaces: boolean;
  selector: readonly Requirement[];
  /** --field-selector's terms (checked against the kinds first: fieldSelector.ts). */
  fields?: readonly FieldTerm[];
  /** A -l or --field-selector was given (not blank): then names may not be (builder.go visitBySelector). */
  selecting?: boolean;
}

export interface Found {
  type: ResourceType;
  obj: AdmittedObject;
}

export type QueryResult = { ok: true; found: Found[]; notFound: string[] } | { ok: false; error: string };

/** The object as the API server returns it: with apiVersion and kind set. */
export function withTypeMeta(r: ResourceType, obj: K8sObject): K8sObject {
  if (obj.apiVersion && obj.kind) return obj;
  return { ...obj, apiVersion: obj.apiVersion ?? groupVersion(r), kind: obj.kind ?? r.kind };
}

function inScope(r: ResourceType, o: AdmittedObject, opts: QueryOptions): boolean {
  if (!r.namespaced || opts.allNamespaces) return true;
  return (o.metadata.namespace ?? 'default') === opts.namespace;
}

function listed(r: ResourceType, state: ClusterState, opts: QueryOptions): AdmittedObject[] {
  return r
    .list(state)
    .filter(
      (o) =>
        inScope(r, o, opts) &&
        matchesRequirements(opts.selector, o.metadata.labels) &&
        matchesFields(r.kind, r.namespaced, o, opts.fields ?? []),
    )
    .sort(
      (a, b) =>
        byteCompare(a.metadata.namespace ?? '', b.metadata.namespace ?? '') ||
        byteCompare(a.metadata.name, b.metadata.name),
    );
}

const unknownType = (name: string) => `error: the server doesn't have a resource type "${name}"`;

export function resolveArgs(state: ClusterState, args: readonly string[], opts: QueryOptions): QueryResult {
  const found: Found[] = [];
  const notFound: string[] = [];
  const first = args[0] ?? '';
  const getNamed = (r: ResourceType, name: string) => {
    const o = r.list(state).find((x) => x.metadata.name === name && inScope(r, x, opts));
    if (o) found.push({ type: r, obj: o });
    else notFound.push(`Error from server (NotFound): ${groupResource(r)} "${name}" not found`);
  };
  if (first.includes('/')) {
    // The builder's argument errors come first (ResourceTypeOrNameArgs), then the selector's.
    if (args.some((a) => !a.includes('/')))
      return {
        ok: false,
        error: `error: there is no need to specify a resource type as a separate argument when passing arguments in resource/name form (e.g. 'kubectl get resource/<resource_name>' instead of 'kubectl get resource resource/<resource_name>'`,
      };
    if (opts.selecting)
      return {
        ok: false,
        error: 'error: selectors and the all flag cannot be used when passing resource/name arguments',
      };
    for (const a of args) {
      const slash = a.indexOf('/');
      const r = findResourceType(a.slice(0, slash));
      if (!r) return { ok: false, error: unknownType(a.slice(0, slash)) };
      if (opts.allNamespaces && r.namespaced)
        return { ok: false, error: 'error: a resource cannot be retrieved by name across all namespaces' };
      getNamed(r, a.slice(slash + 1));
    }
    return { ok: true, found, notFound };
  }
  // visitBySelector refuses names before it maps the types.
  if (opts.selecting && args.length > 1)
    return { ok: false, error: 'error: name cannot be provided when a selector is specified' };
  const typeNames = first.split(',').flatMap((n) => (n.toLowerCase() === 'all' ? [...ALL_CATEGORY] : [n]));
  const types: ResourceType[] = [];
  for (const n of typeNames) {
    const r = findResourceType(n);
    if (!r) return { ok: false, error: unknownType(n) };
    if (!types.includes(r)) types.push(r);
  }
  const names = args.slice(1);
  if (names.length === 0) {
    for (const r of types) for (const o of listed(r, state, opts)) found.push({ type: r, obj: o });
    return { ok: true, found, notFound };
  }
  if (opts.allNamespaces && types.some((r) => r.namespaced))
    return { ok: false, error: 'error: a resource cannot be retrieved by name across all namespaces' };
  for (const r of types) for (const n of names) getNamed(r, n);
  return { ok: true, found, notFound };
}

/** The resource types the arguments name (for messages that depend on the request, not the results). */
export function requestedTypes(args: readonly string[]): ResourceType[] {
  const first = args[0] ?? '';
  const names = first.includes('/')
    ? args.map((a) => a.split('/')[0] ?? '')
    : first.split(',').flatMap((n) => (n.toLowerCase() === 'all' ? [...ALL_CATEGORY] : [n]));
  return names.map(findResourceType).filter((r): r is ResourceType => r !== undefined);
}
