// From the request's target text to a destination IP:port: parse it, then resolve a name the way
// this client would (dnsStep.ts). ExternalName Services answer with a CNAME out of the cluster.
import type { DataplaneContext, Client, Trace } from './context.ts';
import type { Hop, HopAt, HttpRequest, Outcome, SendRequest } from './types.ts';
import type { Dest } from './route.ts';
import type { IpOwner } from './serviceAddresses.ts';
import type { TargetRecord } from './targetRecord.ts';
import { resolveChain } from './dnsStep.ts';
import { clientDnsConfig, publicRecord, resolveForClient, type PublicRecord } from './clusterDns.ts';
import { nodeDnsConfig, resolvConfText, type DnsAnswer, type PodDnsConfig } from '../controllers/dns.ts';
import { flat } from './flatString.ts';
import { say, sayEnglish, type Said } from './said.ts';

export type DestResult = { ok: true; dest: Dest } | { ok: false; outcome: Outcome; why: Said; at?: HopAt };

const KUBE_DNS_IP_FALLBACK = '10.96.0.10';

export function resolveDestination(ctx: DataplaneContext, trace: Trace, client: Client, req: SendRequest): DestResult {
  const t = ctx.index.target(req.to, req.hold);
  if (t.why !== null) return { ok: false, outcome: 'unreachable', why: t.why };
  const protocol = req.protocol ?? 'TCP';
  // A request that gives nothing apart from its target text carries the target's host and path: a
  // plain literal (each spread of httpRequest is a call into the runtime). Not kept on the target's
  // record: with 10,000 Services an object kept there is a cold load for every reader of the request line.
  const http =
    req.host === undefined && req.path === undefined && !req.method && !req.headers && t.scheme !== 'https'
      ? { host: t.host, path: t.path }
      : httpRequest(t, req);
  if (t.isIP)
    return {
      ok: true,
      dest: {
        ip: t.host,
        port: t.port,
        protocol,
        http,
        time: req.time,
        owner: t.owner,
        address: t.address,
        // Its memos hold while the request's host and path are the target's own (route.ts, ingressProxy.ts).
        target: req.host === undefined && req.path === undefined ? t : undefined,
      },
    };
  const state = ctx.index.state;

  if (client.kind === 'external') {
    // Public DNS knows the Ingress hosts (pointing at the ingress controller's LB IP), nothing else.
    // Its answer for the target's host is fixed per state: the target's record keeps it.
    let ip = t.publicIP;
    if (ip === undefined && t.publicDns === undefined) {
      const rec = publicRecord(ctx.index, t.host);
      t.publicDns = rec;
      ip = t.publicIP = rec?.ip;
    }
    if (ip) {
      const detail = t.publicDetail;
      trace.add(
        detail !== undefined ? keptDnsHop(t, detail, t.host, ip) : publicDnsHop(ctx, t.publicDns!, t.host, ip, '', t),
      );
      const dest = found(ip, t.port, protocol, http, req.time);
      // The request's host and path are the target's own: its record's memos hold (ingressProxy.ts).
      if (dest.ok && req.host === undefined && req.path === undefined) dest.dest.target = t;
      return dest;
    }
    return {
      ok: false,
      outcome: 'dns-error',
      why: say(t.publicDns ? 'dns.publicNoRecordNoLB' : 'dns.publicNoRecord', { host: t.host }),
    };
  }
  // A node's processes, and pods on the node's resolver, ask the node's upstream: the public DNS.
  const pod = client.kind === 'pod' ? ctx.index.podByName.get(`${client.namespace}/${client.name}`) : undefined;
  const ns = client.namespace ?? 'default';
  const config = client.kind === 'node' ? nodeConfig(ctx, client.node) : clientDnsConfig(state, pod, ns);
  const ask = (name: string): DnsAnswer => resolveForClient(ctx.index, ctx.resolve, config, ns, name);
  const { answer, chain } = resolveChain(ask, state, t.host);
  const dnsIP = ctx.index.kubeDnsIP ?? KUBE_DNS_IP_FALLBACK;
  const server = config.nameservers[0] ?? '127.0.0.1';
  const viaCluster = server === dnsIP;
  const rule = ruleText(ctx, config);
  if (answer.kind === 'A' && answer.upstream) {
    const rec = publicRecord(ctx.index, answer.fqdn);
    const ip = answer.addresses[0]!;
    const by = viaCluster ? `kube-dns (${dnsIP}) forwards ${answer.fqdn} upstream; ` : `nameserver ${server}: `;
    const hop = publicDnsHop(ctx, rec!, answer.fqdn, ip, by);
    const said = viaCluster
      ? say('hop.dnsForwarded', { server: dnsIP, fqdn: answer.fqdn, public: hop.say! })
      : say('hop.dnsNameserver', { server, public: hop.say! });
    trace.add({ ...hop, say: said, node: client.node, rule });
    return found(ip, t.port, protocol, http, req.time);
  }
  if (answer.kind === 'NXDOMAIN' && !viaCluster) {
    const params = { host: t.host, server, tried: answer.tried.join(', ') };
    if (client.kind === 'node')
      return { ok: false, outcome: 'dns-error', why: say('dns.nodeResolver', { node: client.name, host: t.host }) };
    const who = { ...params, pod: `${ns}/${client.name}` };
    const at: HopAt = { kind: 'Pod', namespace: ns, name: client.name, path: 'spec.dnsPolicy' };
    const why =
      pod?.spec.dnsPolicy === 'None'
        ? say('dns.podCustomResolver', who)
        : pod?.spec.dnsPolicy === 'Default'
          ? say('dns.podNodeResolver', who)
          : say('dns.podHostNetwork', who);
    trace.add({
      kind: 'dns',
      node: client.node,
      detail: `nameserver ${server} answers NXDOMAIN for ${t.host}`,
      say: say('hop.dnsNameserverNxdomain', { server, host: t.host }),
      rule,
      at,
    });
    return { ok: false, outcome: 'dns-error', why, at };
  }
  if (answer.kind === 'NXDOMAIN') {
    const other = state.services.find((s) => s.metadata.name === t.host.split('.')[0] && s.metadata.namespace !== ns);
    const nx = { host: t.host, tried: answer.tried.join(', ') };
    const why = other
      ? say('dns.nxdomainOtherNamespace', {
          ...nx,
          service: t.host.split('.')[0]!,
          namespace: other.metadata.namespace,
          name: `${other.metadata.name}.${other.metadata.namespace}`,
        })
      : say('dns.nxdomain', nx);
    trace.add({
      kind: 'dns',
      node: client.node,
      detail: `kube-dns (${dnsIP}) answers NXDOMAIN for ${t.host}`,
      say: say('hop.dnsNxdomain', { server: dnsIP, host: t.host }),
      rule,
      ...(other
        ? {
            at: {
              kind: 'Service',
              namespace: other.metadata.namespace,
              name: other.metadata.name,
              path: 'metadata.namespace',
            },
          }
        : {}),
    });
    return { ok: false, outcome: 'dns-error', why };
  }
  if (answer.kind === 'CNAME') {
    trace.add({
      kind: 'dns',
      node: client.node,
      detail: `kube-dns (${dnsIP}): ${[...chain].join('; ')}`,
      say: say('hop.dnsAnswer', { server: dnsIP, records: chain.join('; ') }),
      rule,
    });
    const target = answer.target.replace(/\.$/, '');
    const svcName = answer.fqdn.split('.')[0] ?? '';
    const svcNs = answer.fqdn.split('.')[1] ?? ns;
    const at: HopAt = { kind: 'Service', namespace: svcNs, name: svcName, path: 'spec.externalName' };
    trace.add({
      kind: 'external',
      node: client.node,
      detail: `ExternalName: the connection leaves the cluster for ${target}:${t.port}; kube-proxy is not involved`,
      say: say('hop.externalName', { target: `${target}:${t.port}` }),
      at,
    });
    return {
      ok: false,
      outcome: 'unreachable',
      why: say('dns.externalName', { fqdn: answer.fqdn, target }),
      at,
    };
  }
  const addresses = answer.addresses;
  // CoreDNS's `loadbalance` plugin (kubeadm's default Corefile) shuffles A records; clients take the first.
  const ip = addresses.length > 1 ? addresses[ctx.rng.int(addresses.length)]! : addresses[0];
  if (ip === undefined) return { ok: false, outcome: 'dns-error', why: say('dns.noAddress', { host: t.host }) };
  trace.add({
    kind: 'dns',
    node: client.node,
    detail: `kube-dns (${dnsIP}): ${chain.length ? `${chain.join('; ')}; ` : ''}${answer.fqdn} → ${addresses.join(', ')}`,
    say: say('hop.dnsAnswer', {
      server: dnsIP,
      records: `${chain.length ? `${chain.join('; ')}; ` : ''}${answer.fqdn} → ${addresses.join(', ')}`,
    }),
    rule,
    toIP: ip,
  });
  return found(ip, t.port, protocol, http, req.time);
}

