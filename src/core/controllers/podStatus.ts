// The status kubelet reports for a Pod: phase, IPs, conditions and container statuses
// (pkg/kubelet/status/generate.go, pkg/kubelet/kubelet_pods.go generateAPIPodStatus).
//
// A Pod is Ready unless (a) a container's readinessProbe fails (readinessProbe.ts asks the pod's
// simulated server and marks those containers), (b) it declares `status.conditions` with Ready=False,
// or (c) it (or its pod template) carries the annotation `playground.ksp.dev/ready: "false"`, the
// diagram's "mark not ready" for a pod whose YAML has no probe to break. `playground.ksp.dev/terminating: "true"` marks a Pod being deleted (it gets
// metadata.deletionTimestamp, like after `kubectl delete` during its grace period). A declared
// status.phase Failed or Succeeded is kept (e.g. a finished Job pod).

import type { AdmittedPod, AdmittedNode } from '../model/admitted.ts';
import type { ContainerStatus, PodCondition, PodStatus } from 'kubernetes-types/core/v1';
import { mut, shiftTime } from './meta.ts';
import { nodeHostIPs } from '../model/nodeAddresses.ts';
import { hashString } from '../random/rng.ts';
import { runtimeImage } from '../api/pod/imageRef.ts';
import { admissionPlugin } from '../api/plugins.ts';
import { isSidecar, sidecarsOf } from '../model/sidecars.ts';
import { controllerPlugin } from './plugins.ts';
import { SYSTEM_NAMESPACE } from '../model/clusterState.ts';

export const READY_ANNOTATION = 'playground.ksp.dev/ready';
export const TERMINATING_ANNOTATION = 'playground.ksp.dev/terminating';

export function declaredNotReady(pod: AdmittedPod): boolean {
  if (pod.metadata.annotations?.[READY_ANNOTATION] === 'false') return true;
  const conditions = Array.isArray(pod.status?.conditions) ? pod.status.conditions : [];
  return conditions.some((c) => c?.type === 'Ready' && c.status === 'False');
}

export function declaredPhase(pod: AdmittedPod): 'Failed' | 'Succeeded' | undefined {
  const p = pod.status?.phase;
  return p === 'Failed' || p === 'Succeeded' ? p : undefined;
}

/**
 * Sets deletionTimestamp (= now + grace period) as the API server does on graceful delete, and adds
 * one to the generation (apiserver pkg/registry/rest/delete.go BeforeDelete, when it is set).
 */
export function markTerminating(pod: AdmittedPod, now: string): void {
  const meta = mut(pod.metadata);
  if (meta.annotations?.[TERMINATING_ANNOTATION] !== 'true' || meta.deletionTimestamp) return;
  const grace = pod.spec.terminationGracePeriodSeconds ?? 30;
  meta.deletionTimestamp = shiftTime(now, grace);
  meta.deletionGracePeriodSeconds = grace;
  if (meta.generation) meta.generation++;
}

// Each writer of a condition (kubelet, scheduler) sets its observedGeneration to the Pod's generation
// (pkg/api/v1/pod/util.go CalculatePodConditionObservedGeneration: PodObservedGenerationTracking is
// beta and on in v1.34), and kubelet sets status.observedGeneration (pkg/kubelet/status/
// status_manager.go SetPodStatus). kubernetes-types 1.30 has neither field.
type Observed<T> = T & { observedGeneration?: number };
// lastProbeTime is a metav1.Time struct (k8s.io/api core/v1 types.go PodCondition): omitempty cannot
// omit it, and the zero time marshals as null, so every condition, kubelet's or the scheduler's, prints
// `lastProbeTime: null` (kubernetes/website debug-running-pod.md).
export function condition(
  pod: AdmittedPod,
  type: string,
  ok: boolean,
  at: string,
  reason?: string,
  message?: string,
): Observed<PodCondition> {
  return {
    type,
    lastProbeTime: null as unknown as string,
    observedGeneration: pod.metadata.generation,
    status: ok ? 'True' : 'False',
    lastTransitionTime: at,
    ...(reason ? { reason } : {}),
    ...(message ? { message } : {}),
  };
}

