import { describe, expect, it } from 'vitest';
import type { AdmittedPod } from './admitted.ts';
import { findPort, servedPorts } from './podPorts.ts';

// As admission stores it: SetDefaults_ContainerPort gave every port a protocol.
const pod: AdmittedPod = {
  metadata: { name: 'web', namespace: 'default' },
  spec: {
    initContainers: [
      { name: 'setup', ports: [{ name: 'setup', containerPort: 9000, protocol: 'TCP' }] }, // runs to completion first
      { name: 'proxy', restartPolicy: 'Always', ports: [{ name: 'http', containerPort: 15001, protocol: 'TCP' }] },
    ],
    containers: [{ name: 'app', ports: [{ name: 'dns', containerPort: 53, protocol: 'UDP' }] }],
  },
};

describe(servedPorts, () => {
  it('lists app containers, then restartable init containers, never run-to-completion ones', () => {
    expect(servedPorts(pod)).toEqual([
      { name: 'dns', port: 53, protocol: 'UDP' },
      { name: 'http', port: 15001, protocol: 'TCP' },
    ]);
  });
});

describe(findPort, () => {
  it('resolves a name by name and protocol, takes a number as-is', () => {
    // Service ports as admission stores them (SetDefaults_Service filled protocol and targetPort).
    expect(findPort(pod, { port: 80, protocol: 'TCP', targetPort: 'http' })).toBe(15001);
    expect(findPort(pod, { port: 80, protocol: 'TCP', targetPort: 'dns' })).toBeNull(); // dns is UDP
    expect(findPort(pod, { port: 53, protocol: 'UDP', targetPort: 'dns' })).toBe(53);
    expect(findPort(pod, { port: 80, protocol: 'TCP', targetPort: 'setup' })).toBeNull();
    expect(findPort(pod, { port: 80, protocol: 'TCP', targetPort: 8080 })).toBe(8080);
  });
});
