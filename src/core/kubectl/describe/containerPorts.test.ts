// The container lines of `kubectl describe pod` kubectl v0.34.0 changed or splits: port names
// (describe_test.go TestDescribeContainerPorts, added in v0.34.0) and a command or argument with line
// breaks (describeContainerCommand prints each line on its own).
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../scenario/load.ts';
import { runKubectl } from '../runKubectl.ts';
import { describeContainerPorts } from './pod.ts';

describe('describe pod: container ports and commands', () => {
  it.each([
    ['no ports', [], '', ''],
    [
      'container and host port, with name',
      [{ name: 'web', containerPort: 8080, hostPort: 8080, protocol: 'TCP' }],
      '8080/TCP (web)',
      '8080/TCP (web)',
    ],
    [
      'container and host port, no name',
      [{ containerPort: 8080, hostPort: 8080, protocol: 'TCP' }],
      '8080/TCP',
      '8080/TCP',
    ],
    [
      'multiple ports with mixed configuration',
      [
        { name: 'controller', containerPort: 9093, hostPort: 9093, protocol: 'TCP' },
        { containerPort: 9092, protocol: 'TCP' },
        { name: 'interbroker', containerPort: 9094, hostPort: 9094, protocol: 'TCP' },
      ],
      '9093/TCP (controller), 9092/TCP, 9094/TCP (interbroker)',
      '9093/TCP (controller), 0/TCP, 9094/TCP (interbroker)',
    ],
  ])('TestDescribeContainerPorts %s', (_name, ports, container, host) => {
    expect(describeContainerPorts(ports, 'containerPort')).toBe(container);
    expect(describeContainerPorts(ports, 'hostPort')).toBe(host);
  });

  it("a sidecar's named port, and a multi-line argument, in the describe output", () => {
    const yaml = `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  initContainers:
  - name: proxy
    image: registry.k8s.io/serve_hostname
    restartPolicy: Always
    ports:
    - name: http-proxy
      containerPort: 15001
  containers:
  - name: app
    image: busybox:1.36
    command: [sh, -c]
    args:
    - |
      echo one
      echo two
`;
    const out = runKubectl(loadScenario(yaml), ['describe', 'pod', 'web']).stdout;
    expect(out).toMatch(/\n {4}Port: +15001\/TCP \(http-proxy\)\n {4}Host Port: +0\/TCP \(http-proxy\)\n/);
    expect(out).toContain('\n    Args:\n      echo one\n      echo two\n      \n    State:');
  });
});
