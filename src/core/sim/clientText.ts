// The one text form of a client declaration (clientDecl.ts), read and written here only: share
// links, drafts and lesson.yaml store it, the traffic panel edits it. Pure (no simulator code): the
// page runs it itself (eslint.config.js, scripts/importGraph.ts).
// Sources: the dataplane's own text (sourceText.ts: external, external/IP, node/NAME, pod/[NS/]NAME)
// and two that pick a pod on every load:
//   deployment/[NS/]NAME   (also statefulset, daemonset, replicaset; kubectl's deploy, sts, ds, rs)
//   selector/[NS/]KEY=VALUE[,KEY=VALUE…]
// Targets:
//   service/[NS/]NAME[:PORT]            the Service's ClusterIP (svc)
//   nodeport/[NS/]NAME[:PORT][@NODE]    its nodePort on NODE, or on any node without @NODE
//   loadbalancer/[NS/]NAME[:PORT]       its load-balancer IP (lb)
//   ingress/HOST[/PATH]                 an Ingress host, from wherever the client is
//   podip/POD-SOURCE:PORT               a pod's own IP, the pod named as a source (podip/deployment/default/hello:9376)
//   anything else                       a URL, `ip:port` or DNS name, sent as written
// PORT is a port name or number; without it, the Service's first port.
import { formatSource, parseSource, SOURCE_FORMS, type SourceRefusal } from '../dataplane/sourceText.ts';
import type { ClientDecl, PortRef, SourceDecl, TargetDecl, WorkloadKind } from './clientDecl.ts';

/**
 * The addresses outside clients are given: TEST-NET-3 (203.0.113.0/24, RFC 5737), the core's default
 * for outside addresses (TEST-NET-2, 198.51.100.0/24, is the simulated cloud's load-balancer pool,
 * so a client there would look like one of the cluster's own LB addresses).
 */
export const EXTERNAL_IPS = ['203.0.113.10', '203.0.113.25', '203.0.113.50', '203.0.113.77'] as const;

/** The first address of TEST-NET-3 no declared outside client uses (a new client is a new host). */
export function unusedExternalIP(clients: readonly ClientDecl[]): string {
  const used = new Set(clients.flatMap((c) => (c.from.kind === 'external' ? [c.from.ip ?? EXTERNAL_IPS[0]] : [])));
  for (const ip of EXTERNAL_IPS) if (!used.has(ip)) return ip;
  for (let i = 11; i < 255; i++) if (!used.has(`203.0.113.${i}`)) return `203.0.113.${i}`;
  return EXTERNAL_IPS[0];
}

/**
 * Why a text does not read as a client declaration: a code and its parameters, worded for people at
 * the edge (src/text/messages.ts, in English and Korean); `text` is the text as written, quoted.
 */
export type DeclProblemCode =
  | 'decl.workloadForm'
  | 'decl.selectorForm'
  | 'decl.sourceForm'
  | 'decl.sourceExternalIP'
  | 'decl.sourceNames'
  | 'decl.nodeAfterAt'
  | 'decl.serviceForm'
  | 'decl.nodePortForm'
  | 'decl.podIPForm'
  | 'decl.ingressForm'
  | 'decl.emptyTarget';

export interface DeclProblem {
  code: DeclProblemCode;
  params: Readonly<Record<string, string>>;
}

export type DeclParse<T> = { ok: true; value: T } | { ok: false; problem: DeclProblem };

const refuse = (code: DeclProblemCode, text: string, params: Record<string, string> = {}): DeclParse<never> => ({
  ok: false,
  problem: { code, params: { text: JSON.stringify(text), ...params } },
});

const WORKLOADS: Record<string, WorkloadKind> = {
  deployment: 'Deployment',
  deployments: 'Deployment',
  deploy: 'Deployment',
  statefulset: 'StatefulSet',
  statefulsets: 'StatefulSet',
  sts: 'StatefulSet',
  daemonset: 'DaemonSet',
  daemonsets: 'DaemonSet',
  ds: 'DaemonSet',
  replicaset: 'ReplicaSet',
  replicasets: 'ReplicaSet',
  rs: 'ReplicaSet',
};

const TARGETS: Record<string, 'clusterIP' | 'nodePort' | 'loadBalancer'> = {
  service: 'clusterIP',
  services: 'clusterIP',
  svc: 'clusterIP',
  nodeport: 'nodePort',
  loadbalancer: 'loadBalancer',
  lb: 'loadBalancer',
};

/** A DNS-1123 name (namespace, object, node). */
const NAME = /^[a-z0-9]([-a-z0-9.]*[a-z0-9])?$/;
/** A label key (optionally prefixed) and value, as `kubectl get -l` takes them. */
const LABEL = /^([a-zA-Z0-9]([-a-zA-Z0-9_.]*[a-zA-Z0-9])?\/)?[a-zA-Z0-9]([-a-zA-Z0-9_.]*[a-zA-Z0-9])?$/;
const LABEL_VALUE = /^([a-zA-Z0-9]([-a-zA-Z0-9_.]*[a-zA-Z0-9])?)?$/;

/** `[NS/]NAME` → namespace and name (`namespace` when absent: `default`, or kubectl's -n). */
function nsName(rest: string, namespace: string): [string, string] | null {
  const parts = rest.split('/');
  const [ns, name] = parts.length === 1 ? [namespace, parts[0]!] : parts.length === 2 ? parts : [null, null];
  return ns !== null && name !== null && NAME.test(ns) && NAME.test(name) ? [ns, name] : null;
}

