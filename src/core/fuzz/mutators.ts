// Text mutations of real manifests: what a user's editing (or a hostile paste) does to a YAML
// file — lines lost, doubled or swapped, a value of the wrong type, a cut-off paste, stray bytes,
// broken indentation, absurdly long names, pathological nesting, a file pasted many times.
// The fuzz suite (fuzz/*.test.ts) draws these with fast-check and feeds the result to the core.
import fc from 'fast-check';

export type Mutation =
  | { op: 'deleteLine'; at: number }
  | { op: 'duplicateLine'; at: number }
  | { op: 'swapLines'; at: number; with: number }
  | { op: 'replaceScalar'; at: number; value: string }
  | { op: 'truncate'; at: number }
  | { op: 'insertText'; at: number; text: string }
  | { op: 'reindent'; at: number; delta: number; tab: boolean }
  | { op: 'longName'; at: number; length: number }
  | { op: 'deepNest'; at: number; depth: number; flow: boolean }
  | { op: 'repeatDocuments'; times: number }
  | { op: 'insertLine'; at: number; line: string };

/** Values of the wrong type or range for a Kubernetes field (YAML flow syntax, one line). */
export const HOSTILE_SCALARS: readonly string[] = [
  '"a string"',
  "'80'",
  '99999999999999999999999',
  '-1',
  '-2147483649',
  '0',
  '3.5',
  '1e400',
  '.inf',
  '-.nan',
  '0x1F',
  '0o17',
  'null',
  '~',
  'true',
  'no',
  '[]',
  '{}',
  '[1, [2, [3]]]',
  '{a: {b: {c: [1, 2]}}}',
  '""',
  "'   '",
  '!!binary aGVsbG8=',
  '2001:db8::1',
  '10.96.0.1',
  '10.96.0.10',
  '255.255.255.255',
  '0.0.0.0',
  '"UDP"',
  'SCTP',
  'NodePort',
  'LoadBalancer',
  'ExternalName',
  'None',
  '"<img src=x onerror=alert(1)>"',
  '"\\u0000\\u202e"',
  '&anchor x',
  '*undefinedAlias',
  '@',
  '`',
  '{{ .Values.port }}',
  '"ns/name"',
  'Ünïcödé-名前',
  '"a\\nb"',
  '65536',
  '30000',
  '32767',
  '2147483648',
];

/** Lines that commonly appear in Services, Pods and workloads, inserted in the wrong places. */
export const STRAY_LINES: readonly string[] = [
  'kind: Service',
  'apiVersion: v1',
  '---',
  'metadata:',
  '  name: web',
  '  namespace: other',
  'spec:',
  '  type: NodePort',
  '  type: LoadBalancer',
  '  clusterIP: None',
  '  selector:',
  '    app: web',
  '  ports:',
  '  - port: 80',
  '    targetPort: 8080',
  '    nodePort: 30080',
  '    protocol: UDP',
  '  replicas: 3',
  '  externalTrafficPolicy: Local',
  '  sessionAffinity: ClientIP',
  '  internalTrafficPolicy: Local',
  '  ipFamilyPolicy: RequireDualStack',
  '  externalName: example.com',
  '...',
  '%YAML 1.2',
  '? complex key',
  '- item',
  '<<: *base',
  'a: &base {x: 1}',
  '# comment',
  '\t',
  '',
];

/** Index into a list of n items from any natural number. */
const pick = (at: number, n: number): number => (n <= 0 ? 0 : at % n);

