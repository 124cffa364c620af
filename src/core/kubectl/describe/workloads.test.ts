// describeDeployment and describeReplicaSet (kubectl v0.34.0 pkg/describe/describe.go) on the
// documentation's nginx-deployment, byte for byte, with the controllers' Events.
import { describe, expect, it } from 'vitest';
import nginx from '../fixtures/nginx-deployment.yaml?raw';
import { loadScenario } from '../../scenario/load.ts';
import { runKubectl } from '../runKubectl.ts';

const scenario = loadScenario(nginx);
const inDefault = <T extends { metadata: { namespace: string } }>(list: T[]) =>
  list.filter((o) => o.metadata.namespace === 'default');
const rs = inDefault(scenario.state.replicaSets)[0]!.metadata.name;
const pods = inDefault(scenario.state.pods).map((p) => p.metadata.name);

const podTemplate = (labels: string[]) => [
  'Pod Template:',
  ...labels,
  '  Containers:',
  '   nginx:',
  '    Image:         nginx:1.14.2',
  '    Port:          80/TCP',
  '    Host Port:     0/TCP',
  '    Environment:   <none>',
  '    Mounts:        <none>',
  '  Volumes:         <none>',
  '  Node-Selectors:  <none>',
  '  Tolerations:     <none>',
];

describe('kubectl describe deployment / replicaset', () => {
  it('describe deployment: the new ReplicaSet and the deployment controller’s ScalingReplicaSet', () => {
    expect(rs).toMatch(/^nginx-deployment-[a-z0-9]{1,10}$/);
    const r = runKubectl(scenario, ['describe', 'deployment', 'nginx-deployment']);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(
      [
        'Name:                   nginx-deployment',
        'Namespace:              default',
        'CreationTimestamp:      Wed, 01 Jan 2025 00:00:00 +0000',
        'Labels:                 app=nginx',
        'Annotations:            deployment.kubernetes.io/revision: 1',
        'Selector:               app=nginx',
        'Replicas:               3 desired | 3 updated | 3 total | 3 available | 0 unavailable',
        'StrategyType:           RollingUpdate',
        'MinReadySeconds:        0',
        'RollingUpdateStrategy:  25% max unavailable, 25% max surge',
        ...podTemplate(['  Labels:  app=nginx']),
        'Conditions:',
        '  Type           Status  Reason',
        '  ----           ------  ------',
        '  Available      True    MinimumReplicasAvailable',
        '  Progressing    True    NewReplicaSetAvailable',
        'OldReplicaSets:  <none>',
        `NewReplicaSet:   ${rs} (3/3 replicas created)`,
        'Events:',
        '  Type    Reason             Age   From                   Message',
        '  ----    ------             ----  ----                   -------',
        `  Normal  ScalingReplicaSet  60s   deployment-controller  Scaled up replica set ${rs} from 0 to 3`,
        '',
      ].join('\n'),
    );
  });

  it('describe rs: Controlled By, Pods Status and one SuccessfulCreate per pod', () => {
    const hash = rs.slice('nginx-deployment-'.length);
    const r = runKubectl(scenario, ['describe', 'rs']);
    expect(r.stderr).toBe('');
    expect(pods).toHaveLength(3);
    expect(r.stdout).toBe(
      [
        `Name:           ${rs}`,
        'Namespace:      default',
        `Selector:       app=nginx,pod-template-hash=${hash}`,
        'Labels:         app=nginx',
        `                pod-template-hash=${hash}`,
        'Annotations:    deployment.kubernetes.io/desired-replicas: 3',
        '                deployment.kubernetes.io/max-replicas: 4',
        '                deployment.kubernetes.io/revision: 1',
        'Controlled By:  Deployment/nginx-deployment',
        'Replicas:       3 current / 3 desired',
        'Pods Status:    3 Running / 0 Waiting / 0 Succeeded / 0 Failed',
        ...podTemplate(['  Labels:  app=nginx', `           pod-template-hash=${hash}`]),
        'Events:',
        '  Type    Reason            Age   From                   Message',
        '  ----    ------            ----  ----                   -------',
        ...pods.map((p) => `  Normal  SuccessfulCreate  60s   replicaset-controller  Created pod: ${p}`),
        '',
      ].join('\n'),
    );
  });
});
