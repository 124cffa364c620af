// describeStatefulSet and describeDaemonSet (kubectl v0.34.0 pkg/describe/describe.go; upstream's
// TestDescribeStatefulSet / TestDescribeDaemonSet only look for substrings, so these follow the
// describers' format strings byte for byte) on fixtures/pod-controllers.yaml.
import { describe, expect, it } from 'vitest';
import yaml from '../fixtures/pod-controllers.yaml?raw';
import { loadScenario } from '../../scenario/load.ts';
import { runKubectl } from '../runKubectl.ts';

const scenario = loadScenario(yaml);
const agents = scenario.state.pods.filter((p) => p.metadata.labels?.app === 'node-agent').map((p) => p.metadata.name);
/** The describer's lines, with no complaint on stderr. */
const described = (...args: string[]) => {
  const r = runKubectl(scenario, ['describe', ...args]);
  expect(r.stderr).toBe('');
  return r.stdout.split('\n');
};
const events = (from: string, messages: string[]) => [
  'Events:',
  `  Type    Reason            Age   From${' '.repeat(from.length - 2)}Message`,
  `  ----    ------            ----  ----${' '.repeat(from.length - 2)}-------`,
  ...messages.map((m) => `  Normal  SuccessfulCreate  60s   ${from}  ${m}`),
];

describe('kubectl describe statefulset / daemonset', () => {
  it('describe sts: replicas, update strategy with its partition, the pod template, volume claims, Events', () => {
    expect(described('sts', 'db')).toEqual([
      'Name:               db',
      'Namespace:          default',
      'CreationTimestamp:  Wed, 01 Jan 2025 00:00:00 +0000',
      'Selector:           app=db',
      'Labels:             tier=data',
      'Annotations:        <none>',
      'Replicas:           2 desired | 2 total',
      'Update Strategy:    RollingUpdate',
      '  Partition:        1',
      'Pods Status:        2 Running / 0 Waiting / 0 Succeeded / 0 Failed',
      'Pod Template:',
      '  Labels:  app=db',
      '  Containers:',
      '   postgres:',
      '    Image:        postgres:17',
      '    Port:         5432/TCP',
      '    Host Port:    0/TCP',
      '    Environment:  <none>',
      '    Mounts:',
      '      /var/lib/postgresql/data from data (rw)',
      '  Volumes:         <none>',
      '  Node-Selectors:  <none>',
      '  Tolerations:     <none>',
      'Volume Claims:',
      '  Name:          data',
      '  StorageClass:  standard',
      '  Labels:        app=db',
      '  Annotations:   <none>',
      '  Capacity:      1Gi',
      '  Access Modes:  [ReadWriteOnce]',
      ...events(
        'statefulset-controller',
        [0, 1].map((i) => `create Pod db-${i} in StatefulSet db successful`),
      ),
      '',
    ]);
  });

  it('describe ds: node selector, the five scheduling counts (no tab, so not aligned), pods status, Events', () => {
    expect(agents).toHaveLength(3);
    expect(described('daemonset', 'node-agent', '-n', 'kube-system')).toEqual([
      'Name:           node-agent',
      'Namespace:      kube-system',
      'Selector:       app=node-agent',
      'Node-Selector:  kubernetes.io/os=linux',
      'Labels:         <none>',
      'Annotations:    <none>',
      'Desired Number of Nodes Scheduled: 3',
      'Current Number of Nodes Scheduled: 3',
      'Number of Nodes Scheduled with Up-to-date Pods: 3',
      'Number of Nodes Scheduled with Available Pods: 3',
      'Number of Nodes Misscheduled: 0',
      'Pods Status:  3 Running / 0 Waiting / 0 Succeeded / 0 Failed',
      'Pod Template:',
      '  Labels:  app=node-agent',
      '  Containers:',
      '   agent:',
      '    Image:         registry.k8s.io/pause:3.10',
      '    Port:          <none>',
      '    Host Port:     <none>',
      '    Environment:   <none>',
      '    Mounts:        <none>',
      '  Volumes:         <none>',
      '  Node-Selectors:  kubernetes.io/os=linux',
      '  Tolerations:     node-role.kubernetes.io/control-plane:NoSchedule op=Exists',
      ...events(
        'daemonset-controller',
        agents.map((p) => `Created pod: ${p}`),
      ),
      '',
    ]);
  });

  it('get sts / ds: printStatefulSet (READY) and printDaemonSet (DESIRED … NODE SELECTOR); `get all` lists both', () => {
    expect(runKubectl(scenario, ['get', 'sts', '-o', 'wide']).stdout).toBe(
      'NAME   READY   AGE   CONTAINERS   IMAGES\ndb     2/2     60s   postgres     postgres:17\n',
    );
    expect(runKubectl(scenario, ['get', 'ds', '-A']).stdout).toBe(
      [
        'NAMESPACE     NAME         DESIRED   CURRENT   READY   UP-TO-DATE   AVAILABLE   NODE SELECTOR            AGE',
        'kube-system   node-agent   3         3         3       3            3           kubernetes.io/os=linux   60s',
        '',
      ].join('\n'),
    );
    const all = runKubectl(scenario, ['get', 'all', '-A']).stdout;
    const kinds = all.split('\n\n').map((t) => t.split('\n')[1]?.split(/\s+/)[1]?.split('/')[0]);
    expect(kinds).toEqual([
      'pod',
      'service',
      'daemonset.apps',
      'deployment.apps',
      'replicaset.apps',
      'statefulset.apps',
    ]);
  });
});
