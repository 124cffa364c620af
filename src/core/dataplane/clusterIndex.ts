// Lookup tables over one ClusterState, built once per dataplane: who owns an IP, which Service a
// VIP:port belongs to, and kube-proxy's per-node model (built lazily: a service port's view on a
// node is computed the first time a packet crosses it). Like kube-proxy's nftables/IPVS hash maps,
// every per-request question is a map look-up, so routing costs the same for 10 or 10,000 Services.
// The tables come from clusterNodes.ts (nodes), serviceAddresses.ts (Service addresses and node
// ports) and podView.ts (a pod as the last hop reads it); this file joins them and answers the
// per-request questions (target, viewOf, podView).
import type { ClusterState } from '../model/clusterState.ts';
import type { AdmittedService, AdmittedPod, AdmittedNode } from '../model/admitted.ts';
import type { TargetHold } from './types.ts';
import { buildServicePort, groupSlices, kubeProxySkipsService, type ServicePortProxy } from './proxyModel.ts';
import { buildIngressIndex, type IngressIndex } from './ingressIndex.ts';
import { targetRecord, type TargetRecord } from './targetRecord.ts';
import type { EndpointTable } from './proxySync.ts';
import { buildNodeTables } from './clusterNodes.ts';
import { newPodView, type PodView } from './podView.ts';
import { proxyClusterIP } from '../api/service/serviceIPs.ts';
import {
  buildServiceAddresses,
  svcKey,
  type IpOwner,
  type PortRef,
  type PortViews,
  type VipEntry,
} from './serviceAddresses.ts';

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

export function buildClusterIndex(state: ClusterState): ClusterIndex {
  const { nodes, nodeIP, nodeByIP, nodeByName, bridgeIP } = buildNodeTables(state);
  const podByIP = new Map<string, AdmittedPod>();
  const podByName = new Map<string, AdmittedPod>();
  for (const p of state.pods) {
    podByName.set(`${p.metadata.namespace}/${p.metadata.name}`, p);
    const ip = p.status?.podIP;
    // hostNetwork pods share the node's IP: the node, not the pod, owns that address here.
    if (ip && !p.spec.hostNetwork && !podByIP.has(ip)) podByIP.set(ip, p);
  }
  const {
    serviceByVip,
    vipByIP,
    nodePort,
    nodePortByNumber,
    serviceByName,
    lbByIP,
    healthCheckPort,
    ingressLoadBalancerIP,
    ownerByIP,
    viewsOf,
  } = buildServiceAddresses(state);
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
  const kubeDns = state.services.find((s) => s.metadata.namespace === 'kube-system' && s.metadata.name === 'kube-dns');
  const kubeDnsIP = kubeDns && (proxyClusterIP(kubeDns) ?? undefined);
  let ingress: IngressIndex | undefined;
  const targets = new Map<string, TargetRecord>();
  const podViews = new Map<string, PodView | null>();
  const podView = (ip: string): PodView | undefined => {
    let v = podViews.get(ip);
    if (v === undefined) {
      const pod = podByIP.get(ip);
      v = pod ? newPodView(pod) : null;
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
