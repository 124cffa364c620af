// Which Service an address or node port belongs to, as kube-proxy's KUBE-SERVICES and
// KUBE-NODEPORTS match them: the routing entries (one per Service port and address), each holding
// that port's per-node views, and the owner record a request reads for its destination address in
// one look-up. Built once per ClusterState by buildClusterIndex (clusterIndex.ts).
import type { ClusterState } from '../model/clusterState.ts';
import type { AdmittedService } from '../model/admitted.ts';
import type { Entry } from './types.ts';
import { kubeProxySkipsService, type ServicePortProxy } from './proxyModel.ts';
import { proxyClusterIP, proxyExternalIPs, proxyLoadBalancerIPs, proxyIPv4 } from '../api/service/serviceIPs.ts';

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
export function ownerOf(
  index: { ownerByIP: Map<string, IpOwner> },
  dest: { ip: string; owner?: IpOwner | null },
): IpOwner | undefined {
  if (dest.owner === undefined) dest.owner = index.ownerByIP.get(dest.ip) ?? null;
  return dest.owner ?? undefined;
}

export const svcKey = (svc: AdmittedService): string => `${svc.metadata.namespace}/${svc.metadata.name}`;

/** The address and node-port tables of one state (ClusterIndex's fields of the same names). */
export interface ServiceAddresses {
  serviceByVip: Map<string, AdmittedService[]>;
  vipByIP: Map<string, VipEntry[]>;
  nodePort: Map<string, PortRef>;
  nodePortByNumber: Map<number, PortRef[]>;
  serviceByName: Map<string, AdmittedService>;
  lbByIP: Map<string, AdmittedService>;
  healthCheckPort: Map<number, AdmittedService>;
  ingressLoadBalancerIP: string | undefined;
  ownerByIP: Map<string, IpOwner>;
  /** The views of a Service's port (made on first ask), which its routing entries hold. */
  viewsOf(svc: AdmittedService, portIndex: number): PortViews;
}

export function buildServiceAddresses(state: ClusterState): ServiceAddresses {
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
    // The addresses as kube-proxy matches them (serviceIPs.ts): `010.96.0.12` is 10.96.0.12.
    const clusterIP = proxyClusterIP(svc);
    const externalIPs = proxyExternalIPs(svc);
    const lbIPs = proxyLoadBalancerIPs(svc, false);
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
      if (clusterIP !== null) put(clusterIP, 'cluster-ip');
      for (const ip of externalIPs) put(ip, 'external-ip');
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
    for (const ip of proxyLoadBalancerIPs(svc, false)) if (!lbByIP.has(ip)) lbByIP.set(ip, svc);
    if (svc.spec.externalTrafficPolicy === 'Local' && svc.spec.healthCheckNodePort)
      healthCheckPort.set(svc.spec.healthCheckNodePort, svc);
  }
  const ingressLB = state.services
    .find((s) => s.metadata.namespace === 'ingress-nginx' && s.spec.type === 'LoadBalancer')
    ?.status?.loadBalancer?.ingress?.find((i) => i.ip)?.ip;
  const ingressLoadBalancerIP = ingressLB === undefined ? undefined : (proxyIPv4(ingressLB) ?? ingressLB);
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
  return {
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
