// Tab completion for the kubectl console, like kubectl's cobra completion (`__complete`): the
// verb, then resource types, then names of the objects of that type in the namespace, and the
// flags of the verb. Returns the candidates for the word under the cursor (the line's end).
import type { Scenario } from '../scenario/load.ts';
import { KUBECTL_COMMANDS } from './commands/registry.ts';
import { splitCommandLine } from '../argv/commandLine.ts';
import { byteCompare } from './labelSelector.ts';
import { RESOURCE_TYPES, findResourceType } from './resources.ts';

const FLAGS: Record<string, readonly string[]> = {
  get: [
    '--all-namespaces',
    '--allow-missing-template-keys',
    '--field-selector',
    '--namespace',
    '--no-headers',
    '--output',
    '--selector',
    '--show-labels',
    '--show-managed-fields',
    '--sort-by',
    '--template',
    '--watch',
  ],
  describe: ['--all-namespaces', '--namespace', '--selector'],
  delete: ['--force', '--grace-period', '--ignore-not-found', '--namespace', '--now', '--wait'],
  label: ['--namespace', '--overwrite'],
  annotate: ['--namespace', '--overwrite'],
  scale: ['--current-replicas', '--namespace', '--replicas'],
  expose: [
    '--cluster-ip',
    '--external-ip',
    '--labels',
    '--load-balancer-ip',
    '--name',
    '--namespace',
    '--port',
    '--protocol',
    '--selector',
    '--session-affinity',
    '--target-port',
    '--type',
  ],
  apply: ['--filename', '--namespace'],
  create: ['--filename', '--namespace'],
  run: [
    '--command',
    '--expose',
    '--image',
    '--labels',
    '--namespace',
    '--port',
    '--restart',
    '--rm',
    '--stdin',
    '--tty',
  ],
};

/** Which resource types each verb takes (expose: canbeexposed.go; scale: kinds with a scale subresource). */
const TYPES_FOR: Record<string, readonly string[] | undefined> = {
  expose: ['deployment', 'pod', 'replicaset', 'service'],
  scale: ['deployment', 'replicaset', 'statefulset'],
};

const VALUE_FLAGS = new Set([
  '-n',
  '--namespace',
  '-o',
  '--output',
  '-l',
  '--selector',
  '--sort-by',
  '--field-selector',
  '--template',
  '--replicas',
  '--port',
  '--target-port',
  '--type',
  '--name',
  '--protocol',
  '--image',
  '--grace-period',
  '-f',
  '--filename',
]);

export function completeKubectl(scenario: Scenario, line: string): string[] {
  const split = splitCommandLine(line);
  if (!split.ok) return [];
  const words = [...split.argv];
  if (/\s$/.test(line) || words.length === 0) words.push('');
  if (words[0] === 'kubectl') words.shift();
  if (words.length === 0) return ['kubectl'];
  const current = words[words.length - 1] ?? '';
  const before = words.slice(0, -1);
  const pick = (xs: Iterable<string>) => [...new Set(xs)].filter((x) => x.startsWith(current)).sort(byteCompare);
  let namespace = 'default';
  const positional: string[] = [];
  for (let i = 0; i < before.length; i++) {
    const w = before[i] ?? '';
    if (w === '-n' || w === '--namespace') namespace = before[++i] ?? namespace;
    else if (w.startsWith('--namespace=')) namespace = w.slice(12);
    else if (VALUE_FLAGS.has(w)) i++;
    else if (!w.startsWith('-')) positional.push(w);
  }
  const verb = positional[0];
  if (verb === undefined) return current.startsWith('-') ? [] : pick(Object.keys(KUBECTL_COMMANDS));
  const prev = before[before.length - 1] ?? '';
  if (prev === '-n' || prev === '--namespace') return pick(scenario.state.namespaces.map((n) => n.metadata.name));
  if (current.startsWith('-')) return pick(FLAGS[verb] ?? []);
  const args = positional.slice(1);
  if (verb === 'create') {
    if (args[0] === 'service' || args[0] === 'svc')
      return args.length === 1 ? pick(['clusterip', 'externalname', 'loadbalancer', 'nodeport']) : [];
    return args.length === 0 ? pick(['service']) : [];
  }
  if (!['get', 'describe', 'delete', 'label', 'annotate', 'scale', 'expose'].includes(verb)) return [];
  const allowed = TYPES_FOR[verb];
  const typeNames = RESOURCE_TYPES.filter((r) => !allowed || allowed.includes(r.kind.toLowerCase())).map(
    (r) => r.names[1] ?? r.names[0] ?? '',
  );
  const namesOf = (typeName: string) => {
    const r = findResourceType(typeName);
    if (!r || (allowed && !allowed.includes(r.kind.toLowerCase()))) return [];
    return r
      .list(scenario.state)
      .filter((o) => !r.namespaced || (o.metadata.namespace ?? 'default') === namespace)
      .map((o) => o.metadata.name);
  };
  if (current.includes('/')) {
    const t = current.slice(0, current.indexOf('/'));
    return pick(namesOf(t).map((n) => `${t}/${n}`));
  }
  if (args.length === 0) return pick(typeNames);
  const typeArg = args[0] ?? '';
  if (typeArg.includes('/')) return [];
  if (['get', 'describe', 'delete'].includes(verb) || args.length === 1) return pick(namesOf(typeArg));
  return [];
}
