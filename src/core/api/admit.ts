// CONTRACT (implemented by the api/ work): what the API server does with one object that
// `kubectl apply -f` sends: decode (types), defaults, allocation, validation — in upstream's order
// (docs/api-server.md §2.1). Never throws on user input.
import type { ClusterState } from '../model/clusterState.ts';
import { objectKey, type K8sObject } from '../model/objects.ts';
import type { Namespace, Node, Pod, Service } from '../model/objects.ts';
import type { Allocators } from './allocators.ts';
import type { FieldError } from './fieldErrors.ts';
import type { DiagnosticSay } from '../diagnostics.ts';
import { findObject } from './store.ts';
import { jsonClone } from './jsonClone.ts';
import { applyGoNulls, decodeErrors } from './decode/decode.ts';
import { findKind, UNSIMULATED_BUILTINS, type KindInfo } from './kinds.ts';
import {
  badRequest,
  forbidden,
  internalError,
  invalidResult,
  namespaceNotFound,
  refused,
  whoFields,
  type Who,
} from './respond.ts';
import { bumpGeneration, fillSystemMeta } from './systemMeta.ts';
import { mutable } from './mutable.ts';
import { setObjectDefaults } from './defaults.ts';
import { admitServiceCreate, admitServiceUpdate } from './service/admitService.ts';
import { validatePodSpec } from './pod/podSpec.ts';
import { setPodAdmissionDefaults } from './pod/podAdmission.ts';
import { validateObjectMeta } from './validation/objectMeta.ts';
import { validateWorkload } from './workloads/workloads.ts';
import { validateWorkloadUpdate } from './workloads/workloadUpdate.ts';
import { keepStoredPodSpecFields, validatePodUpdate } from './pod/podUpdate.ts';
import { validateNamespace, validateNode } from './coreKinds/clusterKinds.ts';
import { canonicalJson } from '../model/canonicalJson.ts';
import { admissionPlugin, MissingPluginError, type AdmissionPlugin } from './plugins.ts';

export interface AdmissionContext {
  state: ClusterState;
  allocators: Allocators;
  /** The file name kubectl names in its messages. */
  fileName: string;
}

export interface AdmissionResult {
  outcome:
    'created' | 'configured' | 'invalid' | 'bad-request' | 'not-found' | 'forbidden' | 'internal' | 'unknown-kind';
  kind: string;
  name: string;
  namespace?: string;
  /** The stored object (defaults applied, IPs and ports allocated) when created/configured. */
  object?: K8sObject;
  /** Field errors (invalid, or allocation errors reported alone). */
  fieldErrors: FieldError[];
  /** Exactly what kubectl prints: `service/web created`, `The Service "web" is invalid: …`, `Error from server (BadRequest): …`. */
  message: string;
  /** For bad-request and similar: the field the problem is about, to position it. */
  field?: string;
  /** API warnings (kubectl prints them as `Warning: …`). */
  warnings: { message: string; field?: string; say?: DiagnosticSay }[];
  /** invalid only: the Status message itself (`Service "web" is invalid: …`), what a command that wraps the error prints. */
  statusMessage?: string;
}

const str = (v: unknown): string => (typeof v === 'string' ? v : '');

/** kubectl's client-side check before anything is sent (pkg/validation: apiVersion/kind not set). */
function typeMetaError(obj: K8sObject, fileName: string): string | null {
  const missing = [!str(obj.apiVersion) && 'apiVersion not set', !str(obj.kind) && 'kind not set'].filter(
    Boolean,
  ) as string[];
  if (missing.length === 0) return null;
  const agg = missing.length === 1 ? missing[0] : `[${missing.join(', ')}]`;
  return `error validating "${fileName}": error validating data: ${agg}; if you choose to ignore these errors, turn validation off with --validate=false`;
}

/** Per-kind validation after defaulting (the Service has its own allocation pipeline; a plug-in's kinds have theirs, plugins.ts). */
function validateDefaulted(obj: K8sObject, plugin: AdmissionPlugin | undefined): FieldError[] {
  if (plugin) {
    plugin.prepare?.(obj);
    return plugin.validate(obj);
  }
  switch (obj.kind) {
    case 'Pod': {
      const pod = obj as Pod;
      mutable(pod).status = { phase: 'Pending', ...pod.status };
      return [
        ...validateObjectMeta(pod.metadata, true, findKind('v1', 'Pod')!.nameFn),
        ...validatePodSpec(pod.spec!, 'spec'), // setObjectDefaults gave it one
      ];
    }
    case 'Deployment':
    case 'ReplicaSet':
      return validateWorkload(obj);
    case 'Namespace':
      return validateNamespace(obj as Namespace);
    case 'Node':
      return validateNode(obj as Node);
    case undefined: // no kind: decoding already refused it
    default:
      return [];
  }
}

/** schema.GroupKind.String(): `Service`, `Deployment.apps` (the resource name with the kind's own case). */
const groupKindOf = (info: KindInfo): string => info.kind + info.resource.slice(info.kind.length);

