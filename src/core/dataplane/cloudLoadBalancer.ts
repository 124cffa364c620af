// The simulated cloud load balancer in front of a type: LoadBalancer Service. It listens on the
// Service's status.loadBalancer.ingress IP and ports and forwards each new connection to one
// node, chosen at random among healthy ones. Health: with externalTrafficPolicy Local the LB
// probes healthCheckNodePort and skips nodes answering 503 (no local ready endpoint); with
// Cluster every Ready node is a target (source-ip.md "Source IP for Services with
// Type=LoadBalancer"). Nodes labeled node.kubernetes.io/exclude-from-external-load-balancers are
// never targets (cloud-provider service controller). If no node is healthy the LB fails open to
// all nodes, as AWS NLB and GCP target pools do. ipMode VIP (default) forwards the packet with
// its LB destination, matched by kube-proxy's "loadbalancer IP" rule; ipMode Proxy terminates the
// connection and opens a new one from the LB to nodeIP:nodePort.
import type { AdmittedService } from '../model/admitted.ts';
import type { Client, DataplaneContext, Trace } from './context.ts';
import type { Ending } from './deliver.ts';
import type { Dest } from './route.ts';
import type { LoadBalancerView } from './types.ts';
import { throughKubeProxy } from './throughKubeProxy.ts';
import { healthCheck } from './healthCheckServer.ts';
import { svcKey } from './serviceAddresses.ts';
import { say } from './said.ts';
import { proxyIPv4, proxyLoadBalancerIPs } from '../api/service/serviceIPs.ts';

/** The nodes the load balancer of `svc` may send to, and those passing its health check (fixed for one cluster state, so memoized). */
export function lbTargets(ctx: DataplaneContext, svc: AdmittedService): LbTargets {
  const known = ctx.index.memo.get(svc) as LbTargets | undefined;
  if (known) return known;
  const t: LbTargets = { ...computeTargets(ctx, svc), texts: [] };
  ctx.index.memo.set(svc, t);
  return t;
}

interface LbTargets {
  healthy: string[];
  all: string[];
  /** Hop texts by listener (ingress index × port index) and pool position (they depend only on the state, the listener and the node). */
  texts: (string | undefined)[];
}

function computeTargets(ctx: DataplaneContext, svc: AdmittedService): { healthy: string[]; all: string[] } {
  const all = ctx.index.nodes
    .filter((n) => n.metadata.labels?.['node.kubernetes.io/exclude-from-external-load-balancers'] === undefined)
    .filter((n) => (n.status?.conditions ?? []).every((c) => c.type !== 'Ready' || c.status === 'True'))
    .map((n) => n.metadata.name);
  if (svc.spec.externalTrafficPolicy !== 'Local') return { healthy: all, all };
  const hc = svc.spec.healthCheckNodePort ?? 0;
  const healthy = all.filter((n) => {
    if (hc === 0) return true;
    return healthCheck(ctx, n, hc)?.status === 200;
  });
  return { healthy, all };
}

