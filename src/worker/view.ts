// Projects the core's ClusterState onto the plain, serializable ClusterView the UI draws. The
// projection is read-only and total: missing fields become null/'' rather than exceptions, since
// half-typed YAML reaches this point too.
import type { Scenario } from '../core/scenario/index.ts';
import type {
  AdmittedPod,
  AdmittedService,
  AdmittedNode,
  AdmittedEndpointSlice,
  AdmittedIngress,
  ObjectMeta,
  AdmittedServicePort,
  ClusterState,
} from '../core/model/index.ts';
import { clusterOwnedObject, isPodReady, nodeIPv4, objectKey, podWaiting } from '../core/model/index.ts';
import { nodesDroppingExternal, serviceFindings, serviceIndex, whyNoEndpoints } from '../core/dataplane/index.ts';
import {
  controllerOf,
  controllerPlugin,
  loadBalancerIP,
  podOwners,
  READY_ANNOTATION,
} from '../core/controllers/index.ts';
import type {
  ClusterView,
  DeploymentView,
  EndpointView,
  GatewayView,
  IngressView,
  NodeView,
  ObjectRefView,
  PodView,
  ServicePortView,
  ServiceView,
  ViewSource,
} from './clusterView.ts';

export function toClusterView(scenario: Scenario): ClusterView {
  const { state, stream } = scenario;
  const ranges = new Map(stream.documents.map((d) => [d.index, d.range]));
  const sourceOf = (kind: string, meta: ObjectMeta | undefined): ViewSource | null => {
    const origin = state.origins.get(objectKey(kind, meta?.namespace, meta?.name ?? ''));
    if (!origin) return null;
    const range = ranges.get(origin.docIndex);
    return {
      docIndex: origin.docIndex,
      by: origin.by,
      ...(range && origin.by !== 'system' ? { range } : {}),
      ...(clusterOwnedObject(meta?.namespace, origin.by) ? { system: true as const } : {}),
    };
  };
  const docOf = (src: ViewSource | null): number | null => (src && src.range ? src.docIndex : null);

  const replicaSets = new Map(
    state.replicaSets.map((r) => [objectKey('ReplicaSet', r.metadata.namespace, r.metadata.name), r]),
  );
  const nodes: NodeView[] = state.nodes.map((n) => nodeView(n, sourceOf('Node', n.metadata)));
  const pods: PodView[] = state.pods.map((p) => {
    const ns = p.metadata.namespace;
    const refs = podOwners(p, (name) => replicaSets.get(objectKey('ReplicaSet', ns, name)), ownerShown);
    const owner = refView(refs.owner, ns);
    const ownersOwner = refs.ownersOwner;
    const workloadSource = ownersOwner ? sourceOf(ownersOwner.kind, { name: ownersOwner.name, namespace: ns }) : null;
    const viaReplicaSet = owner?.kind === 'ReplicaSet';
    // A pod that a cluster-owned Deployment's ReplicaSet made (the Gateway controller's own control
    // plane, a Gateway's data plane) is the cluster's too, as its Deployment is: the diagram hides
    // them together and the client form does not offer them. A pod made by a controller inherits
    // the position of the workload that declared it.
    const src =
      (viaReplicaSet && workloadSource?.system ? workloadSource : null) ??
      sourceOf('Pod', p.metadata) ??
      (owner ? sourceOf(owner.kind, { name: owner.name, namespace: ns }) : null) ??
      workloadSource;
    const deployment = refs.deployment ? refs.deployment.name : null;
    return podView(p, owner, deployment, src, docOf(src));
  });
  const index = serviceIndex(state);
  const services: ServiceView[] = state.services.map((s) => {
    const src = sourceOf('Service', s.metadata);
    const key = objectKey('Service', s.metadata.namespace, s.metadata.name);
    const why = whyNoEndpoints(state, s, index);
    const drops = nodesDroppingExternal(state, s);
    return {
      ...serviceView(s, index.slicesByService.get(key) ?? [], src, docOf(src)),
      findings: serviceFindings(state, s, index),
      ...(why ? { noEndpointsWhy: why } : {}),
      ...(drops.length ? { externalDropNodes: drops } : {}),
    };
  });
  const ingresses: IngressView[] = state.ingresses.map((i) => {
    const src = sourceOf('Ingress', i.metadata);
    return ingressView(i, src, docOf(src));
  });
  const gateways = gatewayViews(state, (ns, name) => {
    const src = sourceOf('Gateway', { namespace: ns, name });
    return { source: src, docIndex: docOf(src) };
  });
  const workloads: DeploymentView[] = [
    ...state.deployments.map((d) => ({ kind: 'Deployment' as const, o: d })),
    ...state.statefulSets.map((d) => ({ kind: 'StatefulSet' as const, o: d })),
    ...state.daemonSets.map((d) => ({ kind: 'DaemonSet' as const, o: d })),
  ].map(({ kind, o }) => {
    const src = sourceOf(kind, o.metadata);
    const replicas = kind === 'DaemonSet' ? null : ((o.spec as { replicas?: number } | undefined)?.replicas ?? null);
    return {
      kind,
      namespace: o.metadata.namespace,
      name: o.metadata.name,
      replicas,
      selector: { ...(o.spec.selector?.matchLabels ?? {}) },
      docIndex: docOf(src),
      source: src,
    };
  });

  const loadBalancers = services
    .filter((s) => s.type === 'LoadBalancer' && s.lbIPs.length > 0)
    .map((s) => ({ service: s.name, namespace: s.namespace, ips: s.lbIPs, ports: s.ports }));
  const st = state.settings;
  return {
    seed: state.seed,
    nodes,
    pods,
    services,
    ingresses,
    gateways,
    workloads,
    loadBalancers,
    namespaces: state.namespaces.map((n) => n.metadata.name).filter((n) => n !== ''),
    settings: {
      serviceCIDR: st.serviceCIDR.text,
      nodePortRange: st.nodePortRange.text,
      clusterDomain: st.clusterDomain,
      clusterCIDR: st.clusterCIDR?.text ?? null,
      proxyMode: st.proxyMode,
      masqueradeAll: st.masqueradeAll,
      ipvsScheduler: st.ipvsScheduler,
    },
  };
}