/** The HTTP request line and headers of `req` to target `t`. */
function httpRequest(t: TargetRecord, req: SendRequest): HttpRequest {
  return {
    // The parsed host is lowercase already (target.ts): only a Host header given apart is lowered here.
    host: req.host !== undefined ? req.host.toLowerCase() : t.host,
    path: req.path ?? t.path,
    ...(req.method ? { method: req.method } : {}),
    ...(req.headers ? { headers: req.headers } : {}),
    ...(t.scheme === 'https' ? { tls: t.isIP ? {} : { sni: t.host } } : {}),
  };
}

/**
 * A target record's public DNS answer (TargetRecord), and for an Ingress host the texts of its hop
 * (made on first use): a request then reads its record, not the Ingress and its metadata and a
 * table per Ingress (a cold load each with 10,000 Services). On the record itself: kept in objects
 * of their own (a memo, the PublicRecord, the texts), they were cold loads behind the record.
 */
export interface PublicDnsMemo {
  /** The answer's address (publicDns.ip), read by every request. */
  publicIP: string | undefined;
  /** The hop's text and its Ingress (`namespace/name`, namespace, name); undefined: not made yet (publicDnsHop). */
  publicDetail: string | undefined;
  publicIngress: string;
  publicNamespace: string;
  publicName: string;
  /** The answer (null: none); undefined: not asked yet. */
  publicDns: PublicRecord | null | undefined;
}

