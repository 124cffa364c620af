// Where a packet goes once the client knows the destination IP:port: kube-proxy on the client's
// own node intercepts Service VIPs (nat OUTPUT/PREROUTING → KUBE-SERVICES, so in-cluster traffic to
// an LB IP or externalIP short-circuits there); node IPs take NodePorts; pod IPs are routed over
// the pod network; from outside only node IPs, externalIPs and load-balancer IPs are reachable.
import type { DataplaneContext, Client, Trace } from './context.ts';
import type { Ending } from './deliver.ts';
import type { HttpRequest } from './types.ts';
import type { AdmittedService } from '../model/admitted.ts';
import { deliver } from './deliver.ts';
import { ownerOf, svcKey, type IpOwner, type PortRef, type VipEntry } from './serviceAddresses.ts';
import type { TargetRecord } from './targetRecord.ts';
import type { AdmittedNode } from '../model/admitted.ts';
import type { ClusterSettings } from '../model/settings.ts';
import type { ServicePortProxy } from './proxyModel.ts';
import { flat } from './flatString.ts';
import { cidrContains } from '../net/ipv4.ts';
import { sendViaCloudLB } from './cloudLoadBalancer.ts';
import { throughKubeProxy } from './throughKubeProxy.ts';
import { healthCheck } from './healthCheckServer.ts';
import { say, type Said } from './said.ts';
import { acceptsNodePorts } from './nodePortAddresses.ts';
import { proxyClusterIP } from '../api/service/serviceIPs.ts';

export interface Dest {
  ip: string;
  port: number;
  protocol: 'TCP' | 'UDP';
  http: HttpRequest;
  time: number;
  /** index.ownerByIP's record of `ip` once looked up (null: none); clusterIndex.ts ownerOf. */
  owner?: IpOwner | null;
  /** `ip:port`, when the request's target record wrote it. */
  address?: string | undefined;
  /** The request's target record, when `http`'s host and path are its own (its memos hold for the request). */
  target?: TargetRecord | undefined;
}

