// describePod, describeContainers (basic info, state, then containerSpec.ts's resources, probes and
// environment, then mounts; for the init containers, then the containers), printPodTolerationsMultiline
// and the QoS class (kubectl pkg/describe/describe.go, pkg/util/qos/qos.go).
import type { Container } from '../../model/objects.ts';
import type { ProjectedVolumeSource } from 'kubernetes-types/core/v1';
import type { ClusterState } from '../../model/clusterState.ts';
import { eventsAbout } from '../../controllers/clusterEvents.ts';
import type { AdmittedPod } from '../../model/admitted.ts';
import { controllerOf } from '../../model/ownerReferences.ts';
import { byteCompare } from '../labelSelector.ts';
import { goQuote } from '../../api/fieldErrors.ts';
import { describeEnv, describeEnvFrom, describeProbes, describeResources } from './containerSpec.ts';
import { describeEvents, Lines, printAnnotationsMultiline, printLabelsMultiline, rfc1123z } from './writer.ts';

type ContainerStatus = NonNullable<NonNullable<AdmittedPod['status']>['containerStatuses']>[number];
type ContainerState = NonNullable<ContainerStatus['state']>;

function describeState(w: Lines, name: string, state: ContainerState | undefined): void {
  if (state?.running) {
    w.write(2, `${name}:\tRunning\n`);
    w.write(3, `Started:\t${rfc1123z(state.running.startedAt)}\n`);
  } else if (state?.terminated) {
    const t = state.terminated;
    w.write(2, `${name}:\tTerminated\n`);
    if (t.reason) w.write(3, `Reason:\t${t.reason}\n`);
    if (t.message) w.write(3, `Message:\t${t.message}\n`);
    w.write(3, `Exit Code:\t${t.exitCode}\n`);
    if (t.signal) w.write(3, `Signal:\t${t.signal}\n`);
    w.write(3, `Started:\t${rfc1123z(t.startedAt)}\n`);
    w.write(3, `Finished:\t${rfc1123z(t.finishedAt)}\n`);
  } else {
    w.write(2, `${name}:\tWaiting\n`);
    if (state?.waiting?.reason) w.write(3, `Reason:\t${state.waiting.reason}\n`);
  }
}

/**
 * describeContainerPorts / describeContainerHostPorts: `port/PROTO`, with ` (name)` for a named port
 * since kubectl v0.34.0, joined with `, `.
 */
export function describeContainerPorts(ports: Container['ports'], field: 'containerPort' | 'hostPort'): string {
  return (ports ?? []).map((p) => `${p[field] ?? 0}/${p.protocol ?? 'TCP'}${p.name ? ` (${p.name})` : ''}`).join(', ');
}

/** describeContainerBasicInfo and the rest; under a pod template (`space`) the name gets one more space. */
function describeContainer(
  w: Lines,
  c: Container,
  status: ContainerStatus | undefined,
  space: string,
  pod: AdmittedPod | undefined,
): void {
  w.write(1, `${space ? ' ' : ''}${c.name}:\n`);
  if (status) w.write(2, `Container ID:\t${status.containerID ?? ''}\n`);
  w.write(2, `Image:\t${c.image ?? ''}\n`);
  if (status) w.write(2, `Image ID:\t${status.imageID}\n`);
  const ports = describeContainerPorts(c.ports, 'containerPort');
  w.write(2, ports.includes(',') ? `Ports:\t${ports}\n` : `Port:\t${ports || '<none>'}\n`);
  const hostPorts = describeContainerPorts(c.ports, 'hostPort');
  w.write(2, hostPorts.includes(',') ? `Host Ports:\t${hostPorts}\n` : `Host Port:\t${hostPorts || '<none>'}\n`);
  // describeContainerCommand: each item on its own lines (an item's line breaks start new ones).
  if ((c.command ?? []).length > 0) {
    w.write(2, 'Command:\n');
    for (const s of c.command ?? []) for (const line of s.split('\n')) w.write(3, `${line}\n`);
  }
  if ((c.args ?? []).length > 0) {
    w.write(2, 'Args:\n');
    for (const s of c.args ?? []) for (const line of s.split('\n')) w.write(3, `${line}\n`);
  }
  if (status) {
    describeState(w, 'State', status.state);
    if (status.lastState?.terminated) describeState(w, 'Last State', status.lastState);
    w.write(2, `Ready:\t${status.ready ? 'True' : 'False'}\n`);
    w.write(2, `Restart Count:\t${status.restartCount}\n`);
  }
  describeResources(w, c.resources);
  describeProbes(w, c);
  describeEnvFrom(w, c);
  describeEnv(w, c, pod);
  const mounts = c.volumeMounts ?? [];
  if (mounts.length === 0) w.write(2, 'Mounts:\t<none>\n');
  else {
    w.write(2, 'Mounts:\n');
    for (const m of [...mounts].sort((a, b) => byteCompare(a.mountPath, b.mountPath)))
      w.write(
        3,
        `${m.mountPath} from ${m.name} (${m.readOnly ? 'ro' : 'rw'}${m.subPath ? `,path=${goQuote(m.subPath)}` : ''})\n`,
      );
  }
}

