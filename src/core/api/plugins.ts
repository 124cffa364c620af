// Kinds whose code only scenarios holding them need: the Gateway API (its CRDs' schemas and
// validator, api/gateway/), Ingress (api/ingress/), StatefulSets and DaemonSets (their
// controllers, controllers/statefulSets.ts; their admission is the workloads' own, shared with
// Deployments, so their plug-in only routes to it), and hand-written Endpoints and EndpointSlices
// (api/coreKinds/validateEndpoints.ts, api/discovery/validateEndpointSlice.ts, and the mirroring
// controller: the controllers' own are stored without admission, so only a Service without a
// selector and its written endpoints need this code). The API server reaches their admission
// steps through this registry instead of importing them, so the worker's first chunk, which the
// first diagram waits for, does not carry them (issue 18). Each rule keeps its one owner; this file
// only holds what was installed, and controllers/plugins.ts does the same for their controllers
// (and for the KubectlHistory replay, scenario/edits/replay.ts, which only a scenario with recorded
// commands needs). scenario/installPlugins.ts installs them all at once: ksp, the tests' setup file
// and the benchmarks at start, the worker before it loads a scenario that needs one
// (src/worker/sim.worker.ts). A scenario that needs a plug-in that is not installed is refused
// with MissingPluginError (requirePlugins, run by loadScenario before any object is admitted), so
// no answer is ever computed without it.
import type { K8sObject, Pod } from '../model/objects.ts';
import type { FieldError } from './fieldErrors.ts';
import type { ApiWarning } from './validation/ipWarnings.ts';
import { findKind, UNSIMULATED_BUILTINS } from './kinds.ts';
import type { DecodeError } from './decode/decode.ts';
import type { AdmissionContext, AdmissionResult } from './admit.ts';
import type { Who } from './respond.ts';

type PodSpec = NonNullable<Pod['spec']>;

/** The plug-ins that serve kinds (their admission here, their controllers in controllers/plugins.ts). */
export type KindPluginName = 'gatewayApi' | 'ingress' | 'endpoints' | 'statefulAndDaemonSets';
/** 'config': what only a scenario mentioning ConfigMaps or Secrets needs (a Secret's storage here, kubelet's lookups in controllers/plugins.ts). */
export type PluginName = KindPluginName | 'kubectlHistory' | 'config' | 'quantities' | 'storedKinds' | 'probes';
type AdmittingPlugin = KindPluginName | 'config';

/** The API server's steps for a plug-in's kinds, in the order admit.ts runs them. */
export interface AdmissionPlugin {
  /** A strict decoding complaint the kind's decoding schema cannot see (a CRD's undeclared fields). */
  decodeError?(obj: K8sObject): { message: string; field: string } | null;
  /** Before defaulting: what a create or apply through the main resource drops (a status subresource's status). */
  dropStatus?(obj: K8sObject): void;
  /** The kind's defaults, in place (run by api/defaults.ts setObjectDefaults). */
  setDefaults?(obj: K8sObject): void;
  /** After defaulting, before validation: what the strategy's PrepareForCreate / PrepareForUpdate clears. */
  prepare?(obj: K8sObject): void;
  /** Validation after defaulting. */
  validate(obj: K8sObject): FieldError[];
  /** The strategy's WarningsOnCreate / WarningsOnUpdate, once validation passed. */
  warnings?(obj: K8sObject, old: K8sObject | undefined): ApiWarning[];
}

/**
 * Resource quantities (api/resource/): their parsing and stored form, reached by the decoder of
 * every `resource.Quantity` field (decode/decode.ts), and the checks of ValidateResourceRequirements
 * (api/pod/podSpec.ts). A scenario meets it at its first quantity, wherever one is: no scenario of
 * the first screen writes one.
 */
export interface QuantityPlugin {
  /** Quantity.UnmarshalJSON's error for a decoded value at `field`, one encoding/json returns at once; or null. */
  decodeError(v: unknown, field: string): DecodeError | null;
  /** A ResourceList's value as the API server stores it: rounded up to milli (SetDefaults_ResourceList), then String(). */
  stored(v: unknown): string;
  /** ValidateContainerResourceRequirements of each init container's and container's `resources` in the pod spec at `path`, into `errs`. */
  validate(spec: PodSpec | undefined, path: string, errs: FieldError[]): void;
  /** The Pod's status.qosClass (ComputePodQOS), which the pod strategy sets on create. */
  qos(spec: PodSpec): string;
}

/**
 * The built-in kinds the playground stores without simulating them (kinds.ts UNSIMULATED_BUILTINS):
 * their whole admission (stored/admitStored.ts), `namespaced` as that table has it.
 */
export interface StoredKindsPlugin {
  admit(obj: K8sObject, namespaced: boolean, ctx: AdmissionContext, w: Who): AdmissionResult;
}

/** Thrown when a scenario holds a kind whose plug-in is not installed: the caller installs it and asks again. */
export class MissingPluginError extends Error {
  readonly plugin: PluginName;
  constructor(plugin: PluginName) {
    super(`${plugin} plug-in not installed`); // scenario/installPlugins.ts installs it
    this.name = 'MissingPluginError';
    this.plugin = plugin;
  }
}

/** What each plug-in installs into the API server: its kinds' admission steps, or the quantities' code. */
export type AdmissionPlugins = Record<AdmittingPlugin, AdmissionPlugin> & {
  quantities: QuantityPlugin;
  storedKinds: StoredKindsPlugin;
};

const installed: Partial<AdmissionPlugins> = {};

export function installAdmissionPlugin<N extends keyof AdmissionPlugins>(name: N, plugin: AdmissionPlugins[N]): void {
  installed[name] = plugin;
}

/**
 * The installed admission steps of a plug-in; MissingPluginError when it is not installed, unless
 * `ifInstalled` (the quantities' validation: a decoded object only holds a quantity once the decoder
 * met it with the plug-in installed).
 */
export function admissionPlugin<N extends keyof AdmissionPlugins>(name: N): AdmissionPlugins[N];
export function admissionPlugin<N extends keyof AdmissionPlugins>(
  name: N,
  ifInstalled: true,
): AdmissionPlugins[N] | undefined;
export function admissionPlugin<N extends keyof AdmissionPlugins>(
  name: N,
  ifInstalled?: true,
): AdmissionPlugins[N] | undefined {
  const p = installed[name];
  if (!p && !ifInstalled) throw new MissingPluginError(name);
  return p;
}

/**
 * Refuses (MissingPluginError) objects of a kind whose plug-in is not installed, before any is
 * admitted: admission and the controllers would otherwise meet the kind with nothing to run.
 * The kind is found as admit.ts finds it (apiVersion and kind, both strings).
 */
export function requirePlugins(objects: Iterable<unknown>): void {
  for (const o of objects) {
    // findKind compares with ===: anything but the strings of a kind it serves finds nothing.
    const typed = o as { apiVersion: string; kind: string } | null | undefined;
    const plugin = findKind(typed?.apiVersion as string, typed?.kind as string)?.plugin;
    if (plugin && !installed[plugin]) throw new MissingPluginError(plugin);
    if (!installed.storedKinds && `${typed?.apiVersion}/${typed?.kind}` in UNSIMULATED_BUILTINS)
      throw new MissingPluginError('storedKinds');
    // A ConfigMap or Secret, or anything naming one (a pod's env, envFrom or volumes; the test is the
    // document's JSON, so a false alarm only loads the code early).
    if (!installed.config && /"(configmap|secret)/i.test(JSON.stringify(o))) throw new MissingPluginError('config');
  }
}
