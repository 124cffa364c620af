// Lookup tables over one ClusterState, built once per dataplane: who owns an IP, which Service a
// VIP:port belongs to, and kube-proxy's per-node model (built lazily: a service port's view on a
// node is computed the first time a packet crosses it). Like kube-proxy's nftables/IPVS hash maps,
// every per-request question is a map look-up, so routing costs the same for 10 or 10,000 Services.
import type { ClusterState } from '../model/clusterState.ts';
import type { AdmittedService, AdmittedPod, AdmittedNode } from '../model/admitted.ts';
import type { Entry, HopAt, TargetHold } from './types.ts';
import type { Said } from './said.ts';
import { buildServicePort, groupSlices, kubeProxySkipsService, type ServicePortProxy } from './proxyModel.ts';
import { parseCidr } from '../net/ipv4.ts';
import { buildIngressIndex, type IngressIndex } from './ingressIndex.ts';
import { servedPorts } from '../model/podPorts.ts';
import { flat } from './flatString.ts';
import { nodeIPv4 } from '../model/nodeAddresses.ts';
import { isIngressControllerPod } from './podAnswer.ts';
import { GATEWAY_NAME_LABEL } from '../controllers/gatewayController.ts';
import { targetRecord, type TargetRecord } from './targetRecord.ts';
import type { EndpointTable } from './proxySync.ts';

export type { TargetRecord } from './targetRecord.ts';

/** A Service port as a routing table entry points at it, with that port's per-node views at hand. */
export interface PortRef {
  service: AdmittedService;
  portIndex: number;
  port: number;
  protocol: string;
  views: PortViews;
  /**
   * The node that last asked for a view here, and its view: an address is mostly asked from one
   * node at a time (a pod's own), and the entry is read anyway, so the views array is not.
   */
  lastNode: string | undefined;
  lastView: ServicePortProxy | undefined;
}

export interface VipEntry extends PortRef {
  kind: 'cluster-ip' | 'external-ip' | 'load-balancer-ip';
}

/**
 * kube-proxy's views of one Service port: node slot → view (null: no rules). Held by the port's
 * routing entries, so a packet reaches its view without searching a table of every Service, in two
 * loads (a level per Service and per port cost a cold load each with 10,000 Services).
 */
export type PortViews = (ServicePortProxy | null | undefined)[];

/**
 * What the data path asks about an address a Service owns (ClusterIP, externalIP, LB IP), found with
 * one look-up per request: vipByIP's ports, serviceByVip's Services, lbByIP's owner and the
 * request's entry object (entry.ts). Separate maps cost a cold hash probe each with 10,000 Services.
 */
export interface IpOwner {
  /** vips[0], kept on the record: most addresses have one port, and the array is a load of its own. */
  first: VipEntry | undefined;
  vips: VipEntry[] | undefined;
  services: AdmittedService[] | undefined;
  lb: AdmittedService | undefined;
  /**
   * The object a request to this address enters first: the LoadBalancer if one has it, else its
   * Service (undefined: none). Frozen: every request's result to the address shares it (RequestResult.entry).
   */
  entry: Entry | undefined;
  /** The address is the ingress-nginx controller's load-balancer IP (index.ingressLoadBalancerIP). */
  ingressLB: boolean;
}