export function describeContainers(
  w: Lines,
  label: string,
  containers: readonly Container[],
  statuses: readonly ContainerStatus[] | undefined,
  space = '',
  pod?: AdmittedPod,
): void {
  const byName = new Map((statuses ?? []).map((s) => [s.name, s]));
  w.write(0, `${space}${label}:${containers.length === 0 ? ' <none>' : ''}\n`);
  for (const c of containers) describeContainer(w, c, byName.get(c.name), space, pod);
}

/** pkg/apis/core/helper/qos GetPodQOS, reduced to the three classes. */
export function podQOS(pod: AdmittedPod): string {
  if (pod.status?.qosClass) return pod.status.qosClass;
  const containers = pod.spec.containers;
  const has = (c: Container) =>
    Object.keys(c.resources?.requests ?? {}).length + Object.keys(c.resources?.limits ?? {}).length > 0;
  if (!containers.some(has)) return 'BestEffort';
  const guaranteed = containers.every((c) => {
    const l = c.resources?.limits ?? {};
    const r = c.resources?.requests ?? {};
    return ['cpu', 'memory'].every((k) => l[k] !== undefined && (r[k] === undefined || String(r[k]) === String(l[k])));
  });
  return guaranteed ? 'Guaranteed' : 'Burstable';
}

export function printTolerations(
  w: Lines,
  tolerations: NonNullable<AdmittedPod['spec']>['tolerations'],
  title = 'Tolerations',
): void {
  w.write(0, `${title}:\t`);
  const ts = [...(tolerations ?? [])].sort((a, b) => byteCompare(a.key ?? '', b.key ?? ''));
  if (ts.length === 0) {
    w.write(0, '<none>\n');
    return;
  }
  ts.forEach((t, i) => {
    if (i !== 0) w.write(0, '\t');
    let s = t.key ?? '';
    if (t.value) s += `=${t.value}`;
    if (t.effect) s += `:${t.effect}`;
    if (t.operator === 'Exists' && !t.value) s += t.key || t.effect ? ' op=Exists' : 'op=Exists';
    if (t.tolerationSeconds !== undefined) s += ` for ${t.tolerationSeconds}s`;
    w.write(0, `${s}\n`);
  });
}

/** describeVolumes: under a pod template (`space`) each volume's name gets one more space. */
export function describeVolumes(w: Lines, list: NonNullable<AdmittedPod['spec']>['volumes'], space = ''): void {
  const volumes = list ?? [];
  if (volumes.length === 0) w.write(0, `${space}Volumes:\t<none>\n`);
  else {
    w.write(0, `${space}Volumes:\n`);
    for (const v of volumes) {
      w.write(1, `${space ? ' ' : ''}${v.name}:\n`);
      if (v.emptyDir)
        w.write(
          2,
          `Type:\tEmptyDir (a temporary directory that shares a pod's lifetime)\n    Medium:\t${v.emptyDir.medium ?? ''}\n    SizeLimit:\t${v.emptyDir.sizeLimit ?? '<unset>'}\n`,
        );
      else if (v.configMap)
        w.write(
          2,
          `Type:\tConfigMap (a volume populated by a ConfigMap)\n    Name:\t${v.configMap.name ?? ''}\n    Optional:\t${v.configMap.optional === true}\n`,
        );
      else if (v.secret)
        w.write(
          2,
          `Type:\tSecret (a volume populated by a Secret)\n    SecretName:\t${v.secret.secretName ?? ''}\n    Optional:\t${v.secret.optional === true}\n`,
        );
      else if (v.projected) describeProjected(w, v.projected);
      else w.write(1, '<unknown>\n');
    }
  }
}

