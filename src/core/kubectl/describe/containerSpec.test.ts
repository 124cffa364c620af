// The container block's resources, probes and environment (kubectl v0.34.0 describe.go
// describeResources, DescribeProbe, describeContainerEnvFrom, describeContainerEnvVars and
// EnvValueRetriever; describe_test.go TestDescribeContainers' env, envFrom and resource cases).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../scenario/load.ts';
import { runKubectl } from '../runKubectl.ts';
import { describeProbe } from './containerSpec.ts';

const yaml = readFileSync(new URL('../fixtures/container-spec.yaml', import.meta.url), 'utf8');
const describeOut = (...args: string[]) => runKubectl(loadScenario(yaml), ['describe', ...args]).stdout;

describe('describe: a container spec', () => {
  it("prints a pod template's resources, probes and environment in kubectl's order and words", () => {
    const out = describeOut('deployment', 'api');
    expect(out).toContain(`    Args:
      netexec
      --http-port=8080
    Limits:
      cpu:     500m
      memory:  256Mi
    Requests:
      cpu:      250m
      memory:   64Mi
    Liveness:   tcp-socket :http delay=5s timeout=1s period=10s #success=1 #failure=3
    Readiness:  http-get https://:8080/healthz%20ready delay=0s timeout=1s period=5s #success=1 #failure=3
    Startup:    exec [cat /tmp/started] delay=0s timeout=1s period=10s #success=1 #failure=30
    Environment Variables from:
      api-config  ConfigMap                 Optional: false
      db          Secret with prefix 'DB_'  Optional: true
    Environment:
      GREETING:        hello
                       world
      POD_NAME:         (v1:metadata.name)
      POD_IP:           (v1:status.podIP)
      CPU_LIMIT:       500 (limits.cpu)
      MEM_REQUEST_MI:  64 (requests.memory)
      MODE:            <set to the key 'mode' of config map 'api-config'>  Optional: false
      PASSWORD:        <set to the key 'password' in secret 'db'>          Optional: false
    Mounts:            <none>
`);
  });

  it("resolves only metadata.name and metadata.namespace for a pod, as kubectl's scheme converts no other path", () => {
    const out = describeOut('pods', '-l', 'app=api');
    const name = /^Name: +(\S+)/.exec(out)?.[1];
    expect(name).toMatch(/^api-[a-z0-9]+-[a-z0-9]{5}$/);
    expect(out).toContain(
      `\n      POD_NAME:        ${name} (v1:metadata.name)\n      POD_IP:           (v1:status.podIP)\n`,
    );
  });

  it("prints a gRPC probe with its defaulted empty service, and an unset limit as the node's allocatable", () => {
    const out = describeOut('pod', 'grpc');
    expect(out).toContain(
      '\n    Liveness:       grpc <pod>:2379  delay=0s timeout=1s period=10s #success=1 #failure=3\n',
    );
    expect(out).toContain('\n    Environment:\n      NO_LIMIT:  node allocatable (limits.memory)\n');
    expect(out).not.toContain('Environment Variables from');
    expect(out).not.toContain('Limits:');
  });

  it.each([
    [
      'IPv6 host, named port',
      { httpGet: { host: 'fd00::1', port: 'web', path: '/', scheme: 'HTTP' } },
      'http-get http://[fd00::1]:web/',
    ],
    ['a path without its slash', { httpGet: { port: 80, path: 'ready', scheme: 'HTTP' } }, 'http-get http://:80/ready'],
    [
      'characters Go escapes in a path',
      { httpGet: { port: 80, path: "/a(b)!*'~$", scheme: 'HTTP' } },
      'http-get http://:80/a%28b%29%21%2A%27~$',
    ],
    ['a tcp socket on a host', { tcpSocket: { host: '10.0.0.1', port: 5432 } }, 'tcp-socket 10.0.0.1:5432'],
    ['no handler', {}, 'unknown'],
  ])('DescribeProbe: %s', (_name, handler, text) => {
    const probe = { ...handler, timeoutSeconds: 1, periodSeconds: 10, successThreshold: 1, failureThreshold: 3 };
    expect(describeProbe(probe)).toBe(`${text} delay=0s timeout=1s period=10s #success=1 #failure=3`);
  });
});