/** The owner a pod's details show: its controller (metav1.GetControllerOf), else its first owner. */
const ownerShown: typeof controllerOf = (o) => controllerOf(o) ?? o?.metadata?.ownerReferences?.[0];

function refView(r: ReturnType<typeof controllerOf>, namespace: string | undefined): ObjectRefView | null {
  return r ? { kind: r.kind, name: r.name, ...(namespace ? { namespace } : {}) } : null;
}

function nodeView(n: AdmittedNode, source: ViewSource | null): NodeView {
  const ip = nodeIPv4(n) ?? '';
  const ready = n.status?.conditions?.find((c) => c.type === 'Ready')?.status === 'True';
  return {
    name: n.metadata.name,
    ip,
    podCIDR: n.spec?.podCIDR ?? '',
    ready,
    labels: { ...(n.metadata.labels ?? {}) },
    source,
  };
}

function podView(
  p: AdmittedPod,
  owner: ObjectRefView | null,
  deployment: string | null,
  source: ViewSource | null,
  docIndex: number | null,
): PodView {
  const ports = p.spec.containers.flatMap((c) =>
    (c.ports ?? []).map((cp) => ({
      name: cp.name ?? '',
      containerPort: cp.containerPort,
      protocol: cp.protocol,
    })),
  );
  return {
    namespace: p.metadata.namespace,
    name: p.metadata.name,
    node: p.spec.nodeName ?? '',
    ip: p.status?.podIP ?? '',
    ready: isPodReady(p),
    terminating: !!p.metadata.deletionTimestamp,
    phase: p.status?.phase ?? 'Pending',
    waiting: podWaiting(p)?.why ?? '',
    markedNotReady: p.metadata.annotations?.[READY_ANNOTATION] === 'false',
    labels: { ...(p.metadata.labels ?? {}) },
    ports,
    owner,
    deployment,
    docIndex,
    source,
  };
}

function portView(p: AdmittedServicePort): ServicePortView {
  return {
    name: p.name ?? '',
    port: p.port,
    targetPort: p.targetPort,
    nodePort: p.nodePort ?? null,
    protocol: p.protocol,
  };
}

/** Endpoints of a Service, from its EndpointSlices (serviceIndex). */
function endpointsOf(slices: readonly AdmittedEndpointSlice[]): EndpointView[] {
  const out: EndpointView[] = [];
  for (const slice of slices) {
    const ports = slice.ports && slice.ports.length > 0 ? slice.ports : [{ name: '', port: undefined }];
    for (const ep of slice.endpoints ?? []) {
      // discovery/v1: nil ready means ready; serving defaults to ready (EndpointConditions docs).
      const ready = ep.conditions?.ready ?? true;
      // discovery/v1 EndpointHints; forNodes (1.33) is newer than the kubernetes-types in use.
      const hints = ep.hints as { forZones?: { name: string }[]; forNodes?: { name: string }[] } | undefined;
      for (const port of ports) {
        for (const ip of ep.addresses) {
          out.push({
            ip,
            port: port.port ?? null,
            portName: port.name ?? '',
            ready,
            serving: ep.conditions?.serving ?? ready,
            terminating: ep.conditions?.terminating ?? false,
            pod: ep.targetRef?.kind === 'Pod' ? (ep.targetRef.name ?? null) : null,
            node: ep.nodeName ?? null,
            ...(hints
              ? {
                  hints: {
                    forZones: (hints.forZones ?? []).map((z) => z.name),
                    forNodes: (hints.forNodes ?? []).map((n) => n.name),
                  },
                }
              : {}),
          });
        }
      }
    }
  }
  return out;
}