export function sendViaCloudLB(
  ctx: DataplaneContext,
  trace: Trace,
  client: Client,
  dest: Dest,
  svc: AdmittedService,
): Ending {
  const at = { kind: 'Service', namespace: svc.metadata.namespace, name: svc.metadata.name };
  const portIndex = (svc.spec.ports ?? []).findIndex((p) => p.port === dest.port && p.protocol === dest.protocol);
  if (portIndex < 0) {
    const ports = (svc.spec.ports ?? []).map((p) => `${p.port}/${p.protocol}`).join(', ');
    return {
      outcome: 'timeout',
      why: say('lb.noListener', { ip: dest.ip, service: svcKey(svc), port: dest.port, protocol: dest.protocol, ports }),
      at: { ...at, path: 'spec.ports' },
    };
  }
  const { healthy, all, texts } = lbTargets(ctx, svc);
  const pool = healthy.length > 0 ? healthy : all;
  if (pool.length === 0) return { outcome: 'timeout', why: say('lb.noReadyNode', { ip: dest.ip }), at };
  const pick = ctx.rng.int(pool.length);
  const node = pool[pick]!;
  const local = svc.spec.externalTrafficPolicy === 'Local';
  const ingresses = svc.status?.loadBalancer?.ingress ?? [];
  const ingIndex = ingresses.findIndex((i) => i.ip !== undefined && proxyIPv4(i.ip) === dest.ip);
  const proxyMode = ingresses[ingIndex]?.ipMode === 'Proxy';
  const srcIP = client.node !== undefined ? (ctx.index.nodeIP.get(client.node) ?? client.ip) : client.ip;
  // The listener (LB IP, port) is fixed by (ingress index, port index); the text by it and the node.
  const textKey = ingIndex < 0 ? -1 : (ingIndex * (svc.spec.ports?.length ?? 0) + portIndex) * pool.length + pick;
  let detail = textKey < 0 ? undefined : texts[textKey];
  if (detail === undefined) {
    detail = `cloud load balancer ${dest.ip}:${dest.port} → node ${node}${local ? ` (health check on node port ${svc.spec.healthCheckNodePort ?? '?'}: ${healthy.length ? `healthy nodes ${healthy.join(', ')}` : 'no healthy node, failing open'})` : ` (any of ${pool.length} Ready node${pool.length === 1 ? '' : 's'})`}${proxyMode ? `; ipMode Proxy: new connection from ${dest.ip} to ${ctx.index.nodeIP.get(node)}:${svc.spec.ports?.[portIndex]?.nodePort}` : ''}`;
    if (textKey >= 0) texts[textKey] = detail;
  }
  const address = `${dest.ip}:${dest.port}`;
  const healthPort = svc.spec.healthCheckNodePort ?? '?';
  const lb = local
    ? healthy.length
      ? say('hop.cloudLBHealthy', { address, node, healthPort, nodes: healthy.join(', ') })
      : say('hop.cloudLBFailOpen', { address, node, healthPort })
    : pool.length === 1
      ? say('hop.cloudLBAnyOne', { address, node })
      : say('hop.cloudLBAny', { address, node, count: pool.length });
  const nodeAddress = `${ctx.index.nodeIP.get(node)}:${svc.spec.ports?.[portIndex]?.nodePort}`;
  // ipMode Proxy: the load balancer ends the client's connection and opens its own to the node port.
  if (proxyMode) trace.connect(dest.ip, nodeAddress);
  trace.add(
    {
      kind: 'load-balancer',
      node,
      detail,
      say: proxyMode ? say('hop.cloudLBProxy', { lb, ip: dest.ip, nodeAddress }) : lb,
      at: { kind: at.kind, namespace: at.namespace, name: at.name, path: 'status.loadBalancer.ingress' },
      fromIP: srcIP,
      toIP: dest.ip,
    },
    proxyMode ? undefined : { src: srcIP },
  );
  if (proxyMode) {
    const nodePort = svc.spec.ports?.[portIndex]?.nodePort ?? 0;
    const nodeIP = ctx.index.nodeIP.get(node) ?? '';
    return throughKubeProxy(
      ctx,
      trace,
      node,
      svc,
      portIndex,
      'node-port',
      { kind: 'external', ip: dest.ip, name: 'load-balancer' },
      // A new address: its owner (ownerOf) and its text are not the LB IP's.
      { ...dest, ip: nodeIP, port: nodePort, owner: undefined, address: undefined },
      false,
    );
  }
  return throughKubeProxy(
    ctx,
    trace,
    node,
    svc,
    portIndex,
    'load-balancer-ip',
    { kind: 'external', ip: srcIP, name: client.name },
    dest,
    false,
  );
}

export function loadBalancerViews(ctx: DataplaneContext): LoadBalancerView[] {
  const out: LoadBalancerView[] = [];
  for (const svc of ctx.index.state.services) {
    if (svc.spec.type !== 'LoadBalancer') continue;
    const { healthy, all } = lbTargets(ctx, svc);
    for (const ip of proxyLoadBalancerIPs(svc, false)) {
      out.push({
        namespace: svc.metadata.namespace,
        name: svc.metadata.name,
        ip,
        ports: (svc.spec.ports ?? []).map((p) => p.port),
        healthyNodes: [...(healthy.length > 0 ? healthy : all)],
        externalTrafficPolicy: svc.spec.externalTrafficPolicy === 'Local' ? 'Local' : 'Cluster',
        ...(svc.spec.externalTrafficPolicy === 'Local' && svc.spec.healthCheckNodePort
          ? { healthCheckNodePort: svc.spec.healthCheckNodePort }
          : {}),
      });
    }
  }
  return out;
}