function admitKnown(info: KindInfo, input: K8sObject, ctx: AdmissionContext, w: Who): AdmissionResult {
  const version = info.apiVersion.slice(info.apiVersion.indexOf('/') + 1);
  const plugin = info.plugin ? admissionPlugin(info.plugin) : undefined;
  const decodeError = decodeErrors(input, info.schema) ?? plugin?.decodeError?.(input) ?? null;
  if (decodeError) {
    return badRequest(
      w,
      `${info.kind} in version "${version}" cannot be handled as a ${info.kind}: ${decodeError.message}`,
      decodeError.field,
    );
  }
  const obj = applyGoNulls(jsonClone(input), info.schema) as K8sObject;
  const meta = (obj.metadata ??= {});
  if (info.namespaced) {
    meta.namespace = w.namespace;
    if (!ctx.state.namespaces.some((n) => n.metadata.name === w.namespace))
      return namespaceNotFound(w, w.namespace ?? '');
  } else {
    delete meta.namespace;
  }
  const old = w.name ? findObject(ctx.state, info.kind, w.namespace, w.name) : undefined;
  const key = objectKey(info.kind, w.namespace, w.name);
  fillSystemMeta(obj, ctx.state.seed, ctx.state.createdAt, key, old);
  plugin?.dropStatus?.(obj);
  let warnings: AdmissionResult['warnings'];
  setObjectDefaults(obj);
  if (info.kind === 'Pod') {
    // The mutating admission plugins run before the strategy's validation (docs/api-server.md §5.2).
    const refusal = setPodAdmissionDefaults(obj as Pod, ctx.state);
    if (old) keepStoredPodSpecFields(obj as Pod, old as Pod);
    else if (refusal) return forbidden(w, refusal, 'spec.serviceAccountName');
  }
  bumpGeneration(obj, old);
  if (info.kind === 'Service') {
    const svc = obj as Service;
    const r = old
      ? admitServiceUpdate(svc, jsonClone(old) as Service, ctx.allocators)
      : admitServiceCreate(svc, ctx.allocators);
    if (!r.ok)
      return 'invalid' in r
        ? invalidResult(w, r.invalid, [], groupKindOf(info))
        : internalError(w, r.internal, old ? 'patching' : 'creating');
    warnings = r.warnings;
  } else {
    const errs = validateDefaulted(obj, plugin);
    if (old) errs.push(...validateWorkloadUpdate(obj, old));
    if (old && info.kind === 'Pod') errs.push(...validatePodUpdate(obj as Pod, old as Pod));
    if (errs.length > 0) return invalidResult(w, errs, [], groupKindOf(info));
    // The strategy's WarningsOnCreate / WarningsOnUpdate, after validation passed.
    warnings = plugin?.warnings?.(obj, old) ?? [];
  }
  const outcome = old ? 'configured' : 'created';
  // kubectl apply does not send an empty patch (pkg/cmd/apply/patcher.go patchSimple, apply.go
  // "unchanged"), so no request reaches the server and no warning comes back.
  const unchanged = old && canonicalJson(old) === canonicalJson(obj);
  return {
    ...whoFields(w),
    outcome,
    object: obj,
    fieldErrors: [],
    warnings: unchanged ? [] : warnings,
    message: `${info.resource}/${w.name} ${unchanged ? 'unchanged' : outcome}`,
  };
}

export function admitObject(obj: K8sObject, ctx: AdmissionContext): AdmissionResult {
  const isObject = typeof obj === 'object' && obj !== null && !Array.isArray(obj);
  const o: K8sObject = isObject ? obj : {};
  const metaObj = typeof o.metadata === 'object' && o.metadata !== null && !Array.isArray(o.metadata) ? o.metadata : {};
  const kind = str(o.kind);
  const apiVersion = str(o.apiVersion);
  const name = str(metaObj.name);
  const givenNs = str(metaObj.namespace);
  const w: Who = { kind, name, fileName: ctx.fileName };
  try {
    if (!isObject)
      return badRequest(
        w,
        'the document is not a Kubernetes object (expected a mapping with apiVersion, kind and metadata)',
      );
    const tm = typeMetaError(o, ctx.fileName);
    if (tm) return refused(w, 'bad-request', tm, !apiVersion ? 'apiVersion' : 'kind');
    const info = findKind(apiVersion, kind);
    if (!info) {
      const namespaced = UNSIMULATED_BUILTINS[`${apiVersion}/${kind}`];
      // Their admission is a plug-in's (stored/admitStored.ts): requirePlugins saw the kind.
      if (namespaced !== undefined && name) return admissionPlugin('storedKinds').admit(o, namespaced, ctx, w);
      if (givenNs) w.namespace = givenNs;
      return refused(
        w,
        'unknown-kind',
        `error: resource mapping not found for name: "${name}" namespace: "${givenNs}" from "${ctx.fileName}": no matches for kind "${kind}" in version "${apiVersion}"\nensure CRDs are installed first`,
        'kind',
      );
    }
    if (info.namespaced) w.namespace = givenNs || 'default';
    const result = admitKnown(info, o, ctx, w);
    // The request reached the server, so a deprecated resource's warning comes first, whatever the outcome.
    if (info.deprecated) result.warnings = [{ message: info.deprecated, field: 'apiVersion' }, ...result.warnings];
    return result;
  } catch (e) {
    // A plug-in not installed is the caller's to handle (install it and ask again), not a server error.
    if (e instanceof MissingPluginError) throw e;
    return internalError(w, e instanceof Error ? e.message : String(e));
  }
}