/** The public DNS hop of a memo whose texts are made. */
function keptDnsHop(memo: PublicDnsMemo, detail: string, host: string, lb: string): Hop {
  return {
    kind: 'dns',
    detail,
    say: say('hop.dnsPublic', { host, lb, ingress: memo.publicIngress }),
    at: { kind: 'Ingress', namespace: memo.publicNamespace, name: memo.publicName, path: 'spec.rules' },
    toIP: lb,
  };
}

/** The hop of a public DNS answer for an Ingress or Gateway host; an Ingress's text is built once per state, Ingress and host. */
function publicDnsHop(
  ctx: DataplaneContext,
  rec: PublicRecord,
  host: string,
  lb: string,
  by: string,
  memo?: PublicDnsMemo,
): Hop {
  if ('gateway' in rec) {
    const gw = rec.gateway;
    const said = say('hop.dnsPublicGateway', {
      host,
      address: lb,
      gateway: `${gw.metadata.namespace}/${gw.metadata.name}`,
    });
    const text = sayEnglish(said);
    return {
      kind: 'dns',
      detail: by ? flat(`${by}${text}`) : text,
      say: said,
      at: { kind: 'Gateway', namespace: gw.metadata.namespace, name: gw.metadata.name, path: 'spec.listeners' },
      toIP: lb,
    };
  }
  const ing = rec.ingress;
  let byHost = ctx.index.memo.get(ing) as Map<string, string> | undefined;
  if (!byHost) {
    byHost = new Map();
    ctx.index.memo.set(ing, byHost);
  }
  let text = byHost.get(host);
  if (text === undefined) {
    text = flat(
      `public DNS: ${host} → ${lb} (the ingress controller's load balancer, serving Ingress ${ing.metadata.namespace}/${ing.metadata.name})`,
    );
    if (byHost.size >= 1_024) byHost.clear(); // wildcard hosts are unbounded
    byHost.set(host, text);
  }
  // The hop is the same for every request to this host with no resolver before public DNS (`by` empty).
  if (memo && by === '') {
    memo.publicIngress = flat(`${ing.metadata.namespace}/${ing.metadata.name}`);
    memo.publicNamespace = ing.metadata.namespace;
    memo.publicName = ing.metadata.name;
    memo.publicDetail = text;
  }
  return {
    kind: 'dns',
    detail: by ? flat(`${by}${text}`) : text,
    say: say('hop.dnsPublic', { host, lb, ingress: `${ing.metadata.namespace}/${ing.metadata.name}` }),
    at: { kind: 'Ingress', namespace: ing.metadata.namespace, name: ing.metadata.name, path: 'spec.rules' },
    toIP: lb,
  };
}

/** A table kept in the index's memo under `key` (a state's answers do not change). */
function memoTable<K, V>(ctx: DataplaneContext, key: object): Map<K, V> {
  let table = ctx.index.memo.get(key) as Map<K, V> | undefined;
  if (!table) {
    table = new Map();
    ctx.index.memo.set(key, table);
  }
  return table;
}
const NODE_CONFIGS = {};
const RULES = {};

/** A node's resolv.conf, once per node. */
function nodeConfig(ctx: DataplaneContext, node: string | undefined): PodDnsConfig {
  const byNode = memoTable<string, PodDnsConfig>(ctx, NODE_CONFIGS);
  let c = byNode.get(node ?? '');
  if (!c) byNode.set(node ?? '', (c = nodeDnsConfig(ctx.index.state, node)));
  return c;
}

/** The resolv.conf text a dns hop shows, once per config. */
function ruleText(ctx: DataplaneContext, config: PodDnsConfig): string {
  const byConfig = memoTable<PodDnsConfig, string>(ctx, RULES);
  let text = byConfig.get(config);
  if (text === undefined) byConfig.set(config, (text = resolvConfText(config).trimEnd()));
  return text;
}

function found(
  ip: string,
  port: number,
  protocol: 'TCP' | 'UDP',
  http: Dest['http'],
  time: number,
  owner?: IpOwner | null,
): DestResult {
  return { ok: true, dest: { ip, port, protocol, http, time, owner } };
}
