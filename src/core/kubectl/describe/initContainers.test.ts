// `kubectl describe pod` of a Pod with init containers, byte for byte as kubectl v0.34.0 prints it
// (pkg/describe/describe.go describePod: describeContainers("Init Containers", …) before
// "Containers", each container's basic info, command, state, environment and mounts).
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { loadScenario } from '../../scenario/load.ts';
import { runKubectl } from '../runKubectl.ts';

const s = loadScenario(readFileSync('src/core/controllers/fixtures/init-containers.yaml', 'utf8'));
const pod = s.state.pods.find((p) => p.metadata.name === 'myapp-pod')!;
const token = pod.spec.volumes![0]!.name;
const id = (name: string) => pod.status!.initContainerStatuses!.find((c) => c.name === name)?.containerID;
const busybox = pod.status!.containerStatuses![0]!.imageID;

describe('describe pod: Init Containers', () => {
  it('prints each init container, terminated Completed, before the containers (the whole output)', () => {
    const out = runKubectl(s, ['describe', 'pod', 'myapp-pod']).stdout;
    const initContainer = (name: string, svc: string) => [
      `  ${name}:`,
      `    Container ID:  ${id(name)}`,
      '    Image:         busybox:1.28',
      `    Image ID:      ${busybox}`,
      '    Port:          <none>',
      '    Host Port:     <none>',
      '    Command:',
      '      sh',
      '      -c',
      `      until nslookup ${svc}.$(cat /var/run/secrets/kubernetes.io/serviceaccount/namespace).svc.cluster.local; do echo waiting for ${svc}; sleep 2; done`,
      '    State:          Terminated',
      '      Reason:       Completed',
      '      Exit Code:    0',
      '      Started:      Wed, 01 Jan 2025 00:00:00 +0000',
      '      Finished:     Wed, 01 Jan 2025 00:00:00 +0000',
      '    Ready:          True',
      '    Restart Count:  0',
      '    Environment:    <none>',
      '    Mounts:',
      `      /var/run/secrets/kubernetes.io/serviceaccount from ${token} (ro)`,
    ];
    expect(out).toBe(
      [
        'Name:             myapp-pod',
        'Namespace:        default',
        'Priority:         0',
        'Service Account:  default',
        'Node:             node-1/192.168.1.11',
        'Start Time:       Wed, 01 Jan 2025 00:00:00 +0000',
        'Labels:           app.kubernetes.io/name=MyApp',
        'Annotations:      <none>',
        'Status:           Running',
        'IP:               10.244.1.2',
        'IPs:',
        '  IP:  10.244.1.2',
        'Init Containers:',
        ...initContainer('init-myservice', 'myservice'),
        ...initContainer('init-mydb', 'mydb'),
        'Containers:',
        '  myapp-container:',
        `    Container ID:  ${pod.status!.containerStatuses![0]!.containerID}`,
        '    Image:         busybox:1.28',
        `    Image ID:      ${busybox}`,
        '    Port:          <none>',
        '    Host Port:     <none>',
        '    Command:',
        '      sh',
        '      -c',
        '      echo The app is running! && sleep 3600',
        '    State:          Running',
        '      Started:      Wed, 01 Jan 2025 00:00:00 +0000',
        '    Ready:          True',
        '    Restart Count:  0',
        '    Environment:    <none>',
        '    Mounts:',
        `      /var/run/secrets/kubernetes.io/serviceaccount from ${token} (ro)`,
        'Conditions:',
        '  Type                        Status',
        '  PodReadyToStartContainers   True ',
        '  Initialized                 True ',
        '  Ready                       True ',
        '  ContainersReady             True ',
        '  PodScheduled                True ',
        'Volumes:',
        `  ${token}:`,
        '    Type:                    Projected (a volume that contains injected data from multiple sources)',
        '    TokenExpirationSeconds:  3607',
        '    ConfigMapName:           kube-root-ca.crt',
        '    Optional:                false',
        '    DownwardAPI:             true',
        'QoS Class:                   BestEffort',
        'Node-Selectors:              <none>',
        'Tolerations:                 node.kubernetes.io/not-ready:NoExecute op=Exists for 300s',
        '                             node.kubernetes.io/unreachable:NoExecute op=Exists for 300s',
        'Events:',
        '  Type    Reason     Age   From               Message',
        '  ----    ------     ----  ----               -------',
        '  Normal  Scheduled  60s   default-scheduler  Successfully assigned default/myapp-pod to node-1',
        '  Normal  Pulling    60s   kubelet            Pulling image "busybox:1.28"',
        '  Normal  Pulled     60s   kubelet            Successfully pulled image "busybox:1.28" in 785ms (785ms including waiting). Image size: 17394099 bytes.',
        '  Normal  Created    60s   kubelet            Created container: init-myservice',
        '  Normal  Started    60s   kubelet            Started container init-myservice',
        '  Normal  Pulled     60s   kubelet            Container image "busybox:1.28" already present on machine',
        '  Normal  Created    60s   kubelet            Created container: init-mydb',
        '  Normal  Started    60s   kubelet            Started container init-mydb',
        '  Normal  Pulled     60s   kubelet            Container image "busybox:1.28" already present on machine',
        '  Normal  Created    60s   kubelet            Created container: myapp-container',
        '  Normal  Started    60s   kubelet            Started container myapp-container',
        '',
      ].join('\n'),
    );
  });

  it('a sidecar prints Running and Ready beside the containers', () => {
    const name = s.state.pods.find((p) => p.metadata.labels?.app === 'myapp')!.metadata.name;
    const out = runKubectl(s, ['describe', 'pod', name]).stdout;
    const init = out.slice(out.indexOf('Init Containers:\n'), out.indexOf('Containers:\n  myapp:'));
    expect(init).toContain(
      '    Command:\n      sh\n      -c\n      tail -F /opt/logs.txt\n    State:          Running\n      Started:      Wed, 01 Jan 2025 00:00:00 +0000\n    Ready:          True\n    Restart Count:  0\n',
    );
    expect(init).toContain('    Mounts:\n      /opt from data (rw)\n');
  });

  it('a Pod without init containers has no Init Containers section', () => {
    const plain = loadScenario(
      'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers: [{name: c, image: nginx}]\n',
    );
    expect(runKubectl(plain, ['describe', 'pod', 'p']).stdout).not.toContain('Init Containers');
  });
});