/** The owner record of a destination, looked up once per Dest and kept on it. */
export function ownerOf(index: ClusterIndex, dest: { ip: string; owner?: IpOwner | null }): IpOwner | undefined {
  if (dest.owner === undefined) dest.owner = index.ownerByIP.get(dest.ip) ?? null;
  return dest.owner ?? undefined;
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
  /** The three maps above, joined per address. */
  ownerByIP: Map<string, IpOwner>;
  /**
   * parseTargetCached(text) and, for an IP, its ownerByIP record: one look-up by the request's own
   * text instead of one to parse it and one by the parsed address (bounded like the parse cache).
   */
  target(text: string, hold?: TargetHold): TargetRecord;
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

/** A pod as the last hop sees it: its names, node, declared ports and labels the hop asks about, read once. */
export interface PodView {
  pod: AdmittedPod;
  namespace: string;
  name: string;
  /** `ns/name` */
  ref: string;
  node: string;
  ports: { name?: string; port: number; protocol: string }[];
  /** An ingress-nginx controller pod (podAnswer.ts isIngressControllerPod). */
  ingressController: boolean;
  /** Carries the Gateway name label, so it may be a Gateway's data plane (gatewayIndex.ts gatewayOfPod). */
  gatewayLabel: boolean;
  /**
   * Its answer on the port it last answered on (podAnswer.ts is pure per pod; -1: none yet), and
   * that hop's texts: `ip:port`, and the text before and after the client's address. Kept on the
   * view itself, not in an object of its own: a packet then reads one object for its pod.
   */
  servedPort: number;
  servedProtocol: string;
  servedResponse: string;
  servedNote: string | undefined;
  servedAddress: string;
  servedHead: string;
  servedTail: string;
  /**
   * The client address it last answered and that hop's whole text (servedHead + client +
   * servedTail). A pod is mostly asked from one address at a time (a pod client's own, its node's
   * when kube-proxy masquerades, the ingress controller pod's for an Ingress backend), so the next
   * packet from that address reuses the text instead of reading the two strings to join them anew:
   * they are made on the pod's first answer, and with 10,000 Services far from the view.
   */
  servedClient: string | undefined;
  servedDetail: string;
  /** What that hop says (with servedDetail: made for servedClient, undefined until then); the results from that client share it. */
  servedSaid: Said | undefined;
  /** Where the pod's hops point (`Pod` namespace/name), frozen: the results share it. */
  at: HopAt;
  /** An ingress-nginx controller's "accepts" hop text up to the client's address, made on its first request ('': not yet; deliver.ts). */
  acceptsHead: string;
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
  // Service → port index → its views.
  const viewsBySvc = new Map<AdmittedService, PortViews[]>();
  const viewsOf = (svc: AdmittedService, portIndex: number): PortViews => {
    let ports = viewsBySvc.get(svc);
    if (!ports) {
      ports = [];
      viewsBySvc.set(svc, ports);
    }
    let v = ports[portIndex];
    if (!v) {
      v = [];
      ports[portIndex] = v;
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
    (spec.ports ?? []).forEach((p, portIndex) => {
      const proto = p.protocol;
      const views = viewsOf(svc, portIndex);
      const put = (ip: string, kind: VipEntry['kind']) => {
        addVip(ip, svc);
        const list = vipByIP.get(ip);
        const e = vipEntry(svc, portIndex, p.port, proto, views, kind);
        if (!list) vipByIP.set(ip, [e]);
        else if (!list.some((x) => x.port === p.port && x.protocol === proto)) list.push(e);
      };
      if (spec.clusterIP) put(spec.clusterIP, 'cluster-ip');
      for (const ip of spec.externalIPs ?? []) put(ip, 'external-ip');
      for (const ip of lbIPs) put(ip, 'load-balancer-ip');
      if (p.nodePort) {
        const np = portRef(svc, portIndex, p.port, proto, views);
        const k = `${p.nodePort}/${proto}`;
        const prev = nodePort.get(k);
        nodePort.set(k, np);
        // Same last-wins rule as the string-keyed map above.
        const list = (nodePortByNumber.get(p.nodePort) ?? []).filter((x) => x !== prev);
        list.push(np);
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
  const ingressLoadBalancerIP = state.services
    .find((s) => s.metadata.namespace === 'ingress-nginx' && s.spec.type === 'LoadBalancer')
    ?.status?.loadBalancer?.ingress?.find((i) => i.ip)?.ip;
  const ownerByIP = new Map<string, IpOwner>();
  for (const ip of [...lbByIP.keys(), ...serviceByVip.keys()]) {
    if (ownerByIP.has(ip)) continue;
    const lb = lbByIP.get(ip);
    const svc = lb ?? serviceByVip.get(ip)?.[0];
    const vips = vipByIP.get(ip);
    ownerByIP.set(ip, {
      first: vips?.[0],
      vips,
      services: serviceByVip.get(ip),
      lb,
      entry: svc
        ? Object.freeze({
            kind: lb ? 'LoadBalancer' : 'Service',
            namespace: svc.metadata.namespace,
            name: svc.metadata.name,
          })
        : undefined,
      ingressLB: ip === ingressLoadBalancerIP,
    });
  }
  const slices = groupSlices(state.endpointSlices);
  // Node name → its slot in PortViews (any name a pod claims gets one, known node or not).
  const nodeSlot = new Map<string, number>();
  // The endpoint records the views' syncs write, in one table (proxySync.ts EndpointTable).
  const table: EndpointTable = [];
  const viewIn = (
    views: PortViews,
    node: string,
    svc: AdmittedService,
    portIndex: number,
  ): ServicePortProxy | undefined => {
    let slot = nodeSlot.get(node);
    if (slot === undefined) {
      slot = nodeSlot.size;
      nodeSlot.set(node, slot);
    }
    let sp = views[slot];
    if (sp === undefined) {
      const port = svc.spec.ports?.[portIndex];
      sp =
        port && !kubeProxySkipsService(svc)
          ? buildServicePort(svc, port, portIndex, slices.get(svcKey(svc)) ?? [], node, nodeByName.get(node))
          : null;
      if (sp) sp.table = table;
      views[slot] = sp;
    }
    return sp ?? undefined;
  };
  const nodeByName = new Map(nodes.map((n) => [n.metadata.name, n]));
  const bridgeIP = new Map(nodes.map((n) => [n.metadata.name, nodeBridgeIP(n)]));
  const kubeDnsIP = state.services.find((s) => s.metadata.namespace === 'kube-system' && s.metadata.name === 'kube-dns')
    ?.spec.clusterIP;
  let ingress: IngressIndex | undefined;
  const targets = new Map<string, TargetRecord>();
  const podViews = new Map<string, PodView | null>();
  const podView = (ip: string): PodView | undefined => {
    let v = podViews.get(ip);
    if (v === undefined) {
      const pod = podByIP.get(ip);
      const namespace = pod?.metadata.namespace ?? 'default';
      const name = pod?.metadata.name ?? '';
      // What every delivered packet reads first (deliver.ts), then the rest: with 10,000 Services a
      // view is cold, and each cache line it spans costs a load.
      v = pod
        ? {
            pod,
            ref: flat(`${namespace}/${name}`),
            node: pod.spec.nodeName ?? '',
            at: Object.freeze({ kind: 'Pod', namespace, name }),
            ingressController: isIngressControllerPod(pod),
            gatewayLabel: pod.metadata.labels?.[GATEWAY_NAME_LABEL] !== undefined,
            servedPort: -1,
            servedProtocol: '',
            servedResponse: '',
            servedNote: undefined,
            servedClient: undefined,
            servedDetail: '',
            servedSaid: undefined,
            namespace,
            name,
            ports: servedPorts(pod),
            servedAddress: '',
            servedHead: '',
            servedTail: '',
            acceptsHead: '',
          }
        : null;
      podViews.set(ip, v);
    }
    return v ?? undefined;
  };
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
    ownerByIP,
    healthCheckPort,
    kubeDnsIP,
    ingressLoadBalancerIP,
    bridgeIP,
    memo: new Map(),
    ingress() {
      ingress ??= buildIngressIndex(state);
      return ingress;
    },
    target(text, hold) {
      // The view the hold's last request went through, read before the record: with 10,000
      // Services both are cold, and the CPU waits for the two loads at once rather than for the
      // record here and the view in route.ts (perf: 11.5 % of a spread ClusterIP request on the
      // view's first load in route). A view synced in another index (another table) is let go.
      const view = hold?.view as ServicePortProxy | undefined;
      if (view !== undefined && view.table !== table) hold!.view = undefined;
      // A held record is this index's (its table) and this text's: the strings are mostly the same
      // object, compared without reading either.
      const held = hold?.record as TargetRecord | undefined;
      if (held !== undefined && held.table === targets && held.text === text) return held;
      let r = targets.get(text);
      if (r === undefined) {
        r = targetRecord(text, ownerByIP, targets);
        if (targets.size >= 65_536) targets.clear();
        targets.set(text, r);
      }
      if (hold !== undefined) hold.record = r;
      return r;
    },
    podView,
    servicePort(node, svc, portIndex) {
      return viewIn(viewsOf(svc, portIndex), node, svc, portIndex);
    },
    viewOf(ref, node) {
      if (ref.lastNode === node) return ref.lastView;
      const sp = viewIn(ref.views, node, ref.service, ref.portIndex);
      ref.lastNode = node;
      ref.lastView = sp;
      return sp;
    },
  };
}

// A routing entry is read by every packet to its address: one literal per shape, every field present from the start.
function portRef(
  service: AdmittedService,
  portIndex: number,
  port: number,
  protocol: string,
  views: PortViews,
): PortRef {
  return { service, portIndex, port, protocol, views, lastNode: undefined, lastView: undefined };
}

function vipEntry(
  service: AdmittedService,
  portIndex: number,
  port: number,
  protocol: string,
  views: PortViews,
  kind: VipEntry['kind'],
): VipEntry {
  return { service, portIndex, port, protocol, views, lastNode: undefined, lastView: undefined, kind };
}

export function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
