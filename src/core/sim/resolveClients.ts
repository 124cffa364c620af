// Client declarations (clientDecl.ts) → the ClientSpecs traffic.ts runs, against one cluster state.
// Runs on every load (in the worker, the CLI and tests alike), so a client follows edits and seeds:
// a Service's ClusterIP, nodePort or load-balancer IP and the pod a workload runs are read from the
// state the API server and the controllers produced. A declaration that names nothing in this state
// is returned as a problem (a code and its parameters) and sends nothing. Pure and deterministic.
import type { ClusterState } from '../model/clusterState.ts';
import type { Pod, Service, ServicePort } from '../model/objects.ts';
import { nodeIPv4 } from '../model/nodeAddresses.ts';
import { labelSelectorMatches } from '../model/labels.ts';
import { ownedPods, ownedReplicaSets } from '../controllers/workloadStatus.ts';
import { buildIngressIndex, ingressForHost } from '../dataplane/ingressIndex.ts';
import type { Source } from '../dataplane/types.ts';
import type {
  ClientDecl,
  ClientProblem,
  PodDecl,
  PortRef,
  SourceDecl,
  TargetDecl,
  WorkloadKind,
} from './clientDecl.ts';
import type { ClientSpec } from './traffic.ts';
import { selectorText } from './clientText.ts';
import { proxyIPv4 } from '../api/service/serviceIPs.ts';

export type ClientResolution =
  { id: string; ok: true; spec: ClientSpec } | { id: string; ok: false; problem: ClientProblem };

type Resolved<T> = { ok: true; value: T } | { ok: false; problem: ClientProblem };

const nsOf = (o: { metadata?: { namespace?: string } }): string => o.metadata?.namespace ?? 'default';
const nameOf = (o: { metadata?: { name?: string } }): string => o.metadata?.name ?? '';
const byName = <T extends { metadata?: { name?: string } }>(a: T, b: T): number =>
  nameOf(a) < nameOf(b) ? -1 : nameOf(a) > nameOf(b) ? 1 : 0;

export function findService(state: ClusterState, namespace: string, name: string): Service | undefined {
  return state.services.find((s) => nsOf(s) === namespace && nameOf(s) === name);
}

/** The Service port a declaration names: by name or number, else the first. */
function servicePort(svc: Service, ref: PortRef | undefined): ServicePort | undefined {
  const ports = svc.spec?.ports ?? [];
  if (ref === undefined) return ports[0];
  return typeof ref === 'number' ? ports.find((p) => p.port === ref) : ports.find((p) => p.name === ref);
}

/** The nodes sorted by name, with their InternalIP (nodeAddresses.ts). */
function nodesByName(state: ClusterState): { name: string; ip: string }[] {
  return [...state.nodes]
    .sort(byName)
    .map((n) => ({ name: nameOf(n), ip: nodeIPv4(n) ?? '' }))
    .filter((n) => n.ip !== '');
}

const url = (host: string, port: number, path = ''): string => `http://${host}:${port}${path}`;

function resolveTarget(state: ClusterState, to: TargetDecl): Resolved<Pick<ClientSpec, 'to' | 'protocol'>> {
  if (to.kind === 'url') return { ok: true, value: { to: to.url } };
  if (to.kind === 'podIP') {
    const pod = resolvePod(state, to.pod);
    if (!pod.ok) return pod;
    const [namespace, name, ip] = [nsOf(pod.value), nameOf(pod.value), pod.value.status?.podIP];
    return ip
      ? { ok: true, value: { to: url(ip, to.port) } }
      : { ok: false, problem: { code: 'pod-no-ip', namespace, name } };
  }
  if (to.kind === 'ingress') {
    if (!ingressForHost(buildIngressIndex(state), to.host))
      return { ok: false, problem: { code: 'ingress-host-missing', host: to.host } };
    return { ok: true, value: { to: `http://${to.host}${to.path}` } };
  }
  const { namespace, service } = to;
  const svc = findService(state, namespace, service);
  if (!svc) return { ok: false, problem: { code: 'target-missing', namespace, service } };
  const port = servicePort(svc, to.port);
  if (!port) {
    // Ports are required unless the Service is headless or ExternalName (pkg/apis/core/validation/
    // validation.go ValidateService). An ExternalName Service without them is a DNS alias (a CNAME
    // from the cluster DNS), with no ClusterIP or port to connect to.
    if (svc.spec?.type === 'ExternalName' && !svc.spec.ports?.length)
      return {
        ok: false,
        problem: { code: 'external-name', namespace, service, externalName: svc.spec.externalName ?? '' },
      };
    if (to.port === undefined) return { ok: false, problem: { code: 'no-ports', namespace, service } };
    return { ok: false, problem: { code: 'port-missing', namespace, service, port: String(to.port) } };
  }
  const protocol = port.protocol === 'UDP' ? ({ protocol: 'UDP' } as const) : {};
  switch (to.kind) {
    case 'clusterIP': {
      const ip = svc.spec?.clusterIP;
      if (!ip || ip === 'None') return { ok: false, problem: { code: 'no-cluster-ip', namespace, service } };
      // The address kube-proxy matches (`010.96.0.12` is stored as written, matched as 10.96.0.12).
      return { ok: true, value: { to: url(proxyIPv4(ip) ?? ip, port.port), ...protocol } };
    }
    case 'nodePort': {
      if (!port.nodePort)
        return {
          ok: false,
          problem: { code: 'no-node-port', namespace, service, port: String(port.name ?? port.port) },
        };
      const nodes = nodesByName(state);
      const node = to.node === undefined ? nodes[0] : nodes.find((n) => n.name === to.node);
      if (!node)
        return {
          ok: false,
          problem: to.node === undefined ? { code: 'no-nodes' } : { code: 'node-missing', node: to.node },
        };
      return { ok: true, value: { to: url(node.ip, port.nodePort), ...protocol } };
    }
    case 'loadBalancer': {
      const ip = svc.status?.loadBalancer?.ingress?.find((i) => i.ip)?.ip;
      if (!ip) return { ok: false, problem: { code: 'no-load-balancer-ip', namespace, service } };
      return { ok: true, value: { to: url(proxyIPv4(ip) ?? ip, port.port), ...protocol } };
    }
  }
}

