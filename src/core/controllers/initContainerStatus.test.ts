// The init container statuses kubelet reports for a running Pod (fixtures/init-containers.yaml, the
// docs' examples): a regular init container ran to exit 0 before the containers started (ready, not
// started: pkg/kubelet/prober/prober_manager.go UpdatePodStatus), in the spec's order
// (kubetypes.SortStatusesOfInitContainers); a sidecar (restartPolicy Always) runs beside them.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { loadScenario } from '../scenario/load.ts';
import { runKubectl } from '../kubectl/runKubectl.ts';

const yaml = readFileSync('src/core/controllers/fixtures/init-containers.yaml', 'utf8');
const s = loadScenario(yaml);
const json = (sc: typeof s, name: string) => JSON.parse(runKubectl(sc, ['get', 'pod', name, '-o', 'json']).stdout);
const sidecarPod = (sc: typeof s) => sc.state.pods.find((p) => p.metadata.labels?.app === 'myapp')!.metadata.name;

describe('initContainerStatuses', () => {
  it('get -o yaml: each regular init container terminated Completed, in spec order, between hostIPs and observedGeneration', () => {
    const out = runKubectl(s, ['get', 'pod', 'myapp-pod', '-o', 'yaml']).stdout;
    const token = s.state.pods.find((p) => p.metadata.name === 'myapp-pod')!.spec.volumes![0]!.name;
    const status = (name: string) =>
      [
        '  - containerID: containerd://(?<id>[0-9a-f]{64})',
        '    image: docker\\.io/library/busybox:1\\.28',
        '    imageID: docker\\.io/library/busybox@sha256:[0-9a-f]{64}',
        '    lastState: \\{\\}',
        `    name: ${name}`,
        '    ready: true',
        '    restartCount: 0',
        '    started: false',
        '    state:',
        '      terminated:',
        '        containerID: containerd://\\k<id>',
        '        exitCode: 0',
        '        finishedAt: "2025-01-01T00:00:00Z"',
        '        reason: Completed',
        '        startedAt: "2025-01-01T00:00:00Z"',
        '    volumeMounts:',
        '    - mountPath: /var/run/secrets/kubernetes\\.io/serviceaccount',
        `      name: ${token}`,
        '      readOnly: true',
        '      recursiveReadOnly: Disabled',
      ].join('\n');
    const block = out.slice(out.indexOf('\n  initContainerStatuses:\n'), out.indexOf('\n  observedGeneration: 1\n'));
    expect(out).toContain('\n  - ip: 192.168.1.11\n  initContainerStatuses:\n');
    const [first, second] = block.split(/\n(?= {2}- containerID)/).slice(1);
    expect(first).toMatch(new RegExp(`^${status('init-myservice')}$`));
    expect(second).toMatch(new RegExp(`^${status('init-mydb')}$`));
  });

  it('the init containers ran within the second the containers started: startTime, their start, Initialized', () => {
    const st = json(s, 'myapp-pod').status;
    const init = st.initContainerStatuses.map((c: { state: { terminated: object } }) => c.state.terminated);
    const times = [
      st.startTime,
      ...init.flatMap((t: { startedAt: string; finishedAt: string }) => [t.startedAt, t.finishedAt]),
      st.containerStatuses[0].state.running.startedAt,
      st.conditions.find((c: { type: string }) => c.type === 'Initialized').lastTransitionTime,
    ];
    expect(new Set(times).size).toBe(1);
    // Each container has its own id; the terminated state repeats its status's.
    const ids = [...st.initContainerStatuses, ...st.containerStatuses].map(
      (c: { containerID: string }) => c.containerID,
    );
    expect(new Set(ids).size).toBe(3);
    expect(init.map((t: { containerID: string }) => t.containerID)).toEqual(ids.slice(0, 2));
  });

  it('a sidecar runs beside the app: started, ready like the containers, with its mounts', () => {
    const st = json(s, sidecarPod(s)).status;
    expect(st.initContainerStatuses).toHaveLength(1);
    const [sidecar] = st.initContainerStatuses;
    expect(sidecar).toMatchObject({
      name: 'logshipper',
      image: 'docker.io/library/alpine:latest',
      ready: true,
      restartCount: 0,
      started: true,
      state: { running: { startedAt: st.startTime } },
      volumeMounts: [
        { mountPath: '/opt', name: 'data' },
        { mountPath: '/var/run/secrets/kubernetes.io/serviceaccount', readOnly: true, recursiveReadOnly: 'Disabled' },
      ],
    });
    expect(Object.keys(sidecar)).toEqual([...Object.keys(st.containerStatuses[0])]);
  });

  it('an unready sidecar is named before the containers in the Ready and ContainersReady messages', () => {
    const notReady = loadScenario(
      yaml.replace(
        '      labels:\n        app: myapp\n',
        '      labels:\n        app: myapp\n      annotations:\n        playground.ksp.dev/ready: "false"\n',
      ),
    );
    const st = json(notReady, sidecarPod(notReady)).status;
    expect(st.initContainerStatuses[0].ready).toBe(false);
    expect(
      st.conditions.filter((c: { type: string }) => c.type === 'Ready' || c.type === 'ContainersReady'),
    ).toMatchObject([
      { reason: 'ContainersNotReady', message: 'containers with unready status: [logshipper myapp]' },
      { reason: 'ContainersNotReady', message: 'containers with unready status: [logshipper myapp]' },
    ]);
  });

  it('get pods: the running sidecar counts among the ready containers, regular init containers do not', () => {
    const rows = runKubectl(s, ['get', 'pods']).stdout.split('\n');
    expect(rows.find((r) => r.startsWith(`${sidecarPod(s)} `))).toMatch(/ {3}2\/2 {5}Running {3}0 {10}60s$/);
    expect(rows.find((r) => r.startsWith('myapp-pod '))).toMatch(/ {3}1\/1 {5}Running {3}0 {10}60s$/);
  });

  it('a Pod without init containers has no initContainerStatuses', () => {
    const plain = loadScenario(
      'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers: [{name: c, image: nginx}]\n',
    );
    expect('initContainerStatuses' in json(plain, 'p').status).toBe(false);
  });
});
