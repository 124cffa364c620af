// `kubectl create service clusterip|nodeport|loadbalancer|externalname NAME` (pkg/cmd/create/
// create_service.go; docs/kubectl.md §4): labels and selector app=NAME, one port per
// --tcp `<port>[:<targetPort>]` named with `:` → `-`, --node-port on every port (nodeport),
// --clusterip=None for headless, --external-name required for externalname.
import type { Scenario } from '../../scenario/load.ts';
import { isDNS1123Subdomain, isValidPortName, isValidPortNum } from '../../api/validation/names.ts';
import { goQuote } from '../../api/fieldErrors.ts';
import { GLOBAL_FLAGS, parseFlags, type FlagSpec } from '../../argv/flags.ts';
import { fail, type KubectlResult } from '../result.ts';
import { createFromGenerator } from './admitNew.ts';

const TYPES: Record<string, string> = {
  clusterip: 'ClusterIP',
  nodeport: 'NodePort',
  loadbalancer: 'LoadBalancer',
  externalname: 'ExternalName',
};

// Each subcommand registers its own flags (NewCmdCreateService*): --clusterip only on clusterip,
// --node-port only on nodeport, --external-name only on externalname; --tcp on all four.
const SUB_FLAGS: Record<string, readonly FlagSpec[]> = {
  clusterip: [...GLOBAL_FLAGS, { long: 'clusterip', value: true }],
  nodeport: [...GLOBAL_FLAGS, { long: 'node-port', value: true }],
  loadbalancer: GLOBAL_FLAGS,
  externalname: [...GLOBAL_FLAGS, { long: 'external-name', value: true }],
};

/** Go's strconv.ParseUint(s, 10, 16) as k8s.io/utils/net ParsePort(s, allowZero=true) calls it. */
function parsePortNumber(s: string): { port: number } | { error: string } {
  if (!/^\d+$/.test(s)) return { error: `strconv.ParseUint: parsing ${goQuote(s)}: invalid syntax` };
  const n = Number(s);
  if (n > 65535) return { error: `strconv.ParseUint: parsing ${goQuote(s)}: value out of range` };
  return { port: n };
}

/** strconv.Atoi: an optional sign and decimal digits that fit an int64. */
function atoi(s: string): number | null {
  if (!/^[+-]?\d+$/.test(s)) return null;
  const n = BigInt(s);
  return n > 9223372036854775807n || n < -9223372036854775808n ? null : Number(n);
}

/** create_service.go parsePorts: `<port>[:<targetPort>]`; anything after a second `:` is ignored. */
function parsePorts(spec: string): { port: number; targetPort: number | string } | { error: string } {
  const parts = spec.split(':');
  const p = parsePortNumber(parts[0] ?? '');
  if ('error' in p) return p;
  if (parts.length === 1) return { port: p.port, targetPort: p.port };
  const target = parts[1] ?? '';
  const num = atoi(target);
  const errs = num === null ? isValidPortName(target) : isValidPortNum(num);
  // fmt.Errorf(strings.Join(errs, ","))
  if (errs.length > 0) return { error: errs.join(',') };
  return { port: p.port, targetPort: num ?? target };
}

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
  // pflag: --tcp is a string slice; each occurrence (and each comma-separated item) adds specs; an
  // empty value adds none (readAsCSV("")).
  const tcp: string[] = [];
  const filtered: string[] = [];
  const addTcp = (v: string) => {
    if (v !== '') tcp.push(...v.split(','));
  };
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i] ?? '';
    if (a === '--tcp') {
      addTcp(rest[i + 1] ?? '');
      i++;
    } else if (a.startsWith('--tcp=')) addTcp(a.slice(6));
    else filtered.push(a);
  }
  const parsed = parseFlags(filtered, SUB_FLAGS[sub] ?? GLOBAL_FLAGS, `create service ${sub}`);
  if (!parsed.ok) return fail(parsed.error);
  const { positional, values } = parsed.flags;
  // pflag IntVar: a --node-port that is not an int fails while flags are parsed (decimal only here;
  // pflag's ParseInt(s, 0, 64) also reads 0x/0o prefixes).
  const nodePortText = values.get('node-port');
  const nodePort = nodePortText === undefined ? 0 : atoi(nodePortText);
  if (nodePort === null)
    return fail(
      `error: invalid argument ${goQuote(nodePortText ?? '')} for "--node-port" flag: strconv.ParseInt: parsing ${goQuote(nodePortText ?? '')}: invalid syntax\nSee 'kubectl create service ${sub} --help' for usage.`,
    );
  const externalName = values.get('external-name');
  // cobra checks required flags (MarkFlagRequired) before Run, so before the NAME count.
  if (type === 'ExternalName' && externalName === undefined)
    return fail('error: required flag(s) "external-name" not set');
  const name = positional[0];
  if (positional.length !== 1)
    return fail(
      `error: exactly one NAME is required, got ${positional.length}\nSee 'kubectl create service ${sub} -h' for help and examples`,
    );
  const clusterIP = values.get('clusterip');
  // ServiceOptions.Validate (its "ClusterIP=None can only be used with ClusterIP service type"
  // needs --clusterip on another subcommand, which only clusterip registers).
  if (tcp.length === 0 && clusterIP !== 'None' && type !== 'ExternalName')
    return fail('error: at least one tcp port specifier must be provided');
  if (type === 'ExternalName' && isDNS1123Subdomain(externalName ?? '').length > 0)
    return fail(`error: invalid service external name ${externalName ?? ''}`);
  // createService
  const ports: Record<string, unknown>[] = [];
  for (const spec of tcp) {
    const p = parsePorts(spec);
    if ('error' in p) return fail(`error: ${p.error}`);
    ports.push({
      name: spec.replaceAll(':', '-'),
      port: p.port,
      protocol: 'TCP',
      targetPort: p.targetPort,
      ...(nodePort ? { nodePort } : {}),
    });
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
    // Run wraps the client's error with %v (`failed to create %s service: %v`), so checkErr sees a
    // plain error and prints `error: ` + its text: the Status message, not kubectl's "The … is invalid".
    (bare) => `error: failed to create ${type} service: ${bare}`,
  );
}