/** The pod a client sends from among `pods`: the first Running one with an IP by name, else the first by name. */
function pickPod(pods: readonly Pod[]): Pod | undefined {
  const sorted = [...pods].filter((p) => !p.metadata?.deletionTimestamp).sort(byName);
  return sorted.find((p) => p.status?.phase === 'Running' && p.status.podIP) ?? sorted[0];
}

const WORKLOAD_LISTS = {
  Deployment: 'deployments',
  StatefulSet: 'statefulSets',
  DaemonSet: 'daemonSets',
  ReplicaSet: 'replicaSets',
} as const satisfies Record<WorkloadKind, keyof ClusterState>;

/** The pods a workload runs (a Deployment's through its ReplicaSets). */
export function workloadPods(state: ClusterState, kind: WorkloadKind, namespace: string, name: string): Pod[] | null {
  const list: readonly { metadata?: { namespace?: string; name?: string; uid?: string } }[] =
    state[WORKLOAD_LISTS[kind]];
  const w = list.find((o) => nsOf(o) === namespace && nameOf(o) === name);
  if (!w) return null;
  if (kind !== 'Deployment') return ownedPods(state, w);
  return ownedReplicaSets(state, w).flatMap((rs) => ownedPods(state, rs));
}

/** The pod a pod declaration names in this state: by exact name, or picked among its workload's or selector's pods. */
function resolvePod(state: ClusterState, d: PodDecl): Resolved<Pod> {
  switch (d.kind) {
    case 'pod': {
      const pod = state.pods.find((p) => nsOf(p) === d.namespace && nameOf(p) === d.name);
      return pod
        ? { ok: true, value: pod }
        : { ok: false, problem: { code: 'source-pod-missing', namespace: d.namespace, name: d.name } };
    }
    case 'workload': {
      const { workload, namespace, name } = d;
      const pods = workloadPods(state, workload, namespace, name);
      if (!pods) return { ok: false, problem: { code: 'workload-missing', workload, namespace, name } };
      const pod = pickPod(pods);
      return pod
        ? { ok: true, value: pod }
        : { ok: false, problem: { code: 'workload-no-pod', workload, namespace, name } };
    }
    case 'selector': {
      const pod = pickPod(
        state.pods.filter(
          (p) => nsOf(p) === d.namespace && labelSelectorMatches({ matchLabels: d.labels }, p.metadata.labels ?? {}),
        ),
      );
      return pod
        ? { ok: true, value: pod }
        : { ok: false, problem: { code: 'selector-no-pod', namespace: d.namespace, selector: selectorText(d.labels) } };
    }
  }
}

function resolveSource(state: ClusterState, from: SourceDecl): Resolved<Source> {
  if (from.kind === 'external') return { ok: true, value: from };
  if (from.kind === 'node')
    return state.nodes.some((n) => nameOf(n) === from.name)
      ? { ok: true, value: from }
      : { ok: false, problem: { code: 'source-node-missing', node: from.name } };
  const pod = resolvePod(state, from);
  return pod.ok ? { ok: true, value: { kind: 'pod', namespace: nsOf(pod.value), name: nameOf(pod.value) } } : pod;
}

/** Each declaration resolved against `state`, in order; the target's problem first when both fail. */
export function resolveClients(state: ClusterState, decls: readonly ClientDecl[]): ClientResolution[] {
  return decls.map((d) => {
    const to = resolveTarget(state, d.to);
    if (!to.ok) return { id: d.id, ok: false, problem: to.problem };
    const from = resolveSource(state, d.from);
    if (!from.ok) return { id: d.id, ok: false, problem: from.problem };
    const protocol = d.protocol ?? to.value.protocol;
    return {
      id: d.id,
      ok: true,
      spec: { id: d.id, from: from.value, to: to.value.to, rate: d.rate, ...(protocol ? { protocol } : {}) },
    };
  });
}
