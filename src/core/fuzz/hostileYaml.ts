// Generators of hostile-but-small YAML (issue 19): one anchor reused by many aliases, nested
// "laughs", and huge flat maps. Shared by the fuzz suite and the YAML tests, so the shapes that
// once crashed the tab stay covered.

/** One Deployment whose first container's env (`entries` items) is reused by `containers - 1` aliases. */
export function aliasedEnvDeployment(entries: number, containers: number): string {
  const env = Array.from({ length: entries }, (_, i) => `        - {name: V${i}, value: "x"}`).join('\n');
  const list = [`      - name: c0\n        image: nginx\n        env: &e\n${env}`];
  for (let i = 1; i < containers; i++) list.push(`      - name: c${i}\n        image: nginx\n        env: *e`);
  return [
    'apiVersion: apps/v1',
    'kind: Deployment',
    'metadata:',
    '  name: big',
    'spec:',
    '  selector:',
    '    matchLabels: {app: big}',
    '  template:',
    '    metadata:',
    '      labels: {app: big}',
    '    spec:',
    '      containers:',
    `${list.join('\n')}\n`,
  ].join('\n');
}

/** `levels` anchors, each a list of `fanout` aliases of the previous one (fanout^levels scalars). */
export function laughs(levels: number, fanout: number): string {
  const lines = [`l0: &l0 [${Array.from({ length: fanout }, () => '"lol"').join(', ')}]`];
  for (let i = 1; i < levels; i++)
    lines.push(`l${i}: &l${i} [${Array.from({ length: fanout }, () => `*l${i - 1}`).join(', ')}]`);
  return `${lines.join('\n')}\n`;
}

/** A ConfigMap whose data has `keys` entries; `duplicates` lists indexes that repeat key 0. */
export function flatConfigMap(keys: number, duplicates: readonly number[] = []): string {
  const dup = new Set(duplicates);
  const data = Array.from({ length: keys }, (_, i) => `  ${dup.has(i) ? 'k0' : `k${i}`}: v`);
  return `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: flat\ndata:\n${data.join('\n')}\n`;
}
