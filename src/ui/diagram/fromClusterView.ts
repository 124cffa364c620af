// Adapts the worker's ClusterView (src/worker/protocol.ts) and the store's clients to the shape
// the diagram mapper reads. Grouping and lookups only: every Kubernetes decision (endpoints,
// readiness, scheduling, LB addresses) was made by the core before the view was built.
import type { ClientSpec, Entry } from '../../worker/protocol.ts';
import type { ClusterView } from '../../worker/clusterView.ts';
import type { DiagramView, PodHint, ViewClient, ViewEndpoint, ViewNode, ViewPod } from './viewShape.ts';
import { clientId, flowIdOfEntry, kubeProxyId, nsName, UNSCHEDULED_NODE } from './flowIds.ts';

/**
 * Objects the cluster runs for itself (the `kubernetes` Service, CoreDNS in kube-system, a Gateway's
 * data plane) rather than ones the scenario declared, as the worker's view marks them (core/model
 * clusterOwnedObject decides). Hidden unless asked for, so the learner's objects stand out.
 */
export function isSystem(o: { source: { system?: true } | null }): boolean {
  return o.source?.system === true;
}

export function fromClusterView(view: ClusterView, showSystem = false): DiagramView {
  const gateways = (view.gateways ?? []).filter((g) => showSystem || !isSystem(g));
  // A Gateway's box stands for its data plane (the Deployment, pods and LoadBalancer Service its
  // controller provisioned): the worker marks those the cluster's own, so they are drawn only with
  // the system objects, as the ingress controller's are.
  const keep = (o: { namespace: string; source: { by: string; system?: true } | null }): boolean =>
    showSystem || !isSystem(o);
  // Its cloud load balancer too (a load balancer carries no source of its own).
  const dataPlanes = new Set(showSystem ? [] : gateways.flatMap((g) => g.dataPlaneService ?? []));
  const hints = podHints(view.services.filter(keep));
  const groups = new Map<string, ViewNode>();
  for (const n of view.nodes) groups.set(n.name, { name: n.name, ip: n.ip, ready: n.ready, pods: [] });
  for (const p of view.pods.filter(keep)) {
    const nodeName = p.node && groups.has(p.node) ? p.node : UNSCHEDULED_NODE;
    if (!groups.has(nodeName)) groups.set(nodeName, { name: nodeName, ready: false, pods: [] });
    const pod: ViewPod = {
      namespace: p.namespace,
      name: p.name,
      labels: p.labels,
      ready: p.ready,
      phase: p.terminating ? 'Terminating' : p.phase,
      ports: p.ports.map((cp) => ({
        ...(cp.name ? { name: cp.name } : {}),
        containerPort: cp.containerPort,
        protocol: cp.protocol,
      })),
      ...(p.ip ? { ip: p.ip } : {}),
      ...(p.node ? { node: p.node } : {}),
      ...(p.owner ? { owner: { kind: p.owner.kind, name: p.owner.name } } : {}),
      ...(hints.has(nsName(p.namespace, p.name)) ? { hints: hints.get(nsName(p.namespace, p.name)) } : {}),
    };
    groups.get(nodeName)?.pods.push(pod);
  }
  return {
    nodes: [...groups.values()],
    services: view.services.filter(keep).map((s) => {
      return {
        namespace: s.namespace,
        name: s.name,
        type: s.type,
        clusterIP: s.clusterIP,
        externalIPs: s.externalIPs,
        ports: s.ports.map((p) => ({
          ...(p.name ? { name: p.name } : {}),
          protocol: p.protocol,
          port: p.port,
          targetPort: p.targetPort,
          ...(p.nodePort ? { nodePort: p.nodePort } : {}),
        })),
        ...(s.selector ? { selector: s.selector } : {}),
        endpoints: uniqueEndpoints(
          s.endpoints.map((e) => ({
            ip: e.ip,
            ready: e.ready,
            ...(e.pod ? { pod: e.pod } : {}),
            ...(e.node ? { node: e.node } : {}),
          })),
        ),
        sessionAffinity: s.sessionAffinity,
        ...(s.timeoutSeconds !== null ? { affinityTimeoutSeconds: s.timeoutSeconds } : {}),
        ...(s.externalTrafficPolicy ? { externalTrafficPolicy: s.externalTrafficPolicy } : {}),
        ...(s.lbIPs[0] ? { loadBalancerIP: s.lbIPs[0] } : {}),
        ...(s.noEndpointsWhy ? { noEndpointsWhy: s.noEndpointsWhy } : {}),
        ...(s.findings.length > 0 ? { findings: s.findings } : {}),
        ...(s.externalDropNodes ? { externalDropNodes: s.externalDropNodes } : {}),
      };
    }),
    ingresses: view.ingresses.filter(keep).map((i) => ({
      namespace: i.namespace,
      name: i.name,
      ...(i.className ? { className: i.className } : {}),
      ...(i.lbIPs[0] ? { address: i.lbIPs[0] } : {}),
      rules: [
        ...i.rules.flatMap((r) =>
          r.paths.map((p) => ({
            ...(r.host ? { host: r.host } : {}),
            path: p.path,
            service: p.service,
            ...(p.port !== null ? { port: p.port } : {}),
          })),
        ),
        ...(i.defaultBackend
          ? [
              {
                path: '(default)',
                service: i.defaultBackend.service,
                ...(i.defaultBackend.port !== null ? { port: i.defaultBackend.port } : {}),
              },
            ]
          : []),
      ],
    })),
    gateways: gateways.map((g) => ({
      namespace: g.namespace,
      name: g.name,
      ...(g.className ? { className: g.className } : {}),
      ...(g.address ? { address: g.address } : {}),
      ...(g.dataPlaneService ? { dataPlaneService: g.dataPlaneService } : {}),
      listeners: g.listeners.map((l) => ({
        name: l.name,
        protocol: l.protocol,
        port: l.port,
        ...(l.hostname ? { hostname: l.hostname } : {}),
        ...(l.problem ? { problem: l.problem } : {}),
      })),
      routes: g.routes.map((r) => ({
        namespace: r.namespace,
        name: r.name,
        hostnames: r.hostnames,
        rules: r.rules.map((rule) => ({
          backends: rule.backends.map((b) => ({ service: b.service, weight: b.weight })),
        })),
      })),
    })),
    loadBalancers: view.loadBalancers
      .filter((l) => !dataPlanes.has(nsName(l.namespace, l.service)))
      .map((l) => ({
        service: nsName(l.namespace, l.service),
        ...(l.ips[0] ? { ip: l.ips[0] } : {}),
        ports: l.ports.map((p) => p.port),
      })),
  };
}

