// `kubectl run NAME --image=IMG` without attaching: the Pod kubectl's generator builds, and with
// `--expose --port=P` a ClusterIP Service of the same name (kubectl pkg/cmd/run/run.go createPod,
// createService, Run): labels from --labels or `run=NAME`, one container named NAME with
// containerPort P, dnsPolicy ClusterFirst, restartPolicy from --restart (Always); the Service
// selects those labels, carries only the labels the user gave, and maps port P/TCP to targetPort
// P. Each object is created in turn and printed as `pod/NAME created`, `service/NAME created`; a
// Service the server refuses leaves the Pod created and ends with the server's error.
import type { Scenario } from '../../scenario/load.ts';
import { loadScenario } from '../../scenario/load.ts';
import { fail, type KubectlResult } from '../result.ts';
import { createFromGenerator } from './admitNew.ts';

export interface RunCreateOptions {
  name: string;
  namespace: string;
  image: string;
  /** --port, already checked to be a number. */
  port: number | undefined;
  expose: boolean;
  /** --labels as given (parseLabels), or undefined. */
  labels: Record<string, string> | undefined;
  restartPolicy: string;
  /** Container args after `--` (or the command with --command). */
  args: readonly string[];
  command: boolean;
}

/** run.go parseLabels: `k=v,k2=v2`. */
export function parseRunLabels(text: string | undefined): Record<string, string> | string | undefined {
  if (!text) return undefined;
  const labels: Record<string, string> = {};
  for (const spec of text.split(',')) {
    const kv = spec.split('=');
    if (kv.length !== 2) return `unexpected label spec: ${spec}`;
    if (kv[0] === '') return 'unexpected empty label key';
    labels[kv[0]!] = kv[1]!;
  }
  return labels;
}

/** Go's JSON encoding of a map: keys sorted. */
const sorted = (m: Record<string, string>): Record<string, string> =>
  Object.fromEntries(Object.entries(m).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));

export function createRunObjects(scenario: Scenario, o: RunCreateOptions): KubectlResult {
  const labels = sorted(o.labels && Object.keys(o.labels).length > 0 ? o.labels : { run: o.name });
  const ns = o.namespace !== 'default' ? { namespace: o.namespace } : {};
  const pod = {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { name: o.name, ...ns, labels },
    spec: {
      containers: [
        {
          name: o.name,
          image: o.image,
          ...(o.args.length > 0 ? (o.command ? { command: [...o.args] } : { args: [...o.args] }) : {}),
          ...(o.port !== undefined ? { ports: [{ containerPort: o.port }] } : {}),
        },
      ],
      dnsPolicy: 'ClusterFirst',
      restartPolicy: o.restartPolicy,
    },
  };
  const created = createFromGenerator(scenario, pod, `pod/${o.name} created`);
  if (created.exitCode !== 0 || !o.expose || o.port === undefined || created.yaml === undefined) return created;
  const svc = {
    apiVersion: 'v1',
    kind: 'Service',
    metadata: {
      name: o.name,
      ...ns,
      ...(o.labels && Object.keys(o.labels).length > 0 ? { labels: sorted(o.labels) } : {}),
    },
    spec: {
      ports: [{ port: o.port, protocol: 'TCP', targetPort: o.port }],
      selector: labels,
    },
  };
  const withPod = loadScenario(created.yaml, { seed: scenario.state.seed });
  const exposed = createFromGenerator(withPod, svc, `service/${o.name} created`);
  if (exposed.exitCode !== 0) return { ...fail(exposed.stderr, created.stdout), yaml: created.yaml };
  return { ...exposed, stdout: created.stdout + exposed.stdout };
}
