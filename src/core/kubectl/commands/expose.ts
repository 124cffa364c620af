// `kubectl expose (deployment|replicaset|pod|service) NAME` — kubectl's Service generator
// (pkg/cmd/expose/expose.go, polymorphichelpers canbeexposed.go, mapbasedselectorforobject.go,
// portsforobject.go, protocolsforobject.go; facts in docs/kubectl.md §4): name from
// --name or the object (63 chars), selector from --selector or the object, ports from --port or
// introspection (one port unnamed, several named port-1…, port-<i>-<proto> when a number has
// several protocols), targetPort = --target-port on every port or the port itself.
import type { Scenario } from '../../scenario/load.ts';
import type { K8sObject } from '../../model/objects.ts';
import { GLOBAL_FLAGS, parseFlags, type FlagSpec } from '../../argv/flags.ts';
import { fail, type KubectlResult } from '../result.ts';
import { notFound, resolveTargets } from '../targets.ts';
import { createFromGenerator } from './admitNew.ts';

const FLAGS: readonly FlagSpec[] = [
  ...GLOBAL_FLAGS,
  { long: 'port', value: true },
  { long: 'target-port', value: true },
  { long: 'type', value: true },
  { long: 'name', value: true },
  { long: 'protocol', value: true },
  { long: 'selector', value: true },
  { long: 'labels', short: 'l', value: true },
  { long: 'session-affinity', value: true },
  { long: 'external-ip', value: true },
  { long: 'cluster-ip', value: true },
  { long: 'load-balancer-ip', value: true },
];

type Spec = {
  template?: { spec?: PodSpecLike };
  selector?: { matchLabels?: Record<string, string>; matchExpressions?: unknown[] };
} & PodSpecLike;
interface PodSpecLike {
  containers?: { ports?: { containerPort?: number; protocol?: string }[] }[];
}

/** mapBasedSelectorForObject. */
function selectorFor(obj: K8sObject): Record<string, string> | string {
  const spec = (obj.spec ?? {}) as Spec & { selector?: unknown };
  switch (obj.kind) {
    case 'Pod': {
      const labels = obj.metadata?.labels ?? {};
      return Object.keys(labels).length > 0 ? { ...labels } : 'the pod has no labels and cannot be exposed';
    }
    case 'Service': {
      const sel = (obj.spec as { selector?: Record<string, string> } | undefined)?.selector ?? {};
      return Object.keys(sel).length > 0 ? { ...sel } : 'the service has no pod selector set';
    }
    case undefined:
    default: {
      const sel = spec.selector as Spec['selector'];
      if (sel?.matchExpressions && sel.matchExpressions.length > 0)
        return `couldn't convert expressions - "${JSON.stringify(sel.matchExpressions)}" to map-based selector format`;
      const ml = sel?.matchLabels ?? {};
      return Object.keys(ml).length > 0
        ? { ...ml }
        : `invalid ${String(obj.kind).toLowerCase()}: no selectors, therefore cannot be exposed`;
    }
  }
}

/** portsForObject + protocolsForObject: unique container ports (in order) and each one's protocols. */
function introspectPorts(obj: K8sObject): { port: number; protocols: string[] }[] {
  const out: { port: number; protocols: string[] }[] = [];
  const add = (port: number | undefined, protocol: string | undefined) => {
    if (typeof port !== 'number') return;
    const proto = protocol ?? 'TCP';
    const e = out.find((x) => x.port === port);
    if (!e) out.push({ port, protocols: [proto] });
    else if (!e.protocols.includes(proto)) e.protocols.push(proto);
  };
  if (obj.kind === 'Service') {
    for (const p of (obj.spec as { ports?: { port?: number; protocol?: string }[] } | undefined)?.ports ?? [])
      add(p.port, p.protocol);
    return out;
  }
  const spec = (obj.spec ?? {}) as Spec;
  const podSpec = obj.kind === 'Pod' ? spec : spec.template?.spec;
  for (const c of podSpec?.containers ?? []) for (const p of c.ports ?? []) add(p.containerPort, p.protocol);
  return out;
}

const EXPOSABLE = new Set(['Pod', 'Service', 'Deployment', 'ReplicaSet']);

