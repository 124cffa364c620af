// Lookup tables over one ClusterState, built once per dataplane: who owns an IP, which Service a
// VIP:port belongs to, and kube-proxy's per-node model (built lazily: a service port's view on a
// node is computed the first time a packet crosses it). Like kube-proxy's nftables/IPVS hash maps,
// every per-request question is a map look-up, so routing costs the same for 10 or 10,000 Services.
import type { ClusterState } from '../model/clusterState.ts';
import type { AdmittedService, AdmittedPod, AdmittedNode } from '../model/admitted.ts';
import { buildServicePort, groupSlices, kubeProxySkipsService, type ServicePortProxy } from './proxyModel.ts';
import { parseCidr } from '../net/ipv4.ts';
import { buildIngressIndex, type IngressIndex } from './ingressIndex.ts';
import { servedPorts } from '../model/podPorts.ts';
import { flat } from './flatString.ts';
import { nodeIPv4 } from '../model/nodeAddresses.ts';

/** A Service port as a routing table entry points at it, with the Service's per-node views at hand. */
export interface PortRef {
  service: AdmittedService;
  portIndex: number;
  port: number;
  protocol: string;
  views: ServiceViews;
}

export interface VipEntry extends PortRef {
  kind: 'cluster-ip' | 'external-ip' | 'load-balancer-ip';
}

/**
 * kube-proxy's views of one Service: node slot → port index → view (null: no rules). Held by the
 * Service's routing entries, so a packet reaches its view without searching a table of every Service.
 */
export interface ServiceViews {
  byNode: ((ServicePortProxy | null)[] | undefined)[];
}

export interface ClusterIndex {
  state: ClusterState;
  nodes: AdmittedNode[];
  nodeIP: Map<string, string>;
  nodeByIP: Map<string, AdmittedNode>;
  podByIP: Map<string, AdmittedPod>;
  /** `ip` → Services using it as ClusterIP / externalIP / LB IP (any port). */
  serviceByVip: Map<string, AdmittedService[]>;
  /**
   * `ip` → the service ports behind it (first per port/protocol). Keyed by the bare IP, whose string
   * the request's parsed target keeps (so its hash is cached), rather than an `ip:port/PROTO` key
   * built and hashed anew for every packet; an IP has a handful of ports, scanned in order.
   */
  vipByIP: Map<string, VipEntry[]>;
  /** `port/PROTO` → service port with that nodePort. */
  nodePort: Map<string, PortRef>;
  /** nodePort number → its service ports (one per protocol), for the per-packet look-up. */
  nodePortByNumber: Map<number, PortRef[]>;
  /** `ns/name` → Service */
  serviceByName: Map<string, AdmittedService>;
  podByName: Map<string, AdmittedPod>;
  /** `ip` → the LoadBalancer Service whose status.loadBalancer.ingress has it. */
  lbByIP: Map<string, AdmittedService>;
  /** healthCheckNodePort → Service (eTP Local LoadBalancers). */
  healthCheckPort: Map<number, AdmittedService>;
  /** kube-proxy's view of one service port on a node (built on first use, then cached). */
  servicePort(node: string, svc: AdmittedService, portIndex: number): ServicePortProxy | undefined;
  /** The same for a routing entry (no look-up of the Service). */
  viewOf(ref: PortRef, node: string): ServicePortProxy | undefined;
  /** The ingress controller's rules by host (built on first use). */
  ingress(): IngressIndex;
  /** ClusterIP of kube-system/kube-dns (the pods' nameserver), if that Service exists. */
  kubeDnsIP: string | undefined;
  /** The first load-balancer IP of the ingress-nginx controller's LoadBalancer Service. */
  ingressLoadBalancerIP: string | undefined;
  /** Node name → its bridge address (nodeBridgeIP). */
  bridgeIP: Map<string, string | null>;
  /** What the data path needs of the pod owning `ip` (podByIP), read once per pod. */
  podView(ip: string): PodView | undefined;
  /** Per-state memo of derived answers (e.g. a load balancer's healthy nodes), keyed by the object they describe. */
  memo: Map<object, unknown>;
}

