// What the API server's defaulters write into a container beyond SetDefaults_Container: its probes
// (SetDefaults_Probe, SetDefaults_HTTPGetAction, GRPCAction's `+default=""` service) and its env's
// fieldRef (SetDefaults_ObjectFieldSelector), in a Pod and in a workload's template alike
// (k8s.io/kubernetes pkg/apis/core/v1/defaults.go; api/pod/podSpec.ts setContainerDefaults).
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { loadScenario } from '../../scenario/load.ts';

const YAML = readFileSync('src/core/kubectl/fixtures/container-spec.yaml', 'utf8');

describe('container defaults', () => {
  const s = loadScenario(YAML);
  const template = s.state.deployments.find((d) => d.metadata.name === 'api')!.spec!.template.spec!.containers[0]!;
  const grpc = s.state.pods.find((p) => p.metadata.name === 'grpc')!.spec.containers[0]!;

  it('fills a probe’s zero or missing timeout, period and thresholds, and keeps what was written', () => {
    expect(template.livenessProbe).toEqual({
      tcpSocket: { port: 'http' },
      initialDelaySeconds: 5,
      timeoutSeconds: 1,
      periodSeconds: 10,
      successThreshold: 1,
      failureThreshold: 3,
    });
    expect(template.startupProbe).toMatchObject({ periodSeconds: 10, failureThreshold: 30 });
  });

  it('gives an HTTP probe its scheme and path only when they are empty', () => {
    expect(template.readinessProbe!.httpGet).toEqual({ path: '/healthz ready', port: 8080, scheme: 'HTTPS' });
    const bare = loadScenario(
      'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers:\n  - name: c\n    image: nginx\n    readinessProbe:\n      httpGet: {port: 80}\n',
    ).state.pods.find((p) => p.metadata.name === 'p')!.spec.containers[0]!;
    expect(bare.readinessProbe!.httpGet).toEqual({ port: 80, path: '/', scheme: 'HTTP' });
  });

  it('stores a gRPC probe’s service as an empty string, and a fieldRef’s apiVersion as v1', () => {
    expect(grpc.livenessProbe!.grpc).toEqual({ port: 2379, service: '' });
    expect(template.env!.find((e) => e.name === 'POD_IP')!.valueFrom!.fieldRef).toEqual({
      apiVersion: 'v1',
      fieldPath: 'status.podIP',
    });
  });
});
