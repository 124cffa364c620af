// The clients a scenario starts with when nobody chose any, so packets fly within seconds of opening
// the page: one outside client per entry point the scenario exposes (a LoadBalancer IP, else a
// NodePort on the first node), a second one through another node's NodePort (every node answers),
// and one in-cluster client calling the first ClusterIP Service from a workload's pod. Declarations
// (clientDecl.ts), chosen from the state on every load, so they follow edits and seeds.
import { clusterOwnedObject, type ClusterState } from '../model/clusterState.ts';
import type { Pod, Service } from '../model/objects.ts';
import { objectKey } from '../model/objects.ts';
import type { ClientDecl, SourceDecl, WorkloadKind } from './clientDecl.ts';
import { EXTERNAL_IPS } from './clientText.ts';
import { podOwners } from '../controllers/meta.ts';

const nsOf = (o: { metadata?: { namespace?: string } }): string => o.metadata?.namespace ?? 'default';
const nameOf = (o: { metadata?: { name?: string } }): string => o.metadata?.name ?? '';
const key = (o: { metadata?: { namespace?: string; name?: string } }): string => `${nsOf(o)}/${nameOf(o)}`;
const byKey = <T extends { metadata?: { namespace?: string; name?: string } }>(a: T, b: T): number =>
  key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0;

/** The workload a pod belongs to (a Deployment through its ReplicaSet), or null for a bare pod. */
export function podWorkload(state: ClusterState, pod: Pod): { kind: WorkloadKind; name: string } | null {
  const { owner, deployment } = podOwners(pod, (name) =>
    state.replicaSets.find((r) => nsOf(r) === nsOf(pod) && nameOf(r) === name),
  );
  if (deployment) return { kind: 'Deployment', name: deployment.name };
  return owner && (owner.kind === 'ReplicaSet' || owner.kind === 'StatefulSet' || owner.kind === 'DaemonSet')
    ? { kind: owner.kind, name: owner.name }
    : null;
}

/** Objects the cluster runs for itself (kube-system, the default cluster's add-ons) are not picked. */
function isSystem(state: ClusterState, kind: string, o: { metadata?: { namespace?: string; name?: string } }): boolean {
  return clusterOwnedObject(nsOf(o), state.origins.get(objectKey(kind, nsOf(o), nameOf(o)))?.by);
}

function hasEndpoints(state: ClusterState, svc: Service): boolean {
  return state.endpointSlices.some(
    (s) =>
      nsOf(s) === nsOf(svc) &&
      s.metadata.labels?.['kubernetes.io/service-name'] === nameOf(svc) &&
      (s.endpoints ?? []).length > 0,
  );
}

/** The pods a Service's slices name. */
function endpointPods(state: ClusterState, svc: Service): Set<string> {
  const out = new Set<string>();
  for (const s of state.endpointSlices)
    if (nsOf(s) === nsOf(svc) && s.metadata.labels?.['kubernetes.io/service-name'] === nameOf(svc))
      for (const e of s.endpoints ?? []) if (e.targetRef?.kind === 'Pod') out.add(`${nsOf(svc)}/${e.targetRef.name}`);
  return out;
}

/** A pod as a declaration: by its workload when it has one (its generated name changes with the seed). */
function podDecl(state: ClusterState, pod: Pod): SourceDecl {
  const w = podWorkload(state, pod);
  return w
    ? { kind: 'workload', workload: w.kind, namespace: nsOf(pod), name: w.name }
    : { kind: 'pod', namespace: nsOf(pod), name: nameOf(pod) };
}

export function defaultClients(state: ClusterState): ClientDecl[] {
  const out: ClientDecl[] = [];
  const services = state.services
    .filter(
      (s) =>
        !isSystem(state, 'Service', s) &&
        (s.spec.ports ?? []).length > 0 &&
        s.spec.type !== 'ExternalName' &&
        hasEndpoints(state, s),
    )
    .sort(byKey);
  const nodes = state.nodes.map(nameOf).sort();
  const lb = services.find((s) => s.spec.type === 'LoadBalancer' && s.status?.loadBalancer?.ingress?.some((i) => i.ip));
  const np = services.find((s) => s.spec.ports?.some((p) => p.nodePort));
  const npPort = np?.spec.ports?.find((p) => p.nodePort);
  const nodePortOn = (node: string | undefined): ClientDecl['to'] | null =>
    np && npPort && node
      ? { kind: 'nodePort', namespace: nsOf(np), service: nameOf(np), port: npPort.name || npPort.port, node }
      : null;
  const laptop = { id: 'laptop', from: { kind: 'external', ip: EXTERNAL_IPS[0] }, rate: 2 } as const;
  if (lb) {
    const p = lb.spec!.ports![0]!;
    out.push({
      ...laptop,
      to: { kind: 'loadBalancer', namespace: nsOf(lb), service: nameOf(lb), port: p.name || p.port },
    });
  } else {
    const to = nodePortOn(nodes[0]);
    if (to) out.push({ ...laptop, to });
  }
  // A second outside client through another node's NodePort: shows that every node answers.
  const second = nodePortOn(lb ? nodes[0] : nodes[1]);
  if (second && out.length > 0)
    out.push({ id: 'phone', from: { kind: 'external', ip: EXTERNAL_IPS[1] }, to: second, rate: 1 });
  const cip = services.find((s) => s.spec.clusterIP && s.spec.clusterIP !== 'None');
  const pods = state.pods
    .filter((p) => !isSystem(state, 'Pod', p) && p.status?.podIP && p.status.phase === 'Running')
    .filter((p) => {
      const w = podWorkload(state, p);
      return !w || !isSystem(state, w.kind, { metadata: { namespace: nsOf(p), name: w.name } });
    })
    .sort(byKey);
  const behind = cip ? endpointPods(state, cip) : new Set<string>();
  const caller = pods.find((p) => !behind.has(key(p))) ?? pods[0];
  if (cip && caller) {
    const p = cip.spec!.ports![0]!;
    out.push({
      id: 'curl',
      from: podDecl(state, caller),
      to: { kind: 'clusterIP', namespace: nsOf(cip), service: nameOf(cip), port: p.name || p.port },
      rate: 2,
    });
  }
  return out;
}