function serviceView(
  s: AdmittedService,
  slices: readonly AdmittedEndpointSlice[],
  source: ViewSource | null,
  docIndex: number | null,
): ServiceView {
  const spec = s.spec;
  return {
    namespace: s.metadata.namespace,
    name: s.metadata.name,
    type: spec.type,
    clusterIP: spec.clusterIP ?? '',
    clusterIPs: [...(spec.clusterIPs ?? [])],
    ports: (spec.ports ?? []).map(portView),
    selector: spec.selector ? { ...spec.selector } : null,
    externalIPs: [...(spec.externalIPs ?? [])],
    lbIPs: (s.status?.loadBalancer?.ingress ?? []).map((i) => i.ip ?? i.hostname ?? '').filter((x) => x !== ''),
    externalName: spec.externalName ?? null,
    sessionAffinity: spec.sessionAffinity,
    timeoutSeconds: spec.sessionAffinityConfig?.clientIP?.timeoutSeconds ?? null,
    externalTrafficPolicy: spec.externalTrafficPolicy ?? null,
    internalTrafficPolicy: spec.internalTrafficPolicy ?? null,
    endpoints: endpointsOf(slices),
    findings: [],
    docIndex,
    source,
  };
}

function ingressView(i: AdmittedIngress, source: ViewSource | null, docIndex: number | null): IngressView {
  const backend = (b: { service?: { name: string; port?: { number?: number; name?: string } } } | undefined) => ({
    service: b?.service?.name ?? '',
    port: b?.service?.port?.number ?? b?.service?.port?.name ?? null,
  });
  return {
    namespace: i.metadata.namespace,
    name: i.metadata.name,
    className: i.spec?.ingressClassName ?? null,
    rules: (i.spec?.rules ?? []).map((r) => ({
      host: r.host ?? '',
      paths: (r.http?.paths ?? []).map((p) => ({ path: p.path ?? '/', pathType: p.pathType, ...backend(p.backend) })),
    })),
    defaultBackend: i.spec?.defaultBackend ? backend(i.spec.defaultBackend) : null,
    lbIPs: (i.status?.loadBalancer?.ingress ?? []).map((x) => x.ip ?? x.hostname ?? '').filter((x) => x !== ''),
    docIndex,
    source,
  };
}

/**
 * The Gateways the built-in controller serves, with the routes it attached to each listener and
 * each backendRef's verdict: read from its decisions (controllers/gatewayAttachment.ts, the same
 * ones its status reports), never worked out again here.
 */
function gatewayViews(
  state: ClusterState,
  origin: (ns: string, name: string) => { source: ViewSource | null; docIndex: number | null },
): GatewayView[] {
  if (state.gateways.length === 0) return [];
  // The controller's plug-in: installed before a scenario holding Gateway API kinds was loaded.
  const { decisions: gatewayDecisions, service: gatewayService, listenerProblem } = controllerPlugin('gatewayApi');
  const decisions = gatewayDecisions(state);
  return decisions.gateways.map((gd) => {
    const gw = gd.gateway;
    const svc = gatewayService(state, gw);
    const routes = decisions.routes.flatMap((rd) => {
      const listeners = rd.parents.filter((p) => p.gateway === gw).flatMap((p) => p.listeners);
      if (listeners.length === 0) return [];
      const r = rd.route;
      return [
        {
          namespace: r.metadata.namespace,
          name: r.metadata.name,
          listeners: [...new Set(listeners.map((l) => l.listener.name))],
          hostnames: [...(r.spec.hostnames ?? [])],
          rules: r.spec.rules.map((rule, ri) => ({
            backends: (rule.backendRefs ?? []).map((b, bi) => ({
              service: `${b.namespace ?? r.metadata.namespace}/${b.name}`,
              port: b.port ?? null,
              weight: b.weight,
              resolved: rd.backends[ri]?.[bi]?.ok === true,
            })),
          })),
        },
      ];
    });
    return {
      namespace: gw.metadata.namespace,
      name: gw.metadata.name,
      className: gw.spec.gatewayClassName,
      address: loadBalancerIP(svc) ?? null,
      dataPlaneService: svc ? `${svc.metadata.namespace}/${svc.metadata.name}` : null,
      listeners: gd.listeners.map((l) => ({
        name: l.listener.name,
        protocol: l.listener.protocol,
        port: l.listener.port,
        hostname: l.listener.hostname ?? null,
        problem: listenerProblem(l),
      })),
      routes,
      ...origin(gw.metadata.namespace, gw.metadata.name),
    };
  });
}
