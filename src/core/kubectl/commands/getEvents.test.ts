// `kubectl get events` (printEvent, events as the API server lists them: by name) over a Deployment,
// a Pod bound by nodeName with an init container, and a LoadBalancer Service (fixtures/events.yaml).
import { describe, expect, it } from 'vitest';
import yaml from '../fixtures/events.yaml?raw';
import { loadScenario } from '../../scenario/load.ts';
import { runKubectl } from '../runKubectl.ts';

const scenario = loadScenario(yaml);
const get = (...args: string[]) => runKubectl(scenario, ['get', ...args]);
const rows = (out: string) =>
  out
    .trimEnd()
    .split('\n')
    .map((l) => l.split(/\s{2,}/));
const rs = scenario.state.replicaSets.find((r) => r.metadata.namespace === 'default')!.metadata.name;
const webPods = scenario.state.pods
  .filter((p) => p.metadata.labels?.app === 'web')
  .map((p) => p.metadata.name)
  .sort();

describe('kubectl get events', () => {
  it('LAST SEEN TYPE REASON OBJECT MESSAGE, listed by name: each object’s Events in the order they happened', () => {
    const r = get('events');
    expect(r.stderr).toBe('');
    const [header, ...body] = rows(r.stdout);
    expect(header).toEqual(['LAST SEEN', 'TYPE', 'REASON', 'OBJECT', 'MESSAGE']);
    expect(body.map((c) => `${c[2]} ${c[3]}`)).toEqual([
      ...['Pulling', 'Pulled', 'Created', 'Started', 'Pulled', 'Created', 'Started'].map((x) => `${x} pod/job`),
      ...webPods.flatMap((p) => ['Scheduled', 'Pulling', 'Pulled', 'Created', 'Started'].map((x) => `${x} pod/${p}`)),
      `SuccessfulCreate replicaset/${rs}`,
      `SuccessfulCreate replicaset/${rs}`,
      'ScalingReplicaSet deployment/web',
      'EnsuringLoadBalancer service/web',
      'EnsuredLoadBalancer service/web',
    ]);
    expect(body.every((c) => c[0] === '60s' && c[1] === 'Normal')).toBe(true);
    expect(body.at(-3)?.[4]).toBe(`Scaled up replica set ${rs} from 0 to 2`);
  });

  it('-o wide: SUBOBJECT, SOURCE, FIRST SEEN, COUNT and the recorder’s name `<object>.<UnixNano hex>`', () => {
    const [header, ...body] = rows(get('ev', '-o', 'wide').stdout);
    expect(header).toEqual([
      'LAST SEEN',
      'TYPE',
      'REASON',
      'OBJECT',
      'SUBOBJECT',
      'SOURCE',
      'MESSAGE',
      'FIRST SEEN',
      'COUNT',
      'NAME',
    ]);
    const byReason = (reason: string, object: string) => body.find((c) => c[2] === reason && c[3] === object)!;
    expect(byReason('Pulling', 'pod/job').slice(4, 6)).toEqual(['spec.initContainers{setup}', 'kubelet, node-2']);
    expect(
      [...body]
        .reverse()
        .find((c) => c[2] === 'Started' && c[3] === 'pod/job')!
        .slice(4, 6),
    ).toEqual(['spec.containers{main}', 'kubelet, node-2']);
    // The scheduler writes events.k8s.io/v1: no source, so reportingComponent, reportingInstance;
    // an empty SUBOBJECT leaves its cell blank.
    const scheduled = byReason('Scheduled', `pod/${webPods[0]}`);
    expect(scheduled.slice(4, 5)).toEqual(['default-scheduler, default-scheduler-control-plane']);
    expect(byReason('ScalingReplicaSet', 'deployment/web').slice(4, 5)).toEqual(['deployment-controller']);
    for (const c of body) {
      expect(c.at(-3)).toBe('60s');
      expect(c.at(-2)).toBe('1');
      expect(c.at(-1)).toMatch(new RegExp(`^${c[3]!.split('/')[1]}\\.[0-9a-f]{16}$`));
    }
    const names = body.map((c) => c.at(-1)!);
    expect(new Set(names).size).toBe(names.length);
    expect([...names].sort()).toEqual(names);
  });

  it('-o yaml: a core/v1 Event as kubelet (tools/record) and the scheduler (events.k8s.io/v1) write it', () => {
    const job = scenario.state.pods.find((p) => p.metadata.name === 'job')!;
    const [first] = rows(get('ev', '-o', 'wide').stdout).slice(1);
    const r = get('event', first!.at(-1)!, '-o', 'yaml');
    expect(r.stdout.split('\n')).toEqual([
      'apiVersion: v1',
      'count: 1',
      'eventTime: null',
      'firstTimestamp: "2025-01-01T00:00:00Z"',
      'involvedObject:',
      '  apiVersion: v1',
      '  fieldPath: spec.initContainers{setup}',
      '  kind: Pod',
      '  name: job',
      '  namespace: default',
      `  resourceVersion: "${job.metadata.resourceVersion}"`,
      `  uid: ${job.metadata.uid}`,
      'kind: Event',
      'lastTimestamp: "2025-01-01T00:00:00Z"',
      'message: Pulling image "busybox:1.36"',
      'metadata:',
      '  creationTimestamp: "2025-01-01T00:00:00Z"',
      `  name: ${first!.at(-1)}`,
      '  namespace: default',
      expect.stringMatching(/^ {2}resourceVersion: "\d+"$/),
      expect.stringMatching(/^ {2}uid: [0-9a-f-]{36}$/),
      'reason: Pulling',
      'reportingComponent: kubelet',
      'reportingInstance: node-2',
      'source:',
      '  component: kubelet',
      '  host: node-2',
      'type: Normal',
      '',
    ]);
    const scheduled = rows(get('ev', '-o', 'wide').stdout).find((c) => c[2] === 'Scheduled')!;
    const s = get('ev', scheduled.at(-1)!, '-o', 'yaml').stdout;
    expect(s).toMatch(
      /^action: Binding\napiVersion: v1\neventTime: "2025-01-01T00:00:00\.\d{6}Z"\nfirstTimestamp: null\n/,
    );
    expect(s).toContain('\nlastTimestamp: null\n');
    expect(s).toContain(
      '\nreportingComponent: default-scheduler\nreportingInstance: default-scheduler-control-plane\nsource: {}\ntype: Normal\n',
    );
    expect(s).not.toContain('count:');
  });

  it('-A adds NAMESPACE; the API server keeps Events an hour (--event-ttl), so kube-system’s ten-day-old ones are gone', () => {
    const a = rows(get('events', '-A').stdout);
    expect(a[0]).toEqual(['NAMESPACE', 'LAST SEEN', 'TYPE', 'REASON', 'OBJECT', 'MESSAGE']);
    expect(a.slice(1).every((c) => c[0] === 'default')).toBe(true);
    expect(get('events', '-n', 'kube-system')).toMatchObject({
      stdout: '',
      stderr: 'No resources found in kube-system namespace.\n',
      exitCode: 0,
    });
    expect(runKubectl(scenario, ['describe', 'deployment', 'coredns', '-n', 'kube-system']).stdout).toMatch(
      /\nEvents: +<none>\n$/,
    );
  });

  it('with other kinds: `event/` goes on the NAME column, which only -o wide shows; -o name', () => {
    const plain = get('pods,events').stdout.split('\n\n')[1]!;
    expect(plain.split('\n')[1]).toMatch(/^60s +Normal +Pulling +pod\/job +Pulling image "busybox:1\.36"$/);
    const wide = get('pods,events', '-o', 'wide').stdout.split('\n\n')[1]!;
    expect(wide.split('\n')[1]).toMatch(/ 1 +event\/job\.[0-9a-f]{16}$/);
    expect(get('ev', '-o', 'name').stdout.split('\n')[0]).toMatch(/^event\/job\.[0-9a-f]{16}$/);
  });

  it('--field-selector: the Event fields the API server selects on; others refused as kubectl prints it', () => {
    const r = get('events', '--field-selector', 'involvedObject.name=job,reason=Created');
    expect(
      rows(r.stdout)
        .slice(1)
        .map((c) => `${c[2]} ${c[3]} ${c[4]}`),
    ).toEqual(['Created pod/job Created container: setup', 'Created pod/job Created container: main']);
    expect(rows(get('ev', '--field-selector', 'source=default-scheduler').stdout)).toHaveLength(1 + webPods.length);
    expect(get('ev', '--field-selector', 'type!=Normal').stderr).toBe('No resources found in default namespace.\n');
    expect(get('ev', '--field-selector', 'foo=bar')).toMatchObject({
      stdout: '',
      stderr:
        'Error from server (BadRequest): Unable to find "/v1, Resource=events" that match label selector "", field selector "foo=bar": field label not supported: foo\n',
      exitCode: 1,
    });
    expect(get('pods', '--field-selector', 'spec.nodeName=node-2').stdout).toMatch(/^NAME .*\njob /);
    expect(get('deploy', '--field-selector', 'status.replicas=2').stderr).toBe(
      'Error from server (BadRequest): Unable to find "apps/v1, Resource=deployments" that match label selector "", field selector "status.replicas=2": "status.replicas" is not a known field selector: only "metadata.name", "metadata.namespace"\n',
    );
  });
});