export function runExpose(scenario: Scenario, args: readonly string[]): KubectlResult {
  const parsed = parseFlags(args, FLAGS, 'expose');
  if (!parsed.ok) return fail(parsed.error);
  const { positional, values } = parsed.flags;
  if (positional.length === 0)
    return fail(
      `error: You must provide one or more resources by argument or filename.\nExample resource specifications include:\n   '-f rsrc.yaml'\n   '--filename=rsrc.json'\n   '<resource> <name>'\n   '<resource>'`,
    );
  const resolved = resolveTargets(scenario, positional, values.get('namespace') ?? 'default', false);
  if (!resolved.ok) return fail(resolved.error);
  const t = resolved.targets[0];
  if (!t) return fail('error: no objects passed to expose');
  if (!EXPOSABLE.has(t.type.kind))
    return fail(`error: cannot expose a ${t.type.kind}${t.type.group ? `.${t.type.group}` : ''}`);
  if (!t.obj) return fail(notFound(t));
  const obj = t.obj;

  const affinity = values.get('session-affinity');
  if (affinity !== undefined && affinity !== 'None' && affinity !== 'ClientIP')
    return fail(`error: unknown session affinity: ${affinity}`);
  let selector: Record<string, string> | string;
  const selFlag = values.get('selector');
  if (selFlag !== undefined) {
    selector = {};
    for (const pair of selFlag.split(',')) {
      const [k, v, extra] = pair.split('=');
      if (!k || v === undefined || extra !== undefined) return fail(`error: invalid selector: ${selFlag}`);
      selector[k.trim()] = v.trim();
    }
  } else {
    selector = selectorFor(obj);
  }
  if (typeof selector === 'string') return fail(`error: ${selector}`);

  const protocolFlag = values.get('protocol');
  const portFlag = values.get('port');
  const found = introspectPorts(obj);
  let ports: { port: number; protocols: string[] }[];
  if (portFlag !== undefined && portFlag !== '') {
    ports = [];
    for (const p of portFlag.split(',')) {
      const n = Number(p);
      if (!/^\d+$/.test(p.trim()) || n > 65535) return fail(`error: ${JSON.stringify(p)} is not a valid port number`);
      ports.push({ port: n, protocols: found.find((x) => x.port === n)?.protocols ?? ['TCP'] });
    }
  } else {
    ports = found;
  }
  if (ports.length === 0 && values.get('cluster-ip') !== 'None')
    return fail("error: couldn't find port via --port flag or introspection");

  const targetFlag = values.get('target-port');
  const servicePorts: Record<string, unknown>[] = [];
  ports.forEach((p, i) => {
    const protocols = protocolFlag ? [protocolFlag] : p.protocols;
    for (const proto of protocols) {
      const name =
        ports.length === 1 && protocols.length === 1
          ? ''
          : protocols.length > 1
            ? `port-${i + 1}-${proto.toLowerCase()}`
            : `port-${i + 1}`;
      const targetPort =
        targetFlag !== undefined && targetFlag !== ''
          ? /^\d+$/.test(targetFlag)
            ? Number(targetFlag)
            : targetFlag
          : p.port;
      servicePorts.push({ ...(name ? { name } : {}), port: p.port, protocol: proto, targetPort });
    }
  });

  const name = (values.get('name') ?? t.name).slice(0, 63);
  let labels: Record<string, string> | undefined = obj.metadata.labels ? { ...obj.metadata.labels } : undefined;
  const labelFlag = values.get('labels');
  if (labelFlag !== undefined) {
    labels = {};
    for (const pair of labelFlag.split(',')) {
      const [k, v] = pair.split('=');
      if (!k || v === undefined) return fail(`error: invalid label spec: ${pair}`);
      labels[k] = v;
    }
  }
  const type = values.get('type');
  const externalIP = values.get('external-ip');
  const clusterIP = values.get('cluster-ip');
  const lbIP = values.get('load-balancer-ip');
  const svc = {
    apiVersion: 'v1',
    kind: 'Service',
    metadata: {
      name,
      ...(t.namespace !== 'default' ? { namespace: t.namespace } : {}),
      ...(labels && Object.keys(labels).length > 0 ? { labels } : {}),
    },
    spec: {
      ...(clusterIP ? { clusterIP } : {}),
      ...(externalIP ? { externalIPs: [externalIP] } : {}),
      ...(lbIP && type === 'LoadBalancer' ? { loadBalancerIP: lbIP } : {}),
      ...(servicePorts.length > 0 ? { ports: servicePorts } : {}),
      selector,
      ...(affinity ? { sessionAffinity: affinity } : {}),
      ...(type ? { type } : {}),
    },
  };
  return createFromGenerator(scenario, svc, `service/${name} exposed`);
}