export function route(ctx: DataplaneContext, trace: Trace, client: Client, dest: Dest): Ending {
  const { index } = ctx;
  const own = ownerOf(index, dest);
  const vip = findPort(own, dest.port, dest.protocol);
  if (client.node !== undefined) {
    if (vip) {
      const sp = index.viewOf(vip, client.node);
      // ipMode: Proxy LB IPs get no kube-proxy rule: the packet really leaves for the load balancer.
      const intercepted = sp && (vip.kind !== 'load-balancer-ip' || sp.loadBalancerVIPs.includes(dest.ip));
      if (sp && intercepted)
        return throughKubeProxy(
          ctx,
          trace,
          client.node,
          vip.service,
          vip.portIndex,
          vip.kind,
          client,
          dest,
          client.kind === 'node',
          sp,
        );
    }
  } else {
    const svc = (own?.services ?? []).find((s) => proxyClusterIP(s) === dest.ip);
    if (svc)
      return unreachable(say('route.clusterIPFromOutside', { ip: dest.ip, service: svcKey(svc) }), svc, 'spec.type');
  }
  const lbOwner = own?.lb;
  if (lbOwner && (client.node === undefined || !vip)) return sendViaCloudLB(ctx, trace, client, dest, lbOwner);
  if (vip && vip.kind === 'external-ip' && client.node === undefined) {
    // The network routes an externalIP to some node (kube-proxy does not announce it); first node here.
    const node = index.nodes[0]?.metadata.name ?? '';
    trace.add({
      kind: 'node',
      node,
      detail: `the network routes externalIP ${dest.ip} to node ${node} (routing externalIPs is up to the cluster admin)`,
      say: say('hop.externalIPRouted', { ip: dest.ip, node }),
      toIP: dest.ip,
    });
    return throughKubeProxy(ctx, trace, node, vip.service, vip.portIndex, 'external-ip', client, dest, false);
  }
  const wrongPort = own?.services;
  if (wrongPort && wrongPort.length > 0) {
    const svc = wrongPort[0]!;
    const ports = (svc.spec.ports ?? []).map((p) => `${p.port}/${p.protocol}`).join(', ');
    const why = say('route.noServicePort', { port: dest.port, protocol: dest.protocol, service: svcKey(svc), ports });
    // iptables has no rule for an unknown port of a ClusterIP: the packet is routed on and never
    // answered; nftables rejects it (cluster-ips-check chain); IPVS binds the VIP to kube-ipvs0 so the node answers RST.
    const mode = ctx.proxy.settings.proxyMode;
    return {
      outcome: mode === 'iptables' ? 'timeout' : 'refused',
      why,
      at: {
        kind: 'Service',
        namespace: svc.metadata.namespace,
        name: svc.metadata.name,
        path: 'spec.ports',
      },
    };
  }
  // A request to a node's address by its target's text: what the node and its NodePort are is kept
  // on the target's record (nodeRoute below).
  const known = dest.target !== undefined && dest.protocol === 'TCP' ? nodeRoute(ctx, dest.target, dest) : undefined;
  const knownNp = known?.np;
  if (known && knownNp) {
    if (!known.accepts) return nodePortRefused(ctx, knownNp, known.nodeName, dest, false);
    if (client.node !== known.nodeName)
      trace.add({
        kind: 'node',
        node: known.nodeName,
        detail: known.toNode,
        say: say('hop.toNode', { node: known.nodeName, ip: dest.ip, port: dest.port }),
        fromIP: client.ip,
        toIP: dest.ip,
        packet: undefined,
      });
    if (known.viewNode !== known.nodeName) {
      known.viewNode = known.nodeName;
      known.view = index.viewOf(knownNp, known.nodeName);
    }
    return throughKubeProxy(
      ctx,
      trace,
      known.nodeName,
      known.service ?? knownNp.service,
      known.portIndex,
      'node-port',
      client,
      dest,
      client.kind === 'node' && client.node === known.nodeName,
      known.view,
    );
  }
  // 127.0.0.1 from a node's own network namespace (the node, a hostNetwork pod) is that node.
  const loopback = dest.ip.startsWith('127.') && client.node !== undefined && usesHostNetwork(ctx, client);
  const node =
    known && known.node === undefined
      ? undefined
      : loopback
        ? index.nodes.find((n) => n.metadata.name === client.node)
        : index.nodeByIP.get(dest.ip);
  if (node) {
    const nodeName = node.metadata.name;
    const np = index.nodePortByNumber.get(dest.port)?.find((r) => r.protocol === dest.protocol);
    // nodePortAddresses / localhostNodePorts: the address must be one kube-proxy takes NodePorts on.
    if (np && !acceptsNodePorts(ctx.proxy.settings, index.nodeIP.get(node.metadata.name) || null, dest.ip))
      return nodePortRefused(ctx, np, nodeName, dest, loopback);
    if (client.node !== nodeName && !loopback)
      trace.add({
        kind: 'node',
        node: nodeName,
        detail: `to node ${nodeName} (${dest.ip}) port ${dest.port}`,
        say: say('hop.toNode', { node: nodeName, ip: dest.ip, port: dest.port }),
        fromIP: client.ip,
        toIP: dest.ip,
      });
    if (np)
      return throughKubeProxy(
        ctx,
        trace,
        nodeName,
        np.service,
        np.portIndex,
        'node-port',
        client,
        dest,
        client.kind === 'node' && client.node === nodeName,
        index.viewOf(np, nodeName),
      );
    const hc = healthCheck(ctx, nodeName, dest.port);
    if (hc) {
      trace.add({
        kind: 'node',
        node: nodeName,
        detail: `kube-proxy's health check server on ${nodeName}:${dest.port} answers ${hc.status}: ${hc.body}`,
        say: say('hop.healthCheck', { node: nodeName, port: dest.port, status: hc.status, body: hc.body }),
      });
      trace.result = {
        ...trace.result,
        node: nodeName,
        status: hc.status,
        response: hc.body,
        sourceIP: client.ip,
        port: dest.port,
      };
      return hc.status === 200
        ? { outcome: 'ok' }
        : {
            outcome: 'http-error',
            why: hc.body.includes('"localEndpoints":0')
              ? say('route.healthCheckNoLocal', { node: nodeName })
              : say('route.healthCheckUnhealthy'),
          };
    }
    const ports = [...index.nodePort.keys()].join(', ');
    return {
      outcome: 'refused',
      why: say(ports ? 'route.nothingOnNodePort' : 'route.nothingOnNodePortNone', {
        node: nodeName,
        port: dest.port,
        protocol: dest.protocol,
        ports,
      }),
    };
  }
  const pod = index.podByIP.get(dest.ip);
  if (pod) {
    if (client.node === undefined)
      return unreachable(
        say('route.podIPFromOutside', { ip: dest.ip, pod: `${pod.metadata.namespace}/${pod.metadata.name}` }),
      );
    return deliver(ctx, trace, {
      fromNode: client.node,
      srcIP: client.ip,
      dstIP: dest.ip,
      dstPort: dest.port,
      protocol: dest.protocol,
      http: dest.http,
      time: dest.time,
    });
  }
  if (cidrContains(ctx.proxy.settings.serviceCIDR, dest.ip)) {
    return {
      outcome: client.node === undefined ? 'unreachable' : 'timeout',
      why: say('route.unallocatedClusterIP', { ip: dest.ip, cidr: ctx.proxy.settings.serviceCIDR.text }),
    };
  }
  return unreachable(say('route.noOwner', { ip: dest.ip }));
}