/** A pod as the last hop sees it: its names, node and declared ports, flattened once. */
export interface PodView {
  pod: AdmittedPod;
  namespace: string;
  name: string;
  /** `ns/name` */
  ref: string;
  node: string;
  ports: { name?: string; port: number; protocol: string }[];
}

/** The address a node masquerades with toward its own pods: the bridge (first IP of its podCIDR), as the source-ip tutorial's `client_address=10.180.1.1` shows. */
export function nodeBridgeIP(node: AdmittedNode): string | null {
  const cidr = node.spec?.podCIDR ? parseCidr(node.spec.podCIDR) : null;
  if (!cidr) return null;
  const v = (cidr.base + 1) >>> 0;
  return [(v >>> 24) & 255, (v >>> 16) & 255, (v >>> 8) & 255, v & 255].join('.');
}

export const svcKey = (svc: AdmittedService): string => `${svc.metadata.namespace}/${svc.metadata.name}`;

export function buildClusterIndex(state: ClusterState): ClusterIndex {
  const nodes = [...state.nodes].sort((a, b) => cmp(a.metadata.name, b.metadata.name));
  const nodeIP = new Map<string, string>();
  const nodeByIP = new Map<string, AdmittedNode>();
  for (const n of nodes) {
    const ip = nodeIPv4(n) ?? '';
    nodeIP.set(n.metadata.name, ip);
    for (const a of n.status?.addresses ?? [])
      if (a.type === 'InternalIP' || a.type === 'ExternalIP') nodeByIP.set(a.address, n);
  }
  const podByIP = new Map<string, AdmittedPod>();
  const podByName = new Map<string, AdmittedPod>();
  for (const p of state.pods) {
    podByName.set(`${p.metadata.namespace}/${p.metadata.name}`, p);
    const ip = p.status?.podIP;
    // hostNetwork pods share the node's IP: the node, not the pod, owns that address here.
    if (ip && !p.spec.hostNetwork && !podByIP.has(ip)) podByIP.set(ip, p);
  }
  const serviceByVip = new Map<string, AdmittedService[]>();
  const vipByIP = new Map<string, VipEntry[]>();
  const nodePort = new Map<string, PortRef>();
  const nodePortByNumber = new Map<number, PortRef[]>();
  const viewsBySvc = new Map<AdmittedService, ServiceViews>();
  const viewsOf = (svc: AdmittedService): ServiceViews => {
    let v = viewsBySvc.get(svc);
    if (!v) {
      v = { byNode: [] };
      viewsBySvc.set(svc, v);
    }
    return v;
  };
  const serviceByName = new Map<string, AdmittedService>();
  const addVip = (ip: string, svc: AdmittedService) => {
    const list = serviceByVip.get(ip);
    if (!list) serviceByVip.set(ip, [svc]);
    else if (!list.includes(svc)) list.push(svc);
  };
  for (const svc of state.services) {
    serviceByName.set(svcKey(svc), svc);
    if (kubeProxySkipsService(svc)) continue;
    const spec = svc.spec;
    const lbIPs = (svc.status?.loadBalancer?.ingress ?? []).map((i) => i.ip).filter((ip): ip is string => !!ip);
    const views = viewsOf(svc);
    (spec.ports ?? []).forEach((p, portIndex) => {
      const proto = p.protocol;
      const put = (ip: string, kind: VipEntry['kind']) => {
        addVip(ip, svc);
        const list = vipByIP.get(ip);
        const e: VipEntry = { service: svc, portIndex, port: p.port, protocol: proto, views, kind };
        if (!list) vipByIP.set(ip, [e]);
        else if (!list.some((x) => x.port === p.port && x.protocol === proto)) list.push(e);
      };
      if (spec.clusterIP) put(spec.clusterIP, 'cluster-ip');
      for (const ip of spec.externalIPs ?? []) put(ip, 'external-ip');
      for (const ip of lbIPs) put(ip, 'load-balancer-ip');
      if (p.nodePort) {
        const ref: PortRef = { service: svc, portIndex, port: p.port, protocol: proto, views };
        const k = `${p.nodePort}/${proto}`;
        const prev = nodePort.get(k);
        nodePort.set(k, ref);
        // Same last-wins rule as the string-keyed map above.
        const list = (nodePortByNumber.get(p.nodePort) ?? []).filter((x) => x !== prev);
        list.push(ref);
        nodePortByNumber.set(p.nodePort, list);
      }
    });
  }
  const lbByIP = new Map<string, AdmittedService>();
  const healthCheckPort = new Map<number, AdmittedService>();
  for (const svc of state.services) {
    if (svc.spec.type !== 'LoadBalancer') continue;
    for (const ing of svc.status?.loadBalancer?.ingress ?? [])
      if (ing.ip && !lbByIP.has(ing.ip)) lbByIP.set(ing.ip, svc);
    if (svc.spec.externalTrafficPolicy === 'Local' && svc.spec.healthCheckNodePort)
      healthCheckPort.set(svc.spec.healthCheckNodePort, svc);
  }
  const slices = groupSlices(state.endpointSlices);
  // Node name → its slot in ServiceViews.byNode (any name a pod claims gets one, known node or not).
  const nodeSlot = new Map<string, number>();
  const viewIn = (
    views: ServiceViews,
    node: string,
    svc: AdmittedService,
    portIndex: number,
  ): ServicePortProxy | undefined => {
    let slot = nodeSlot.get(node);
    if (slot === undefined) {
      slot = nodeSlot.size;
      nodeSlot.set(node, slot);
    }
    let ports = views.byNode[slot];
    if (!ports) {
      ports = [];
      views.byNode[slot] = ports;
    }
    let sp = ports[portIndex];
    if (sp === undefined) {
      const port = svc.spec.ports?.[portIndex];
      sp =
        port && !kubeProxySkipsService(svc)
          ? buildServicePort(svc, port, portIndex, slices.get(svcKey(svc)) ?? [], node, nodeByName.get(node))
          : null;
      ports[portIndex] = sp;
    }
    return sp ?? undefined;
  };
  const nodeByName = new Map(nodes.map((n) => [n.metadata.name, n]));
  const bridgeIP = new Map(nodes.map((n) => [n.metadata.name, nodeBridgeIP(n)]));
  const kubeDnsIP = state.services.find((s) => s.metadata.namespace === 'kube-system' && s.metadata.name === 'kube-dns')
    ?.spec.clusterIP;
  const ingressLoadBalancerIP = state.services
    .find((s) => s.metadata.namespace === 'ingress-nginx' && s.spec.type === 'LoadBalancer')
    ?.status?.loadBalancer?.ingress?.find((i) => i.ip)?.ip;
  let ingress: IngressIndex | undefined;
  const podViews = new Map<string, PodView | null>();
  return {
    state,
    nodes,
    nodeIP,
    nodeByIP,
    podByIP,
    serviceByVip,
    vipByIP,
    nodePort,
    nodePortByNumber,
    serviceByName,
    podByName,
    lbByIP,
    healthCheckPort,
    kubeDnsIP,
    ingressLoadBalancerIP,
    bridgeIP,
    memo: new Map(),
    ingress() {
      ingress ??= buildIngressIndex(state);
      return ingress;
    },
    podView(ip) {
      let v = podViews.get(ip);
      if (v === undefined) {
        const pod = podByIP.get(ip);
        const namespace = pod?.metadata.namespace ?? 'default';
        const name = pod?.metadata.name ?? '';
        v = pod
          ? {
              pod,
              namespace,
              name,
              ref: flat(`${namespace}/${name}`),
              node: pod.spec.nodeName ?? '',
              ports: servedPorts(pod),
            }
          : null;
        podViews.set(ip, v);
      }
      return v ?? undefined;
    },
    servicePort(node, svc, portIndex) {
      return viewIn(viewsOf(svc), node, svc, portIndex);
    },
    viewOf(ref, node) {
      return viewIn(ref.views, node, ref.service, ref.portIndex);
    },
  };
}

export function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