// A sha256-sized hex string derived from `key`: the runtime's container ids and image digests are
// simulated, the same for the same scenario and seed (the pod uid is the seed's).
function hex64(key: string): string {
  let s = '';
  for (let i = 0; i < 8; i++) s += hashString(`${i}:${key}`).toString(16).padStart(8, '0');
  return s;
}

type Spec = AdmittedPod['spec']['containers'][number];
type Ran = { ready: boolean; started: boolean; exit?: 0 | 1 };

// kubelet's convertToAPIContainerStatuses (pkg/kubelet/kubelet_pods.go): the runtime's image name,
// its digest as imageID, `containerd://` + the container's id, an empty lastState (a struct), and
// (RecursiveReadOnlyMounts, on since v1.31) each mount, a read-only one with its recursive mode:
// Disabled unless asked for (containerd 2 on a recent kernel can, so IfPossible is Enabled).
// `exit` set: the container ran to that exit code; unset: it runs.
function containerStatus(pod: AdmittedPod, c: Spec, at: string, ran: Ran): ContainerStatus {
  const name = c?.name ?? '';
  const ref = runtimeImage(c?.image ?? '');
  const containerID = `containerd://${hex64(`${pod.metadata.uid}/${name}`)}`;
  return {
    name,
    containerID,
    image: ref?.image ?? c?.image ?? '',
    imageID: ref ? `${ref.repo}@${ref.digest || `sha256:${hex64(ref.image)}`}` : '',
    lastState: {},
    ready: ran.ready,
    restartCount: 0,
    started: ran.started,
    state:
      ran.exit === undefined
        ? { running: { startedAt: at } }
        : {
            terminated: {
              containerID,
              exitCode: ran.exit,
              reason: ran.exit === 0 ? 'Completed' : 'Error',
              startedAt: at,
              finishedAt: at,
            },
          },
    ...(Array.isArray(c?.volumeMounts) &&
      c.volumeMounts.length > 0 && {
        volumeMounts: c.volumeMounts.map((m) => ({
          mountPath: m?.mountPath,
          name: m?.name,
          ...(m?.readOnly && {
            readOnly: true,
            recursiveReadOnly: m.recursiveReadOnly && m.recursiveReadOnly !== 'Disabled' ? 'Enabled' : 'Disabled',
          }),
        })),
      }),
  };
}

/**
 * What kubelet reports of a Pod bound to `node` (pkg/kubelet/kubelet_pods.go generateAPIPodStatus).
 * - With a sandbox at `ip`: its containers started at `at`. Its init containers ran before, within
 *   the same second: each regular one to exit 0 (ready, as the prober manager marks a succeeded init
 *   container, pkg/kubelet/prober/prober_manager.go UpdatePodStatus), each sidecar
 *   (`restartPolicy: Always`) still running beside the containers, ready like them.
 * - Without one (`ip` null: a volume not mounted, no address for the sandbox): Pending on its node
 *   (hostIP, no pod IP), PodReadyToStartContainers False, each container waiting ContainerCreating,
 *   which kubectl's STATUS prints.
 * A container with a readiness probe is ready as the probes kubelet ran by `now` say (readinessProbe.ts).
 */