/** printProjectedVolumeSource (v1.34): one or two lines per source, in the sources' order. */
function describeProjected(w: Lines, p: ProjectedVolumeSource): void {
  w.write(2, 'Type:\tProjected (a volume that contains injected data from multiple sources)\n');
  for (const s of p.sources ?? []) {
    if (s.secret) w.write(2, `SecretName:\t${s.secret.name ?? ''}\n    Optional:\t${s.secret.optional === true}\n`);
    else if (s.downwardAPI) w.write(2, 'DownwardAPI:\ttrue\n');
    else if (s.configMap)
      w.write(2, `ConfigMapName:\t${s.configMap.name ?? ''}\n    Optional:\t${s.configMap.optional === true}\n`);
    else if (s.serviceAccountToken)
      w.write(2, `TokenExpirationSeconds:\t${s.serviceAccountToken.expirationSeconds ?? 3600}\n`);
  }
}

export function describePod(pod: AdmittedPod, state: Pick<ClusterState, 'events' | 'pods' | 'now'>): string {
  const w = new Lines();
  const spec = pod.spec;
  const status = pod.status ?? {};
  w.write(0, `Name:\t${pod.metadata.name}\n`);
  w.write(0, `Namespace:\t${pod.metadata.namespace}\n`);
  if (spec.priority !== undefined) w.write(0, `Priority:\t${spec.priority}\n`);
  if (spec.priorityClassName) w.write(0, `Priority Class Name:\t${spec.priorityClassName}\n`);
  if (spec.serviceAccountName) w.write(0, `Service Account:\t${spec.serviceAccountName}\n`);
  w.write(0, spec.nodeName ? `Node:\t${spec.nodeName}/${status.hostIP ?? ''}\n` : 'Node:\t<none>\n');
  if (status.startTime) w.write(0, `Start Time:\t${rfc1123z(status.startTime)}\n`);
  printLabelsMultiline(w, 'Labels', pod.metadata.labels);
  printAnnotationsMultiline(w, 'Annotations', pod.metadata.annotations);
  w.write(0, `Status:\t${status.phase ?? ''}\n`);
  if (status.reason) w.write(0, `Reason:\t${status.reason}\n`);
  if (status.message) w.write(0, `Message:\t${status.message}\n`);
  w.write(0, `IP:\t${status.podIP ?? ''}\n`);
  if ((status.podIPs ?? []).length === 0) w.write(0, 'IPs:\t<none>\n');
  else {
    w.write(0, 'IPs:\n');
    for (const ip of status.podIPs ?? []) w.write(1, `IP:\t${ip.ip}\n`);
  }
  const owner = controllerOf(pod);
  if (owner) w.write(0, `Controlled By:\t${owner.kind}/${owner.name}\n`);
  // Init containers (when the spec has any) before the containers, each matched to its status by name.
  if ((spec.initContainers ?? []).length > 0)
    describeContainers(w, 'Init Containers', spec.initContainers ?? [], status.initContainerStatuses, '', pod);
  describeContainers(w, 'Containers', spec.containers, status.containerStatuses, '', pod);
  if ((status.conditions ?? []).length > 0) {
    w.write(0, 'Conditions:\n  Type\tStatus\n');
    for (const c of status.conditions ?? []) w.write(1, `${c.type} \t${c.status} \n`);
  }
  describeVolumes(w, spec.volumes);
  w.write(0, `QoS Class:\t${podQOS(pod)}\n`);
  printLabelsMultiline(w, 'Node-Selectors', spec.nodeSelector);
  printTolerations(w, spec.tolerations);
  // The scheduler's Events come first: kubectl sorts by lastTimestamp, which the events.k8s.io/v1
  // Events the scheduler writes leave empty (pkg/util/event/sorted_event_list.go).
  describeEvents(w, eventsAbout(state, { ...pod, kind: 'Pod' }), state.now);
  return w.tabbed();
}
