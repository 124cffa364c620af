// The Events kubelet records while it starts a Pod's containers, read from what it decided: the
// containers that started (their status) and each container's imagePullPolicy. Per container, in
// the order kubelet starts them (init containers, then containers):
// - the image (pkg/kubelet/images/image_manager.go EnsureImageExists): `Pulling image "X"` then
//   `Successfully pulled image "X" in 612ms (612ms including waiting). Image size: N bytes.`, or,
//   when the policy lets kubelet use an image the node already has, `Container image "X" already
//   present on machine`;
// - `Created container: NAME` and `Started container NAME` (pkg/kubelet/kuberuntime/
//   kuberuntime_container.go startContainer; v1.32–v1.34 wording).
// Each is about the container (involvedObject.fieldPath `spec.containers{NAME}`, pkg/kubelet/container
// ref.go GenerateContainerRef) and comes from kubelet on the pod's node (source.host).
// A container whose configuration kubelet could not make (kubeletConfig.ts: waiting with reason
// CreateContainerConfigError) had its image pulled, then a Warning `Failed` `Error: <message>`.
// The policy `Never` only starts a container whose image the node has, so a started one was there.
// A container whose readiness probe fails then has a Warning `Unhealthy` `Readiness probe failed:
// <output>`, one Event counting the probes (readinessProbe.ts decides when they ran and what they said).
// Not modelled: back-off and killing events.
import type { AdmittedPod } from '../model/admitted.ts';
import type { Container } from '../model/objects.ts';
import type { ClusterEvent, ClusterState } from '../model/clusterState.ts';
import { objectKey } from '../model/objects.ts';
import { hashString } from '../random/rng.ts';
import { defaultImagePullPolicy, runtimeImage } from '../api/pod/imageRef.ts';
import { installedPlugin } from './plugins.ts';

type StartedAt = string | undefined;

function startedAt(
  state: { running?: { startedAt?: string }; terminated?: { startedAt?: string } } | undefined,
): StartedAt {
  return state?.running?.startedAt ?? state?.terminated?.startedAt;
}

/**
 * The containers of `pod` that started, in kubelet's order, with the image each ran and when it
 * started. Init containers run to completion before any container starts, so when a container
 * started and the status holds no init container's, each init container started by then.
 */
function started(
  pod: AdmittedPod,
): { name: string; image: string; policy: string; at: string; field: string; failed?: string }[] {
  const status = pod.status ?? {};
  const entry = (c: Container | null | undefined, at: string | undefined, list = 'containers', failed?: string) =>
    c && at
      ? [
          {
            name: c.name,
            image: c.image ?? '',
            policy: c.imagePullPolicy ?? defaultImagePullPolicy(c.image),
            at,
            field: `spec.${list}{${c.name}}`,
            ...(failed ? { failed } : {}),
          },
        ]
      : [];
  const containers = pod.spec.containers.flatMap((c) => {
    const state = (status.containerStatuses ?? []).find((s) => s.name === c?.name)?.state;
    // A container whose configuration kubelet could not make (kubeletConfig.ts): its image was pulled first.
    const configError = state?.waiting?.reason === 'CreateContainerConfigError';
    return configError
      ? entry(c, status.startTime, 'containers', state.waiting?.message ?? '')
      : entry(c, startedAt(state));
  });
  const first = containers.map((c) => c.at).sort()[0];
  const inits = (pod.spec.initContainers ?? []).flatMap((c) => {
    const own = (status.initContainerStatuses ?? []).find((s) => s.name === c?.name);
    return entry(c, own ? startedAt(own.state) : first, 'initContainers');
  });
  return [...inits, ...containers];
}

// Pulls are simulated: a duration under a second (so every event of a start falls in the second
// the container started, as its status says) and an image size, both from the seed-independent
// hash of what they describe, so the same scenario always prints the same.
const pullMs = (pod: AdmittedPod, container: string) => 150 + (hashString(`${pod.metadata.uid}/${container}`) % 800);
const imageBytes = (image: string) => 2_000_000 + (hashString(image) % 78_000_000);

