// Who sends: a pod (its IP and node), a node's own process (its InternalIP), or an outside host.
import type { DataplaneContext, Client } from './context.ts';
import type { Hop, HopAt, Source } from './types.ts';
import { DEFAULT_EXTERNAL_IP } from './types.ts';
import { ipv4 } from './ipMemo.ts';
import { flat } from './flatString.ts';
import { say, sayShared, type Said } from './said.ts';

export type SourceResult = { ok: true; client: Client; hop: Hop } | { ok: false; why: Said; at?: HopAt };

export function resolveSource(ctx: DataplaneContext, from: Source): SourceResult {
  const { index } = ctx;
  if (from.kind === 'pod') {
    // A client keeps its source object (src/core/sim/traffic.ts): what it resolves to in this state is kept for it.
    let sources = index.memo.get(POD_SOURCES) as WeakMap<Source, PodSource> | undefined;
    if (sources === undefined) index.memo.set(POD_SOURCES, (sources = new WeakMap()));
    const known = sources.get(from);
    if (known !== undefined && known.namespace === from.namespace && known.name === from.name) return podClient(known);
    const pod = index.podByName.get(`${from.namespace}/${from.name}`);
    if (!pod) {
      const near = index.state.pods.filter((p) => p.metadata.namespace === from.namespace).map((p) => p.metadata.name);
      const like = near.filter((n) => n.startsWith(from.name));
      const list = (like.length ? like : near).slice(0, 5).join(', ');
      return {
        ok: false,
        why: list
          ? like.length
            ? say('source.podNotFoundLike', { pod: `${from.namespace}/${from.name}`, list })
            : say('source.podNotFoundList', { pod: `${from.namespace}/${from.name}`, namespace: from.namespace, list })
          : say('source.podNotFound', { pod: `${from.namespace}/${from.name}` }),
      };
    }
    const ip = pod.status?.podIP;
    const node = pod.spec.nodeName;
    const at: HopAt = { kind: 'Pod', namespace: from.namespace, name: from.name };
    if (!node)
      return {
        ok: false,
        why: say('source.podUnscheduled', { pod: `${from.namespace}/${from.name}` }),
        at,
      };
    if (!ip) return { ok: false, why: say('source.podNoIP', { pod: `${from.namespace}/${from.name}` }), at };
    const ref = flat(`${from.namespace}/${from.name}`);
    const resolved: PodSource = {
      namespace: from.namespace,
      name: from.name,
      ip,
      node,
      detail: flat(`pod ${from.namespace}/${from.name} (${ip}) on ${node} opens a connection`),
      client: Object.freeze({ kind: 'pod', ip, ipNum: ipv4(ip), node, namespace: from.namespace, name: from.name }),
      said: sayShared('hop.clientPod', { pod: ref, ip, node }),
      at: Object.freeze({ kind: 'Pod', namespace: from.namespace, name: from.name }),
    };
    sources.set(from, resolved);
    return podClient(resolved);
  }
  if (from.kind === 'node') {
    const ip = index.nodeIP.get(from.name);
    if (ip === undefined)
      return {
        ok: false,
        why: index.nodeIP.size
          ? say('source.nodeNotFound', { node: from.name, nodes: [...index.nodeIP.keys()].join(', ') })
          : say('source.nodeNotFoundNone', { node: from.name }),
      };
    return {
      ok: true,
      client: { kind: 'node', ip, node: from.name, name: from.name },
      hop: {
        kind: 'client',
        node: from.name,
        detail: `a process on node ${from.name} (${ip}) opens a connection`,
        say: say('hop.clientNode', { node: from.name, ip }),
        fromIP: ip,
        at: { kind: 'Node', name: from.name },
      },
    };
  }
  const ip = from.ip ?? DEFAULT_EXTERNAL_IP;
  // Per state, an address is either a valid outside client (its hop's text and parts) or a refusal: answered once.
  let known = index.memo.get(EXTERNAL_CLIENTS) as Map<string, ExternalSource | null> | undefined;
  if (!known) {
    known = new Map();
    index.memo.set(EXTERNAL_CLIENTS, known);
  }
  let ext = known.get(ip);
  if (ext === undefined) {
    ext =
      ipv4(ip) === null || index.nodeByIP.has(ip) || index.podByIP.has(ip)
        ? null
        : {
            detail: `client ${ip} outside the cluster opens a connection`,
            client: Object.freeze({ kind: 'external', ip, ipNum: ipv4(ip), name: ip }),
            said: sayShared('hop.clientExternal', { ip }),
          };
    if (known.size >= 65_536) known.clear();
    known.set(ip, ext);
  }
  if (ext === null) {
    if (ipv4(ip) === null) return { ok: false, why: say('source.notIPv4', { ip }) };
    return {
      ok: false,
      why: say('source.externalInCluster', { ip, example: DEFAULT_EXTERNAL_IP }),
    };
  }
  return {
    ok: true,
    client: ext.client,
    hop: { kind: 'client', detail: ext.detail, say: ext.said, fromIP: ip, packet: undefined },
  };
}

/**
 * An outside address as a valid client in one cluster state: its hop's text and said, and the
 * client, made once (index.memo's EXTERNAL_CLIENTS). The said and the client are frozen: results share them.
 */
interface ExternalSource {
  detail: string;
  client: Client;
  said: Said;
}

/**
 * A pod source as resolved in one cluster state, kept per source object (index.memo's POD_SOURCES,
 * a WeakMap: a source no client keeps is let go). Checked against the source's names, should its
 * object be changed after.
 */
interface PodSource {
  namespace: string;
  name: string;
  ip: string;
  node: string;
  detail: string;
  /** The client, and the client hop's said and place, made once and frozen: the results share them. */
  client: Client;
  said: Said;
  at: HopAt;
}

/** The memo key of the pod sources resolved (index.memo is keyed by objects). */
const POD_SOURCES = {};

/**
 * The client and its hop. The hop is a new object for every request (the trace gives it its packet
 * header); the client and the hop's said and place are the source's own, frozen and shared by its results.
 */
function podClient(p: PodSource): SourceResult {
  return {
    ok: true,
    client: p.client,
    hop: { kind: 'client', node: p.node, detail: p.detail, say: p.said, fromIP: p.ip, at: p.at, packet: undefined },
  };
}

/** The memo key of the external-client answers (index.memo is keyed by objects). */
const EXTERNAL_CLIENTS = {};