/** Each pod's topology hints, per Service whose EndpointSlice hints its endpoint (one entry per Service, whatever its ports). */
function podHints(services: ClusterView['services']): Map<string, PodHint[]> {
  const out = new Map<string, PodHint[]>();
  for (const s of services) {
    const service = nsName(s.namespace, s.name);
    for (const e of s.endpoints) {
      if (!e.pod || !e.hints) continue;
      const key = nsName(s.namespace, e.pod);
      const list = out.get(key) ?? [];
      if (list.some((h) => h.service === service)) continue;
      list.push({ service, zones: e.hints.forZones, nodes: e.hints.forNodes });
      out.set(key, list);
    }
  }
  return out;
}

/** An EndpointSlice lists an address once per port; the diagram wants one entry per address. */
function uniqueEndpoints(eps: ViewEndpoint[]): ViewEndpoint[] {
  const seen = new Map<string, ViewEndpoint>();
  for (const e of eps) if (!seen.has(e.ip ?? '')) seen.set(e.ip ?? '', e);
  return [...seen.values()];
}

/** Clients as the diagram draws them; each gets a box (an in-cluster one names its pod). `entries`: the core's entry object per client. */
export function toViewClients(clients: readonly ClientSpec[], entries: Readonly<Record<string, Entry>>): ViewClient[] {
  return clients.map((c) => {
    const pod = c.from.kind === 'pod' ? nsName(c.from.namespace, c.from.name) : null;
    const ip = c.from.kind === 'external' ? c.from.ip : undefined;
    const entry = entries[c.id];
    return {
      id: c.id,
      kind: pod ? 'pod' : 'external',
      label: pod ? c.id : (ip ?? c.id),
      ...(ip ? { ip } : {}),
      ...(pod ? { pod } : {}),
      ...(entry ? { target: flowIdOfEntry(entry) } : {}),
    };
  });
}

/** Where a client's packets start on the diagram: its own box, or a node's kube-proxy for a node's own process. */
export function clientStartId(c: ClientSpec): string {
  if (c.from.kind === 'node') return kubeProxyId(c.from.name);
  return clientId(c.id);
}