/**
 * For each pod (by uid), the images its node had run before it: one pass over `pods` in their order,
 * per node a set that is copied only when a pod brings an image new to that node (pods that bring
 * none share it). Kept per pods list (a loaded state's list does not change afterwards), so
 * `describe pods` over n pods reads it n times instead of walking the list n times (2,000 pods:
 * ~3 s of the command's 5 s CPU before).
 */
const imagesBefore = new WeakMap<readonly AdmittedPod[], Map<string | AdmittedPod, ReadonlySet<string>>>();
const podKey = (p: AdmittedPod): string | AdmittedPod => p.metadata.uid ?? p;

function presentBefore(pods: readonly AdmittedPod[]): Map<string | AdmittedPod, ReadonlySet<string>> {
  const known = imagesBefore.get(pods);
  if (known) return known;
  const byPod = new Map<string | AdmittedPod, ReadonlySet<string>>();
  const byNode = new Map<string, Set<string>>();
  for (const p of pods) {
    const node = p.spec.nodeName;
    if (!node) continue;
    let images = byNode.get(node) ?? new Set<string>();
    if (!byPod.has(podKey(p))) byPod.set(podKey(p), images);
    for (const c of started(p)) {
      const key = runtimeImage(c.image)?.image ?? c.image;
      if (images.has(key)) continue;
      images = new Set(images).add(key);
    }
    byNode.set(node, images);
  }
  imagesBefore.set(pods, byPod);
  return byPod;
}

/**
 * kubelet's Events for `pod`. An image is already present when the policy allows using it
 * (IfNotPresent, Never) and a pod before this one on the same node ran it; `Always` pulls every time.
 */
export function kubeletEvents(pod: AdmittedPod, state: Pick<ClusterState, 'pods' | 'now'>): ClusterEvent[] {
  if (!pod.spec.nodeName) return [];
  const present = new Set(presentBefore(state.pods).get(podKey(pod)));
  const about = objectKey('Pod', pod.metadata.namespace, pod.metadata.name);
  const events: ClusterEvent[] = [];
  const host = pod.spec.nodeName;
  for (const c of started(pod)) {
    const add = (reason: string, message: string, at: string, type: 'Normal' | 'Warning' = 'Normal') =>
      events.push({ about, type, reason, from: 'kubelet', message, at, fieldPath: c.field, host });
    const key = runtimeImage(c.image)?.image ?? c.image;
    const quoted = JSON.stringify(c.image);
    if (c.policy !== 'Always' && (present.has(key) || c.policy === 'Never')) {
      add('Pulled', `Container image ${quoted} already present on machine`, c.at);
    } else {
      const ms = pullMs(pod, c.name);
      add('Pulling', `Pulling image ${quoted}`, c.at);
      add(
        'Pulled',
        `Successfully pulled image ${quoted} in ${ms}ms (${ms}ms including waiting). Image size: ${imageBytes(key)} bytes.`,
        c.at,
      );
    }
    present.add(key);
    if (c.failed !== undefined) {
      // startContainer: generateContainerConfig failed (events.FailedToCreateContainer, "Error: %v").
      add('Failed', `Error: ${c.failed}`, c.at, 'Warning');
      continue;
    }
    add('Created', `Created container: ${c.name}`, c.at);
    add('Started', `Started container ${c.name}`, c.at);
    const spec = c.field.startsWith('spec.containers{') ? pod.spec.containers.find((x) => x?.name === c.name) : null;
    const ip = pod.status?.podIP;
    const failed =
      spec?.readinessProbe && ip && pod.status?.phase === 'Running'
        ? installedPlugin('probes')?.readinessAt(pod, spec, ip, c.at, state.now).failed
        : null;
    if (failed)
      events.push({
        about,
        type: 'Warning',
        reason: 'Unhealthy',
        from: 'kubelet',
        message: `Readiness probe failed: ${failed.output}`,
        at: failed.first,
        fieldPath: c.field,
        host,
        ...(failed.count > 1 && { repeated: { count: failed.count, lastAt: failed.last } }),
      });
  }
  return events;
}