export function applyMutation(text: string, m: Mutation): string {
  const lines = text.split('\n');
  switch (m.op) {
    case 'deleteLine': {
      lines.splice(pick(m.at, lines.length), 1);
      return lines.join('\n');
    }
    case 'duplicateLine': {
      const i = pick(m.at, lines.length);
      lines.splice(i, 0, lines[i] ?? '');
      return lines.join('\n');
    }
    case 'swapLines': {
      const i = pick(m.at, lines.length);
      const j = pick(m.with, lines.length);
      const a = lines[i] ?? '';
      lines[i] = lines[j] ?? '';
      lines[j] = a;
      return lines.join('\n');
    }
    case 'replaceScalar': {
      // The value of the at-th `key: value` line (mapping entries and `- key: value` items).
      const candidates = lines
        .map((l, i) => (/^\s*(- )?[A-Za-z0-9_./-]+:\s+\S/.test(l) ? i : -1))
        .filter((i) => i >= 0);
      if (candidates.length === 0) return text;
      const i = candidates[pick(m.at, candidates.length)]!;
      lines[i] = lines[i]!.replace(/^(\s*(?:- )?[A-Za-z0-9_./-]+:\s+).*$/, (_all, head: string) => head + m.value);
      return lines.join('\n');
    }
    case 'truncate':
      return text.slice(0, pick(m.at, text.length + 1));
    case 'insertText': {
      const i = pick(m.at, text.length + 1);
      return text.slice(0, i) + m.text + text.slice(i);
    }
    case 'reindent': {
      const i = pick(m.at, lines.length);
      const line = lines[i] ?? '';
      const indent = /^\s*/.exec(line)![0].length;
      const next = Math.max(0, indent + m.delta);
      lines[i] = (m.tab ? '\t' : ' '.repeat(next)) + line.trimStart();
      return lines.join('\n');
    }
    case 'longName': {
      const candidates = lines
        .map((l, i) => (/^\s*(- )?(name|namespace|app|serviceName|host|generateName):\s/.test(l) ? i : -1))
        .filter((i) => i >= 0);
      if (candidates.length === 0) return text;
      const i = candidates[pick(m.at, candidates.length)]!;
      lines[i] = lines[i]!.replace(/:\s.*$/, `: ${'a'.repeat(m.length)}`);
      return lines.join('\n');
    }
    case 'deepNest': {
      const i = pick(m.at, lines.length);
      const nest = m.flow
        ? `x: ${'['.repeat(m.depth)}1${']'.repeat(m.depth)}`
        : Array.from({ length: m.depth }, (_, d) => `${' '.repeat(d)}k${d}:`).join('\n') + ' 1';
      lines.splice(i, 0, nest);
      return lines.join('\n');
    }
    case 'repeatDocuments':
      return Array.from({ length: m.times }, () => text).join('\n---\n');
    case 'insertLine': {
      lines.splice(pick(m.at, lines.length + 1), 0, m.line);
      return lines.join('\n');
    }
  }
}

export function applyMutations(text: string, ms: readonly Mutation[]): string {
  return ms.reduce(applyMutation, text);
}

const at = fc.nat({ max: 1_000_000 });

/** One mutation; the expensive ones (huge names, deep nesting, many copies) are drawn rarely. */
export const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
  { arbitrary: fc.record({ op: fc.constant('deleteLine' as const), at }), weight: 4 },
  { arbitrary: fc.record({ op: fc.constant('duplicateLine' as const), at }), weight: 3 },
  { arbitrary: fc.record({ op: fc.constant('swapLines' as const), at, with: at }), weight: 3 },
  {
    arbitrary: fc.record({
      op: fc.constant('replaceScalar' as const),
      at,
      value: fc.oneof(
        fc.constantFrom(...HOSTILE_SCALARS),
        fc.string({ maxLength: 12 }),
        fc.integer().map(String),
        fc.double().map(String),
      ),
    }),
    weight: 8,
  },
  { arbitrary: fc.record({ op: fc.constant('truncate' as const), at }), weight: 2 },
  {
    arbitrary: fc.record({
      op: fc.constant('insertText' as const),
      at,
      text: fc.string({ unit: 'binary', minLength: 1, maxLength: 8 }),
    }),
    weight: 3,
  },
  {
    arbitrary: fc.record({
      op: fc.constant('reindent' as const),
      at,
      delta: fc.integer({ min: -4, max: 4 }),
      tab: fc.boolean(),
    }),
    weight: 3,
  },
  {
    arbitrary: fc.record({
      op: fc.constant('longName' as const),
      at,
      length: fc.oneof(fc.integer({ min: 60, max: 300 }), fc.integer({ min: 10_000, max: 100_000 })),
    }),
    weight: 1,
  },
  {
    arbitrary: fc.record({
      op: fc.constant('deepNest' as const),
      at,
      depth: fc.oneof(fc.integer({ min: 1, max: 120 }), fc.integer({ min: 500, max: 3_000 })),
      flow: fc.boolean(),
    }),
    weight: 1,
  },
  {
    arbitrary: fc.record({ op: fc.constant('repeatDocuments' as const), times: fc.integer({ min: 2, max: 12 }) }),
    weight: 1,
  },
  {
    arbitrary: fc.record({ op: fc.constant('insertLine' as const), at, line: fc.constantFrom(...STRAY_LINES) }),
    weight: 4,
  },
);

/** A real manifest from the corpus with one to four mutations applied. */
export function mutatedScenarioArb(
  corpus: readonly string[],
): fc.Arbitrary<{ source: number; mutations: Mutation[]; text: string }> {
  return fc
    .tuple(fc.nat({ max: corpus.length - 1 }), fc.array(mutationArb, { minLength: 1, maxLength: 4 }))
    .map(([source, mutations]) => ({ source, mutations, text: applyMutations(corpus[source] ?? '', mutations) }));
}