/** A NodePort kube-proxy does not take on `dest.ip` (nodePortAddresses, localhostNodePorts). */
function nodePortRefused(ctx: DataplaneContext, np: PortRef, nodeName: string, dest: Dest, loopback: boolean): Ending {
  return {
    outcome: 'refused',
    why: say(loopback ? 'route.localhostNodePortsOff' : 'route.nodePortAddressesExclude', {
      node: nodeName,
      ip: dest.ip,
      port: dest.port,
      protocol: dest.protocol,
      addresses: ctx.proxy.settings.nodePortAddresses.join(', '),
    }),
    at: {
      kind: 'Service',
      namespace: np.service.metadata.namespace,
      name: np.service.metadata.name,
      path: `spec.ports[${np.portIndex}].nodePort`,
    },
  };
}

/**
 * What a TCP request to a target's address meets as a node's address, fixed per cluster state and
 * kept on the target's record (TargetRecord.nodeRoute): the node owning it (index.nodeByIP), the
 * NodePort on its port (index.nodePortByNumber) and whether kube-proxy takes NodePorts there, the
 * "to node" hop's text and the NodePort's view on that node. A request then reads the record's
 * memo, not the address's text, the NodePort table, its list and entry, and the view list (a cold
 * load each with 10,000 Services). Not for a 127.0.0.0/8 address: which node that is depends on
 * the client (undefined).
 */
export interface NodeRoute {
  settings: ClusterSettings;
  node: AdmittedNode | undefined;
  nodeName: string;
  np: PortRef | undefined;
  service: AdmittedService | undefined;
  portIndex: number;
  accepts: boolean;
  toNode: string;
  viewNode: string | undefined;
  view: ServicePortProxy | undefined;
}

function nodeRoute(ctx: DataplaneContext, t: TargetRecord, dest: Dest): NodeRoute | undefined {
  const { index } = ctx;
  const settings = ctx.proxy.settings;
  let m = t.nodeRoute;
  if (m === undefined || (m !== null && m.settings !== settings)) {
    if (dest.ip.startsWith('127.')) m = null;
    else {
      const node = index.nodeByIP.get(dest.ip);
      const nodeName = node?.metadata.name ?? '';
      const np = node ? index.nodePortByNumber.get(dest.port)?.find((r) => r.protocol === 'TCP') : undefined;
      m = {
        settings,
        node,
        nodeName,
        np,
        service: np?.service,
        portIndex: np?.portIndex ?? -1,
        accepts: np !== undefined && acceptsNodePorts(settings, index.nodeIP.get(nodeName) || null, dest.ip),
        toNode: node ? flat(`to node ${nodeName} (${dest.ip}) port ${dest.port}`) : '',
        viewNode: undefined,
        view: undefined,
      };
    }
    t.nodeRoute = m;
  }
  return m ?? undefined;
}

/** The client runs in its node's network namespace: the node itself, or a hostNetwork pod (it has the node's IP). */
function usesHostNetwork(ctx: DataplaneContext, client: Client): boolean {
  return client.kind === 'node' || ctx.index.nodeByIP.get(client.ip)?.metadata.name === client.node;
}

/** The entry for port/protocol among an IP's service ports (a handful: a plain scan, the first without the array). */
function findPort(own: IpOwner | undefined, port: number, protocol: string): VipEntry | undefined {
  const first = own?.first;
  if (first === undefined) return undefined;
  if (first.port === port && first.protocol === protocol) return first;
  for (const e of own!.vips!) if (e.port === port && e.protocol === protocol) return e;
  return undefined;
}

function unreachable(why: Said, svc?: AdmittedService, path?: string): Ending {
  return {
    outcome: 'unreachable',
    why,
    ...(svc
      ? {
          at: {
            kind: 'Service',
            namespace: svc.metadata.namespace,
            name: svc.metadata.name,
            ...(path ? { path } : {}),
          },
        }
      : {}),
  };
}