export function kubeletStatus(pod: AdmittedPod, node: AdmittedNode, ip: string | null, at: string, now = at): void {
  const hostIPs = nodeHostIPs(node);
  const finished = ip === null ? undefined : declaredPhase(pod);
  const ready = ip !== null && !finished && !declaredNotReady(pod);
  const inits = Array.isArray(pod.spec.initContainers) ? pod.spec.initContainers : [];
  const sidecars = sidecarsOf(pod);
  const app: Ran = finished
    ? { ready: false, started: false, exit: finished === 'Succeeded' ? 0 : 1 }
    : { ready, started: true };
  // Container statuses in name order (kubelet sorts them: kubetypes.SortedContainerStatuses), init
  // container statuses in the spec's (SortStatusesOfInitContainers). ContainersReady names sidecars,
  // then containers, in the spec's order (pkg/kubelet/status/generate.go GenerateContainersReadyCondition).
  const statuses = pod.spec.containers
    .map((c) =>
      ip === null ? waitingStatus(c ?? { name: '' }, 'ContainerCreating') : containerStatus(pod, c, at, app),
    )
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const initStatuses =
    ip === null
      ? []
      : inits.map((c) => containerStatus(pod, c, at, isSidecar(c) ? app : { ready: true, started: false, exit: 0 }));
  const names = [...sidecars, ...pod.spec.containers].map((c) => c?.name ?? '');
  const notReadyMsg = unreadyMessage(names);
  const notReadyReason = finished === 'Succeeded' ? 'PodCompleted' : finished ? 'PodFailed' : 'ContainersNotReady';
  const status: Observed<PodStatus> = {
    observedGeneration: pod.metadata.generation,
    phase: finished ?? (ip === null ? 'Pending' : 'Running'),
    conditions: [
      condition(pod, 'PodReadyToStartContainers', ip !== null && !finished, at),
      condition(pod, 'Initialized', true, at, finished === 'Succeeded' ? 'PodCompleted' : undefined),
      ...['Ready', 'ContainersReady'].map((type) =>
        condition(
          pod,
          type,
          ready,
          at,
          ready ? undefined : notReadyReason,
          ready || finished ? undefined : notReadyMsg,
        ),
      ),
      condition(pod, 'PodScheduled', true, at),
    ],
    hostIP: hostIPs[0] ?? '',
    hostIPs: hostIPs.map((ip) => ({ ip })),
    ...(ip !== null && { podIP: ip, podIPs: [{ ip }] }),
    startTime: at,
    ...(initStatuses.length > 0 && { initContainerStatuses: initStatuses }),
    containerStatuses: statuses,
    qosClass: qosClass(pod),
  };
  mut(pod).status = status;
  // The containers whose readiness probe has not succeeded by `now` (the probes' plug-in, loaded only for
  // a scenario that writes a probe: kube-system's components, in every scenario, pass theirs).
  if (ready && pod.metadata.namespace !== SYSTEM_NAMESPACE && pod.spec.containers.some((c) => c?.readinessProbe))
    controllerPlugin('probes').markUnready(pod, ip, at, now);
}

/**
 * ComputePodQOS, from the quantities' plug-in (api/resource/podQos.ts). Without it no container holds a
 * quantity a user wrote, only system pods' resources: any request or limit there means Burstable.
 */
export function qosClass(pod: AdmittedPod): string {
  const all = [...pod.spec.containers, ...(pod.spec.initContainers ?? [])];
  const any = all.some(
    (c) => Object.keys(c?.resources?.requests ?? {}).length + Object.keys(c?.resources?.limits ?? {}).length > 0,
  );
  return admissionPlugin('quantities', true)?.qos(pod.spec) ?? (any ? 'Burstable' : 'BestEffort');
}

/** The Ready and ContainersReady conditions' message (pkg/kubelet/status/generate.go). */
export const unreadyMessage = (names: string[]): string => `containers with unready status: [${names.join(' ')}]`;

/** A container kubelet has not created (convertToAPIContainerStatuses: no runtime status yet). */
export function waitingStatus(c: { name: string; image?: string }, reason: string, message?: string): ContainerStatus {
  return {
    name: c.name,
    image: c.image ?? '',
    imageID: '',
    lastState: {},
    ready: false,
    restartCount: 0,
    started: false,
    state: { waiting: { reason, ...(message ? { message } : {}) } },
  };
}

/** The runtime's id of the pod's sandbox, simulated like its containers' ids. */
export const sandboxID = (pod: AdmittedPod): string => hex64(`${pod.metadata.uid}/sandbox`);

/** Status of a Pod the scheduler could not place (or bound to a node that cannot run it). */
export function pendingStatus(
  pod: AdmittedPod,
  at: string,
  scheduled: boolean,
  message: string,
  hostIP?: string,
): void {
  mut(pod).status = {
    phase: 'Pending',
    conditions: scheduled
      ? [condition(pod, 'PodScheduled', true, at)]
      : [condition(pod, 'PodScheduled', false, at, 'Unschedulable', message)],
    // A hostIP is kubelet's report (it ran the pod's sandbox), with its observedGeneration.
    ...(hostIP ? { observedGeneration: pod.metadata.generation, hostIP, hostIPs: [{ ip: hostIP }] } : {}),
    qosClass: qosClass(pod),
  };
}
