// Requests and kubectl command lines drawn against a loaded cluster: the arbitrary picks indices
// and shapes, and these functions turn them into real names, addresses and ports of that state
// (or into garbage, on purpose), so the data path and the printers see both hits and misses.
import fc from 'fast-check';
import type { ClusterState } from '../model/clusterState.ts';
import type { SendRequest, Source } from '../dataplane/types.ts';
import { nodeIPv4 } from '../model/nodeAddresses.ts';

export interface RequestSpec {
  from: 'pod' | 'node' | 'external';
  to: 'name' | 'fqdn' | 'clusterIP' | 'nodePort' | 'podIP' | 'url' | 'garbage';
  index: number;
  port: number;
  garbage: string;
  protocol: 'TCP' | 'UDP' | undefined;
  time: number;
}

export const requestSpecArb: fc.Arbitrary<RequestSpec> = fc.record({
  from: fc.constantFrom('pod', 'pod', 'node', 'external'),
  to: fc.constantFrom('name', 'fqdn', 'clusterIP', 'clusterIP', 'nodePort', 'podIP', 'url', 'garbage'),
  index: fc.nat({ max: 10_000 }),
  port: fc.oneof(fc.constant(-1), fc.integer({ min: 0, max: 70_000 })),
  garbage: fc.oneof(
    fc.string({ maxLength: 30 }),
    fc.constantFrom(
      'http://',
      ':80',
      'web:',
      '[::1]:80',
      'a'.repeat(300),
      '10.96.0.1:99999',
      'web.default.svc.cluster.local.',
    ),
  ),
  protocol: fc.constantFrom(undefined, 'TCP', 'UDP'),
  time: fc.integer({ min: 0, max: 100_000 }),
});

const at = <T>(list: readonly T[], i: number): T | undefined => (list.length === 0 ? undefined : list[i % list.length]);

export function toSendRequest(state: ClusterState, spec: RequestSpec): SendRequest {
  const pod = at(state.pods, spec.index);
  const node = at(state.nodes, spec.index);
  const from: Source =
    spec.from === 'pod' && pod
      ? { kind: 'pod', namespace: pod.metadata.namespace, name: pod.metadata.name }
      : spec.from === 'node' && node
        ? { kind: 'node', name: node.metadata.name }
        : { kind: 'external' };
  const svc = at(state.services, spec.index);
  const svcPort = at(svc?.spec.ports ?? [], spec.index);
  const port = spec.port >= 0 ? spec.port : (svcPort?.port ?? 80);
  const nodeIP = (node && nodeIPv4(node)) ?? '192.168.1.11';
  const name = svc?.metadata.name ?? 'web';
  const ns = svc?.metadata.namespace ?? 'default';
  const to =
    spec.to === 'name'
      ? name
      : spec.to === 'fqdn'
        ? `${name}.${ns}.svc.cluster.local:${port}`
        : spec.to === 'clusterIP'
          ? `${svc?.spec.clusterIP ?? '10.96.0.1'}:${port}`
          : spec.to === 'nodePort'
            ? `${nodeIP}:${svcPort?.nodePort ?? spec.port}`
            : spec.to === 'podIP'
              ? `${pod?.status?.podIP ?? '10.244.1.2'}:${port}`
              : spec.to === 'url'
                ? `http://${name}.${ns}:${port}/path?q=1`
                : spec.garbage;
  return { from, to, time: spec.time, ...(spec.protocol ? { protocol: spec.protocol } : {}) };
}

export interface KubectlSpec {
  verb: string;
  resource: string;
  index: number;
  flags: string[][];
}

export const kubectlSpecArb: fc.Arbitrary<KubectlSpec> = fc.record({
  verb: fc.constantFrom('get', 'get', 'get', 'describe', 'describe', 'run', 'explain', 'delete', ''),
  resource: fc.constantFrom(
    'svc',
    'services',
    'pods',
    'po',
    'endpoints',
    'endpointslices',
    'ep',
    'ingress',
    'deploy',
    'rs',
    'sts',
    'ds',
    'nodes',
    'ns',
    'all',
    'svc,pods',
    'ingressclass',
    'bogus',
    '',
  ),
  index: fc.nat({ max: 10_000 }),
  flags: fc.array(
    fc.constantFrom(
      ['-o', 'wide'],
      ['-o', 'yaml'],
      ['-o', 'json'],
      ['-o', 'name'],
      ['-o', 'jsonpath={.items}'],
      ['-o'],
      ['-A'],
      ['-n', 'kube-system'],
      ['-n', 'prod'],
      ['-n'],
      ['-l', 'app=web'],
      ['-l', 'app in (web,api)'],
      ['-l', '!!!'],
      ['--show-labels'],
      ['--all-namespaces'],
      ['--no-headers'],
      ['--bogus-flag'],
      ['--image=busybox', '--rm', '-it', '--restart=Never', '--', 'wget', '-qO-', 'web'],
      ['--', 'nslookup', 'web'],
    ),
    { maxLength: 3 },
  ),
});

/** A kubectl argv naming a real object of the state at `index` (or none). */
export function toKubectlArgv(state: ClusterState, spec: KubectlSpec): string[] {
  const objects = [...state.services, ...state.pods, ...state.endpointSlices, ...state.deployments];
  const name = spec.index % 3 === 0 ? [] : [at(objects, spec.index)?.metadata.name ?? 'missing'];
  const resource = spec.verb === 'run' ? [] : spec.resource ? [spec.resource] : [];
  return [spec.verb, ...resource, ...(spec.verb === 'run' ? ['client'] : name), ...spec.flags.flat()].filter(
    (a, i) => i > 0 || a !== '',
  );
}
