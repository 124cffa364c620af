// Turns a lesson's `from:` and `to:` strings into dataplane requests against one simulated cluster.
// Addresses the API server allocates (ClusterIPs, nodePorts, LB IPs) and pod names the ReplicaSet
// generates are unknown to the teacher, so `to:` names them with placeholders filled from the state.
import type { ClusterState } from '../model/clusterState.ts';

import type { AdmittedService, AdmittedPod } from '../model/admitted.ts';
import type { Source } from '../dataplane/types.ts';
import type { FromSpec, TargetSpec } from './types.ts';
import { nodeIPv4 } from '../model/nodeAddresses.ts';
import { parseSource } from '../dataplane/sourceText.ts';
import { proxyIPv4 } from '../api/service/serviceIPs.ts';

/** A placeholder that names something the cluster does not have (the page describes it in words). */
export interface Unresolved {
  placeholder: string;
  arg: string;
}

export type Resolved<T> =
  { ok: true; value: T } | { ok: false; error: string; unresolved?: Unresolved; badFrom?: 'noPod' | 'invalid' };

const nsName = (ref: string): [string, string] => {
  const i = ref.indexOf('/');
  return i < 0 ? ['default', ref] : [ref.slice(0, i), ref.slice(i + 1)];
};

/** A pod by `name`, `ns/name` or the start of a generated name (the first match in name order). */
export function findPod(state: ClusterState, ref: string): AdmittedPod | undefined {
  const [ns, name] = nsName(ref);
  const inNs = state.pods.filter((p) => p.metadata.namespace === ns);
  const exact = inNs.find((p) => p.metadata.name === name);
  if (exact) return exact;
  return inNs
    .filter((p) => p.metadata.name.startsWith(name))
    .sort((a, b) => (a.metadata.name < b.metadata.name ? -1 : 1))[0];
}

/** A lesson's `from:` in the core's one source text (sourceText.ts); a pod may be named by the start of its generated name. */
export function resolveFrom(state: ClusterState, from: FromSpec): Resolved<Source> {
  const parsed = parseSource(from);
  if (!parsed.ok) return { ok: false, error: parsed.error, badFrom: 'invalid' };
  const source = parsed.source;
  if (source.kind !== 'pod') return { ok: true, value: source };
  const pod = findPod(state, `${source.namespace}/${source.name}`);
  if (!pod) return { ok: false, error: `no pod matches "${from}"`, badFrom: 'noPod' };
  return {
    ok: true,
    value: { kind: 'pod', namespace: pod.metadata.namespace, name: pod.metadata.name },
  };
}

function findService(state: ClusterState, ref: string): AdmittedService | undefined {
  const [ns, name] = nsName(ref);
  return state.services.find((s) => s.metadata.name === name && s.metadata.namespace === ns);
}

function nodeIPs(state: ClusterState): { name: string; ip: string }[] {
  return state.nodes.map((n) => ({
    name: n.metadata.name,
    ip: nodeIPv4(n) ?? '',
  }));
}

/** One placeholder's value(s); `{nodeIP:*}` gives one per node. */
export function fillPlaceholder(state: ClusterState, kind: string, arg: string): Resolved<string[]> {
  const none = (what: string): Resolved<string[]> => ({
    ok: false,
    error: what,
    unresolved: { placeholder: kind, arg },
  });
  switch (kind) {
    case 'nodeIP': {
      const nodes = nodeIPs(state);
      if (arg === '*')
        return nodes.length ? { ok: true, value: nodes.map((n) => n.ip) } : none('the cluster has no nodes');
      const n = /^\d+$/.test(arg) ? nodes[Number(arg)] : nodes.find((x) => x.name === arg);
      return n ? { ok: true, value: [n.ip] } : none(`no node ${arg}`);
    }
    case 'clusterIP': {
      const ip = findService(state, arg)?.spec.clusterIP;
      return ip && ip !== 'None' ? { ok: true, value: [proxyIPv4(ip) ?? ip] } : none(`Service ${arg} has no ClusterIP`);
    }
    case 'lbIP': {
      const ip = findService(state, arg)?.status?.loadBalancer?.ingress?.find((i) => i.ip)?.ip;
      return ip
        ? { ok: true, value: [proxyIPv4(ip) ?? ip] }
        : none(`Service ${arg} has no load-balancer IP (is it type LoadBalancer?)`);
    }
    case 'nodePort': {
      const [svcRef, portName] = arg.includes(':')
        ? [arg.slice(0, arg.lastIndexOf(':')), arg.slice(arg.lastIndexOf(':') + 1)]
        : [arg, undefined];
      const ports = findService(state, svcRef)?.spec.ports ?? [];
      const p = portName === undefined ? ports[0] : ports.find((x) => x.name === portName);
      return p?.nodePort ? { ok: true, value: [String(p.nodePort)] } : none(`Service ${svcRef} has no nodePort`);
    }
    case 'podIP': {
      const ip = findPod(state, arg)?.status?.podIP;
      return ip ? { ok: true, value: [ip] } : none(`no pod ${arg} with an IP`);
    }
    default:
      return {
        ok: false,
        error: `unknown placeholder ${kind} (use clusterIP, nodeIP, lbIP, nodePort or podIP)`,
        unresolved: { placeholder: kind, arg },
      };
  }
}

/**
 * `{kind:arg}` in a lesson text: the one syntax of placeholders (README.md). No space inside, so a
 * YAML flow mapping in a hint (`{app: hello}`) is text.
 */
export const PLACEHOLDER = /\{(\w+):([^{}\s]+)\}/g;

/** Fills the placeholders of `to`; several values when it uses `{nodeIP:*}`. */
export function resolveTargets(state: ClusterState, to: TargetSpec): Resolved<string[]> {
  let out = [''];
  let last = 0;
  for (const m of to.matchAll(PLACEHOLDER)) {
    const values = fillPlaceholder(state, m[1]!, m[2]!);
    if (!values.ok) return values;
    const literal = to.slice(last, m.index);
    out = out.flatMap((prefix) => values.value.map((v) => prefix + literal + v));
    last = m.index + m[0].length;
  }
  return { ok: true, value: out.map((prefix) => prefix + to.slice(last)) };
}