/** `namespace`: the namespace of a name written without one (`default`, or the CLI's -n). */
export function parseSourceDecl(text: string, namespace = 'default'): DeclParse<SourceDecl> {
  const slash = text.indexOf('/');
  const kind = slash < 0 ? text : text.slice(0, slash);
  const rest = slash < 0 ? '' : text.slice(slash + 1);
  const workload = WORKLOADS[kind];
  if (workload) {
    const n = nsName(rest, namespace);
    if (!n) return refuse('decl.workloadForm', text, { kind });
    return { ok: true, value: { kind: 'workload', workload, namespace: n[0], name: n[1] } };
  }
  if (kind === 'selector') {
    const parts = rest.split('/');
    const [ns, sel] = parts.length === 1 ? [namespace, parts[0]!] : [parts[0]!, parts.slice(1).join('/')];
    const labels: Record<string, string> = {};
    const pairs = sel.split(',');
    const good =
      NAME.test(ns) &&
      pairs.every((p) => {
        const eq = p.indexOf('=');
        const k = p.slice(0, eq);
        const v = p.slice(eq + 1);
        if (eq < 1 || !LABEL.test(k) || !LABEL_VALUE.test(v) || k in labels) return false;
        labels[k] = v;
        return true;
      });
    if (!good) return refuse('decl.selectorForm', text);
    return { ok: true, value: { kind: 'selector', namespace: ns, labels } };
  }
  const s = parseSource(text, namespace);
  return s.ok ? { ok: true, value: s.source } : refuse(SOURCE_PROBLEM[s.why], text, { forms: SOURCE_FORMS });
}

/** parseSource's refusal (dataplane/sourceText.ts decides it) as this catalogue's code. */
const SOURCE_PROBLEM: Record<SourceRefusal, DeclProblemCode> = {
  form: 'decl.sourceForm',
  externalIP: 'decl.sourceExternalIP',
  names: 'decl.sourceNames',
};

export function formatSourceDecl(d: SourceDecl): string {
  switch (d.kind) {
    case 'workload':
      return `${d.workload.toLowerCase()}/${d.namespace}/${d.name}`;
    case 'selector':
      return `selector/${d.namespace}/${selectorText(d.labels)}`;
    case 'external':
    case 'node':
    case 'pod':
      return formatSource(d);
  }
}

/** `app=web,tier=front` (keys in the order written). */
export function selectorText(labels: Readonly<Record<string, string>>): string {
  return Object.entries(labels)
    .map(([k, v]) => `${k}=${v}`)
    .join(',');
}

const portText = (p: PortRef | undefined): string => (p === undefined ? '' : `:${p}`);
const readPort = (p: string): PortRef => (/^\d+$/.test(p) ? Number(p) : p);

export function parseTargetDecl(text: string, namespace = 'default'): DeclParse<TargetDecl> {
  const slash = text.indexOf('/');
  const kind = TARGETS[text.slice(0, slash)];
  const rest = text.slice(slash + 1);
  if (slash > 0 && kind) {
    let body = rest;
    let node: string | undefined;
    const at = body.indexOf('@');
    if (kind === 'nodePort' && at >= 0) {
      node = body.slice(at + 1);
      body = body.slice(0, at);
      if (!NAME.test(node)) return refuse('decl.nodeAfterAt', text);
    }
    const colon = body.indexOf(':');
    const port = colon < 0 ? undefined : body.slice(colon + 1);
    const n = nsName(colon < 0 ? body : body.slice(0, colon), namespace);
    if (!n || (port !== undefined && !/^(\d{1,5}|[a-z0-9]([-a-z0-9]*[a-z0-9])?)$/.test(port)))
      return refuse(kind === 'nodePort' ? 'decl.nodePortForm' : 'decl.serviceForm', text, {
        kind: text.slice(0, slash),
      });
    const base = { namespace: n[0], service: n[1], ...(port !== undefined ? { port: readPort(port) } : {}) };
    if (kind === 'nodePort') return { ok: true, value: { kind, ...base, ...(node ? { node } : {}) } };
    return { ok: true, value: { kind, ...base } };
  }
  if (text.startsWith('podip/')) {
    const colon = rest.lastIndexOf(':');
    const pod = colon < 0 ? null : parseSourceDecl(rest.slice(0, colon), namespace);
    const port = Number(rest.slice(colon + 1));
    if (
      !pod?.ok ||
      (pod.value.kind !== 'pod' && pod.value.kind !== 'workload' && pod.value.kind !== 'selector') ||
      !(port >= 1 && port <= 65535 && Number.isInteger(port))
    )
      return refuse('decl.podIPForm', text);
    return { ok: true, value: { kind: 'podIP', pod: pod.value, port } };
  }
  if (text.startsWith('ingress/')) {
    const i = rest.indexOf('/');
    const host = (i < 0 ? rest : rest.slice(0, i)).toLowerCase();
    const path = i < 0 ? '/' : rest.slice(i);
    if (!NAME.test(host)) return refuse('decl.ingressForm', text);
    return { ok: true, value: { kind: 'ingress', host, path } };
  }
  const url = text.trim();
  if (url === '') return refuse('decl.emptyTarget', text);
  return { ok: true, value: { kind: 'url', url } };
}

export function formatTargetDecl(d: TargetDecl): string {
  switch (d.kind) {
    case 'clusterIP':
      return `service/${d.namespace}/${d.service}${portText(d.port)}`;
    case 'nodePort':
      return `nodeport/${d.namespace}/${d.service}${portText(d.port)}${d.node ? `@${d.node}` : ''}`;
    case 'loadBalancer':
      return `loadbalancer/${d.namespace}/${d.service}${portText(d.port)}`;
    case 'ingress':
      return `ingress/${d.host}${d.path === '/' ? '' : d.path}`;
    case 'podIP':
      return `podip/${formatSourceDecl(d.pod)}:${d.port}`;
    case 'url':
      return d.url;
  }
}
