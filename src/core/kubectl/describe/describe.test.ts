// Describers against upstream describe_test.go layouts (TestDescribeService "test1") and the
// describers' line order in describe.go.
import { describe, expect, it } from 'vitest';
import test1 from '../fixtures/describe-test1.yaml?raw';
import seedCluster from '../fixtures/seed-cluster.yaml?raw';
import { scenarioFromYaml } from '../stateFromYaml.ts';
import { runKubectl } from '../runKubectl.ts';

describe('kubectl describe', () => {
  it('describe service: TestDescribeService "test1", byte for byte', () => {
    const r = runKubectl(scenarioFromYaml(test1), ['describe', 'svc', 'bar', '-n', 'foo']);
    expect(r).toEqual({
      stdout: [
        'Name:                     bar',
        'Namespace:                foo',
        'Labels:                   <none>',
        'Annotations:              <none>',
        'Selector:                 blah=heh',
        'Type:                     LoadBalancer',
        'IP Families:              IPv4',
        'IP:                       1.2.3.4',
        'IPs:                      <none>',
        'Desired LoadBalancer IP:  5.6.7.8',
        'LoadBalancer Ingress:     5.6.7.8 (VIP)',
        'Port:                     port-tcp  8080/TCP',
        'TargetPort:               9527/TCP',
        'NodePort:                 port-tcp  31111/TCP',
        'Endpoints:                10.244.0.1:9527,10.244.0.2:9527,10.244.0.3:9527',
        'Session Affinity:         None',
        'External Traffic Policy:  Local',
        'Internal Traffic Policy:  Cluster',
        'HealthCheck NodePort:     32222',
        'Events:                   <none>',
        '',
      ].join('\n'),
      stderr: '',
      exitCode: 0,
    });
  });

  const seed = scenarioFromYaml(seedCluster);

  it('describe service with labels, an unnamed port and a not-ready endpoint', () => {
    expect(runKubectl(seed, ['describe', 'service', 'tomcat-nodeport']).stdout).toBe(
      [
        'Name:                     tomcat-nodeport',
        'Namespace:                default',
        'Labels:                   <none>',
        'Annotations:              <none>',
        'Selector:                 app=tomcat',
        'Type:                     NodePort',
        'IP Family Policy:         SingleStack',
        'IP Families:              IPv4',
        'IP:                       10.102.33.4',
        'IPs:                      10.102.33.4',
        'Port:                     <unset>  80/TCP',
        'TargetPort:               8080/TCP',
        'NodePort:                 <unset>  30002/TCP',
        'Endpoints:                10.244.1.5:8080',
        'Session Affinity:         None',
        'External Traffic Policy:  Cluster',
        'Internal Traffic Policy:  Cluster',
        'Events:                   <none>',
        '',
      ].join('\n'),
    );
    const kube = runKubectl(seed, ['describe', 'svc', 'kubernetes']).stdout;
    expect(kube).toContain(
      'Labels:                   component=apiserver\n                          provider=kubernetes\n',
    );
    expect(kube).toContain('Endpoints:                <none>\n');
  });

  it('describe endpoints', () => {
    expect(runKubectl(seed, ['describe', 'ep', 'tomcat-nodeport']).stdout).toBe(
      [
        'Name:         tomcat-nodeport',
        'Namespace:    default',
        'Labels:       <none>',
        'Annotations:  <none>',
        'Subsets:',
        '  Addresses:          10.244.1.5',
        '  NotReadyAddresses:  10.244.2.7',
        '  Ports:',
        '    Name     Port  Protocol',
        '    ----     ----  --------',
        '    <unset>  8080  TCP',
        '',
        'Events:  <none>',
        '',
      ].join('\n'),
    );
  });

  it('describe pod: containers, state, conditions, QoS, Events', () => {
    const out = runKubectl(seed, ['describe', 'pod', 'tomcat-7d9f8b-abcde']).stdout;
    expect(out).toBe(
      [
        'Name:         tomcat-7d9f8b-abcde',
        'Namespace:    default',
        'Node:         node-1/192.168.49.2',
        'Start Time:   Wed, 01 Jan 2025 00:00:00 +0000',
        'Labels:       app=tomcat',
        'Annotations:  <none>',
        'Status:       Running',
        'IP:           10.244.1.5',
        'IPs:',
        '  IP:  10.244.1.5',
        'Containers:',
        '  tomcat:',
        '    Container ID:   containerd://abc',
        '    Image:          tomcat:9',
        '    Image ID:       docker.io/library/tomcat@sha256:0000',
        '    Port:           8080/TCP',
        '    Host Port:      0/TCP',
        '    State:          Running',
        '      Started:      Wed, 01 Jan 2025 00:00:00 +0000',
        '    Ready:          True',
        '    Restart Count:  0',
        '    Environment:    <none>',
        '    Mounts:         <none>',
        'Conditions:',
        '  Type              Status',
        '  Initialized       True ',
        '  Ready             True ',
        '  ContainersReady   True ',
        '  PodScheduled      True ',
        'Volumes:            <none>',
        'QoS Class:          BestEffort',
        'Node-Selectors:     <none>',
        'Tolerations:        <none>',
        // Its own tabwriter block: kubectl flushes before the table (describe.go DescribeEvents).
        // The pod's node is set in this hand-built state, so no scheduler placed it: kubelet's only.
        'Events:',
        '  Type    Reason   Age   From     Message',
        '  ----    ------   ----  ----     -------',
        '  Normal  Pulling  60s   kubelet  Pulling image "tomcat:9"',
        '  Normal  Pulled   60s   kubelet  Successfully pulled image "tomcat:9" in 650ms (650ms including waiting). Image size: 23820067 bytes.',
        '  Normal  Created  60s   kubelet  Created container: tomcat',
        '  Normal  Started  60s   kubelet  Started container tomcat',
        '',
      ].join('\n'),
    );
  });

  it('describe node and describe without a name (all of the kind)', () => {
    const node = runKubectl(seed, ['describe', 'no', 'node-1']).stdout;
    expect(
      node.startsWith(
        'Name:               node-1\nRoles:              control-plane\nLabels:             kubernetes.io/hostname=node-1\n                    node-role.kubernetes.io/control-plane=\n',
      ),
    ).toBe(true);
    expect(node).toContain('Non-terminated Pods:          (1 in total)\n');
    expect(node).toContain('PodCIDR:                      10.244.1.0/24\n');
    const all = runKubectl(seed, ['describe', 'svc', '-n', 'shop']);
    expect(all.stdout.startsWith('Name:                     web-lb\n')).toBe(true);
    const many = runKubectl(seed, ['describe', 'svc']).stdout;
    expect(many.split('\n\nName:').length).toBe(5);
  });

  it('errors: NotFound, nothing found, unknown type', () => {
    expect(runKubectl(seed, ['describe', 'svc', 'nope'])).toEqual({
      stdout: '',
      stderr: 'Error from server (NotFound): services "nope" not found\n',
      exitCode: 1,
    });
    expect(runKubectl(seed, ['describe', 'ing'])).toEqual({
      stdout: '',
      stderr: 'No resources found in default namespace.\n',
      exitCode: 0,
    });
    expect(runKubectl(seed, ['describe', 'gizmo', 'x']).stderr).toBe(
      'error: the server doesn\'t have a resource type "gizmo"\n',
    );
  });
});
