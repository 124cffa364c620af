// kubelet's lookups of the ConfigMaps and Secrets a Pod names, when it starts the Pod on its node.
// - Volumes first (the volume manager mounts them before the sandbox exists,
//   pkg/kubelet/kubelet.go SyncPod WaitForAttachAndMount): a `configMap` or `secret` volume whose
//   object is missing (pkg/volume/configmap/configmap.go, pkg/volume/secret/secret.go SetUpAt), or
//   whose `items` name a key it lacks, fails unless `optional: true`; the Pod stays
//   ContainerCreating on its node with no IP, and kubelet records a Warning FailedMount
//   `MountVolume.SetUp failed for volume "cfg" : configmap "x" not found`.
// - Then each container's environment (pkg/kubelet/kubelet_pods.go makeEnvironmentVariables:
//   envFrom, then env valueFrom configMapKeyRef / secretKeyRef): the first missing object
//   (`configmap "x" not found`, `secret "x" not found`) or key (`couldn't find key k in ConfigMap
//   ns/x`; a ConfigMap's key is looked up in data only) not marked optional stops that container
//   (kuberuntime_container.go startContainer: ErrCreateContainerConfig). Its image was pulled; it
//   waits with reason CreateContainerConfigError and the error as message, is not ready, and the
//   Pod stays Pending (getPhase: a waiting container) and not Ready, so its endpoints are not ready.
//   kubeletEvents.ts records the Warning `Failed` `Error: <message>` from the status.
// This is a plug-in (plugins.ts 'config'): only a scenario that mentions ConfigMaps or Secrets
// needs its code (api/plugins.ts requirePlugins). Init containers' environments are not looked up.
import type { AdmittedNode, AdmittedPod } from '../model/admitted.ts';
import type { ClusterState } from '../model/clusterState.ts';
import { objectKey } from '../model/objects.ts';
import { findObject } from '../api/store.ts';
import { condition, kubeletStatus, unreadyMessage, waitingStatus } from './podStatus.ts';
import { mut } from './meta.ts';

type Ref = { name?: string; optional?: boolean; key?: string } | null | undefined;
type Kind = 'ConfigMap' | 'Secret';

/** The data keys of the namespace's ConfigMap or Secret `name`, or the NotFound message. */
function lookup(state: ClusterState, ns: string, kind: Kind, name: string): readonly string[] | string {
  const o = findObject(state, kind, ns, name);
  if (!o) return `${kind.toLowerCase()} "${name}" not found`;
  const data = o.data;
  return typeof data === 'object' && data !== null ? Object.keys(data) : [];
}

/** The error makeEnvironmentVariables returns for one container, if any. */
function envError(
  state: ClusterState,
  pod: AdmittedPod,
  c: AdmittedPod['spec']['containers'][number] | null | undefined,
): string | undefined {
  const ns = pod.metadata.namespace ?? 'default';
  const check = (kind: Kind, ref: Ref, withKey: boolean): string | undefined => {
    if (!ref) return undefined;
    const keys = lookup(state, ns, kind, ref.name ?? '');
    if (ref.optional) return undefined;
    if (typeof keys === 'string') return keys;
    if (withKey && !keys.includes(ref.key ?? '')) return `couldn't find key ${ref.key} in ${kind} ${ns}/${ref.name}`;
    return undefined;
  };
  for (const e of c?.envFrom ?? []) {
    const err = check('ConfigMap', e?.configMapRef, false) ?? check('Secret', e?.secretRef, false);
    if (err) return err;
  }
  for (const e of c?.env ?? []) {
    const err =
      check('ConfigMap', e?.valueFrom?.configMapKeyRef, true) ?? check('Secret', e?.valueFrom?.secretKeyRef, true);
    if (err) return err;
  }
  return undefined;
}

/** The first volume SetUp fails for, with the error (configmap.go / secret.go SetUpAt). */
function mountError(state: ClusterState, pod: AdmittedPod): { volume: string; error: string } | undefined {
  const ns = pod.metadata.namespace ?? 'default';
  for (const v of pod.spec.volumes ?? []) {
    const cm = v?.configMap;
    const sec = v?.secret;
    const source = cm ?? sec;
    if (!source || source.optional) continue;
    const kind: Kind = cm ? 'ConfigMap' : 'Secret';
    const keys = lookup(state, ns, kind, (cm ? cm.name : sec?.secretName) ?? '');
    // `items` is not decoded (the first screen's decoder leaves volume sources open): a mapping there
    // is no list of keys to check.
    const listed = Array.isArray(source.items) ? source.items : [];
    const missing = typeof keys === 'string' ? keys : listed.find((i) => !keys.includes(i?.key))?.key;
    if (missing !== undefined)
      return {
        volume: v?.name ?? '',
        error:
          typeof keys === 'string'
            ? keys
            : cm
              ? `configmap references non-existent config key: ${missing}`
              : `references non-existent secret key: ${missing}`,
      };
  }
  return undefined;
}

/**
 * Before the sandbox: true when a volume cannot be mounted. The Pod is then ContainerCreating on
 * `node` (hostIP, no pod IP), each container waiting, and the FailedMount Event is recorded.
 */
export function waitForVolumes(state: ClusterState, pod: AdmittedPod, node: AdmittedNode, at: string): boolean {
  const failed = mountError(state, pod);
  if (!failed) return false;
  kubeletStatus(pod, node, null, at);
  state.events.push({
    about: objectKey('Pod', pod.metadata.namespace, pod.metadata.name),
    type: 'Warning',
    reason: 'FailedMount',
    from: 'kubelet',
    message: `MountVolume.SetUp failed for volume "${failed.volume}" : ${failed.error}`,
    at,
    host: node.metadata.name,
  });
  return true;
}

/** After kubeletStatus: each container whose environment cannot be made waits instead of running. */
export function startContainers(state: ClusterState, pod: AdmittedPod): void {
  const status = pod.status;
  if (!status || status.phase !== 'Running') return;
  let failed = false;
  for (const c of pod.spec.containers) {
    const err = envError(state, pod, c);
    if (!err) continue;
    failed = true;
    const statuses = status.containerStatuses ?? [];
    statuses[statuses.findIndex((x) => x.name === c?.name)] = waitingStatus(c!, 'CreateContainerConfigError', err);
  }
  if (!failed) return;
  const s = mut(status);
  s.phase = 'Pending';
  const statuses = s.containerStatuses ?? [];
  // GenerateContainersReadyCondition: the unready containers in the spec's order.
  const names = pod.spec.containers
    .filter((c) => !statuses.find((x) => x.name === c?.name)?.ready)
    .map((c) => c?.name ?? '');
  s.conditions = (s.conditions ?? []).map((c) =>
    c.type === 'Ready' || c.type === 'ContainersReady'
      ? condition(pod, c.type, false, c.lastTransitionTime ?? '', 'ContainersNotReady', unreadyMessage(names))
      : c,
  );
}
