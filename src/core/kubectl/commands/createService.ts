// `kubectl create service clusterip|nodeport|loadbalancer|externalname NAME` (pkg/cmd/create/
// create_service.go; docs/kubectl.md §4): labels and selector app=NAME, one port per
// --tcp `<port>[:<targetPort>]` named with `:` → `-`, --node-port on every port (nodeport),
// --clusterip=None for headless, --external-name required for externalname.
import type { Scenario } from '../../scenario/load.ts';
import { isValidPortName } from '../../api/validation/names.ts';
import { GLOBAL_FLAGS, parseFlags, type FlagSpec } from '../../argv/flags.ts';
import { fail, type KubectlResult } from '../result.ts';
import { createFromGenerator } from './admitNew.ts';

const TYPES: Record<string, string> = {
  clusterip: 'ClusterIP',
  nodeport: 'NodePort',
  loadbalancer: 'LoadBalancer',
  externalname: 'ExternalName',
};

const FLAGS: readonly FlagSpec[] = [
  ...GLOBAL_FLAGS,
  { long: 'tcp', value: true },
  { long: 'node-port', value: true },
  { long: 'external-name', value: true },
  { long: 'clusterip', value: true },
];

export function runCreateService(scenario: Scenario, args: readonly string[]): KubectlResult {
  const sub = args.find((a) => !a.startsWith('-'));
  const type = sub ? TYPES[sub] : undefined;
  if (!sub)
    return fail(
      `error: Create a service using a specified subcommand.\nSee 'kubectl create service -h' for help and examples`,
    );
  if (!type) return fail(`error: unknown command "${sub}" for "kubectl create service"`);
  const rest = [...args];
  rest.splice(rest.indexOf(sub), 1);
  // pflag: --tcp is a string slice; each occurrence (and each comma-separated item) adds specs.
  const tcp: string[] = [];
  const filtered: string[] = [];
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i] ?? '';
    if (a === '--tcp') {
      tcp.push(...(rest[i + 1] ?? '').split(','));
      i++;
    } else if (a.startsWith('--tcp=')) tcp.push(...a.slice(6).split(','));
    else filtered.push(a);
  }
  const parsed = parseFlags(filtered, FLAGS, `create service ${sub}`);
  if (!parsed.ok) return fail(parsed.error);
  const { positional, values } = parsed.flags;
  const name = positional[0];
  if (!name)
    return fail(
      `error: exactly one NAME is required, got 0\nSee 'kubectl create service ${sub} -h' for help and examples`,
    );
  if (positional.length > 1)
    return fail(
      `error: exactly one NAME is required, got ${positional.length}\nSee 'kubectl create service ${sub} -h' for help and examples`,
    );
  const clusterIP = values.get('clusterip');
  const externalName = values.get('external-name');
  if (type === 'ExternalName' && externalName === undefined)
    return fail('error: required flag(s) "external-name" not set');
  if (clusterIP === 'None' && type !== 'ClusterIP')
    return fail('error: ClusterIP=None can only be used with ClusterIP service type');
  if (tcp.length === 0 && clusterIP !== 'None' && type !== 'ExternalName')
    return fail('error: at least one tcp port specifier must be provided');
  if (
    type === 'ExternalName' &&
    !/^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/.test(externalName ?? '')
  )
    return fail(`error: invalid service external name ${externalName ?? ''}`);
  const nodePort = type === 'NodePort' && values.get('node-port') !== undefined ? Number(values.get('node-port')) : 0;
  const ports: Record<string, unknown>[] = [];
  for (const spec of tcp) {
    const [p, target, extra] = spec.split(':');
    const port = Number(p);
    if (!p || !/^\d+$/.test(p) || extra !== undefined) return fail(`error: invalid port: ${spec}`);
    let targetPort: number | string = port;
    if (target !== undefined && target !== '') {
      if (/^\d+$/.test(target)) targetPort = Number(target);
      else if (isValidPortName(target).length === 0) targetPort = target;
      else return fail(`error: ${isValidPortName(target).join(', ')}`);
    }
    ports.push({ name: spec.replace(':', '-'), port, protocol: 'TCP', targetPort, ...(nodePort ? { nodePort } : {}) });
  }
  const svc = {
    apiVersion: 'v1',
    kind: 'Service',
    metadata: {
      name,
      ...(values.get('namespace') ? { namespace: values.get('namespace') } : {}),
      labels: { app: name },
    },
    spec: {
      ...(clusterIP ? { clusterIP } : {}),
      ...(type === 'ExternalName' ? { externalName } : {}),
      ...(ports.length > 0 ? { ports } : {}),
      selector: { app: name },
      type,
    },
  };
  return createFromGenerator(
    scenario,
    svc,
    `service/${name} created`,
    (bare) => `error: failed to create ${type} service: ${bare}`,
  );
}
