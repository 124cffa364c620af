// kubelet's readiness probes (readinessProbe.ts) on a real fixture: which containers are ready, the
// Ready condition's message, the Unhealthy Event describe prints, and the EndpointSlice that follows.
// Expected texts: Go's dial error (net.OpError: "dial tcp ADDR: connect: connection refused"), net/http's
// url.Error (`Get "URL": <err>`) and its "server gave HTTP response to HTTPS client", prober.go's
// "%s probe failed: %s", kubectl describe's "%s (x%d over %s)".
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildState } from './fixtures/buildState.ts';
import { eventsAbout } from './clusterEvents.ts';
import { loadScenario } from '../scenario/load.ts';
import { runKubectl } from '../kubectl/runKubectl.ts';

const read = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');

describe('readiness probes against the pod server', () => {
  const { state } = buildState(read('readiness-probes.yaml'));
  const pod = (name: string) => state.pods.find((p) => p.metadata.name === name)!;
  const ready = (name: string) => pod(name).status?.conditions?.find((c) => c.type === 'Ready');
  const unhealthy = (name: string) =>
    eventsAbout(state, { ...pod(name), kind: 'Pod' }).filter((e) => e.reason === 'Unhealthy');

  it('a probe on a port the server answers on passes; a named port is the container port of that name', () => {
    expect(ready('http-ok')?.status).toBe('True');
    expect(unhealthy('http-ok')).toEqual([]);
  });

  it('a probe on a port nobody listens on fails, and the pod is Running but not ready', () => {
    const p = pod('http-wrong-port');
    expect(p.status?.phase).toBe('Running');
    expect(p.status?.containerStatuses?.[0]?.ready).toBe(false);
    expect(ready('http-wrong-port')).toMatchObject({
      status: 'False',
      reason: 'ContainersNotReady',
      message: 'containers with unready status: [app]',
    });
    const ip = p.status!.podIP!;
    const [e] = unhealthy('http-wrong-port');
    expect(e).toMatchObject({
      type: 'Warning',
      from: 'kubelet',
      fieldPath: 'spec.containers{app}',
      message: `Readiness probe failed: Get "http://${ip}:8080/healthz": dial tcp ${ip}:8080: connect: connection refused`,
    });
  });

  it('one Event counts the probes: the first when the container started, then one each period until now', () => {
    // The scenario's clock reads 60 s after the containers started: probes at 0, 10, …, 60 s.
    expect(unhealthy('http-wrong-port')[0]?.repeated?.count).toBe(7);
    // periodSeconds 5: 0, 5, …, 60 s; a port written as a string of digits is that number.
    const [tcp] = unhealthy('tcp-wrong-port');
    expect(tcp?.repeated?.count).toBe(13);
    expect(tcp?.message).toBe(
      `Readiness probe failed: dial tcp ${pod('tcp-wrong-port').status!.podIP!}:8080: connect: connection refused`,
    );
  });

  it('HTTPS against the plain-HTTP server fails after its initial delay', () => {
    const [e] = unhealthy('https-on-http');
    const ip = pod('https-on-http').status!.podIP!;
    expect(e?.message).toBe(
      `Readiness probe failed: Get "https://${ip}:9376/": http: server gave HTTP response to HTTPS client`,
    );
    // initialDelaySeconds 15, periodSeconds 20: probes at 15, 35 and 55 s.
    expect(e?.repeated?.count).toBe(3);
    expect(Date.parse(e!.repeated!.lastAt) - Date.parse(e!.at)).toBe(40_000);
  });

  it('within its initial delay no probe has run: not ready, and no Event', () => {
    expect(ready('still-in-delay')?.status).toBe('False');
    expect(unhealthy('still-in-delay')).toEqual([]);
  });

  it('an exec probe is not simulated: the container is ready as without one', () => {
    expect(ready('exec-probe')?.status).toBe('True');
  });

  it('the EndpointSlice lists the pods that are not ready as not ready', () => {
    const slice = state.endpointSlices.find((s) => s.metadata.labels?.['kubernetes.io/service-name'] === 'web')!;
    const byPod = Object.fromEntries(slice.endpoints.map((e) => [e.targetRef?.name, e.conditions?.ready]));
    expect(byPod).toEqual({
      'http-ok': true,
      'http-wrong-port': false,
      'tcp-wrong-port': false,
      'https-on-http': false,
      'still-in-delay': false,
      'exec-probe': true,
    });
  });

  it('kubectl describe pod prints the count and the span', () => {
    const out = runKubectl(loadScenario(read('readiness-probes.yaml')), ['describe', 'pod', 'tcp-wrong-port']).stdout;
    expect(out).toMatch(
      /\n {2}Warning {2}Unhealthy {2}0s \(x13 over 60s\) {2}kubelet +Readiness probe failed: dial tcp /,
    );
  });
});
