// Cell values from upstream printers_test.go (TestPrintServiceLoadBalancer, TestPrintEndpoint,
// TestPrintEndpointSlice, makePortString cases, TestPrintIngress, TestPrintPodWithRestartableInitContainer).
import { describe, expect, it } from 'vitest';
import type { AdmittedEndpointSlice, AdmittedEndpoints, AdmittedIngress } from '../../model/admitted.ts';
import { stateFromStoredYaml } from '../../api/testing/storedState.ts';
import { storedPod, storedService } from '../../api/defaults.ts';
import { makePortString, servicePrinter } from './service.ts';
import { endpointSlicePrinter, endpointsPrinter } from './endpoints.ts';
import { ingressPrinter } from './ingress.ts';
import { podPrinter } from './pod.ts';
import type { PrintContext } from './table.ts';

const state = stateFromStoredYaml('', { createdAt: '2015-01-01T00:00:00Z', now: '2025-01-02T00:00:00Z' });
const ctx: PrintContext = { state, wide: false };
const wide: PrintContext = { state, wide: true };

const lb = (name: string, ingress: string[], externalIPs?: string[]) =>
  storedService({
    metadata: { name, creationTimestamp: '2025-01-01T23:59:00Z' },
    spec: {
      clusterIPs: ['1.2.3.4'],
      type: 'LoadBalancer',
      ports: [{ port: 80, protocol: 'TCP' }],
      ...(externalIPs ? { externalIPs } : {}),
    },
    status: { loadBalancer: { ingress: ingress.map((ip) => ({ ip })) } },
  });

describe('printService', () => {
  it('EXTERNAL-IP of LoadBalancers: sorted ingress IPs, <pending>, truncation at 16, externalIPs appended', () => {
    expect(servicePrinter.row(lb('service1', ['2.3.4.5', '3.4.5.6']), ctx)).toEqual([
      'service1',
      'LoadBalancer',
      '1.2.3.4',
      '2.3.4.5,3.4.5.6',
      '80/TCP',
      '60s',
    ]);
    expect(servicePrinter.row(lb('service2', []), ctx)[3]).toBe('<pending>');
    expect(servicePrinter.row(lb('service3', ['2.3.4.5', '3.4.5.6', '5.6.7.8']), ctx)[3]).toBe('2.3.4.5,3.4.5...');
    expect(servicePrinter.row(lb('service4', ['2.3.4.5', '3.4.5.6', '5.6.7.8']), wide)[3]).toBe(
      '2.3.4.5,3.4.5.6,5.6.7.8',
    );
    expect(servicePrinter.row(lb('service5', ['3.4.5.6'], ['80.11.12.10']), ctx)[3]).toBe('3.4.5.6,80.11.12.10');
  });

  it('PORT(S) like makePortString', () => {
    expect(makePortString([{ port: 2233, protocol: 'tcp' as never }])).toBe('2233/tcp');
    expect(makePortString([{ port: 8888, nodePort: 9999, protocol: 'tcp' as never }])).toBe('8888:9999/tcp');
    expect(
      makePortString([
        { port: 80, protocol: 'TCP' },
        { port: 8090, protocol: 'UDP' },
        { port: 8000, protocol: 'TCP' },
        { port: 7777, protocol: 'SCTP' },
      ]),
    ).toBe('80/TCP,8090/UDP,8000/TCP,7777/SCTP');
  });

  it('headless, ExternalName and no ports; SELECTOR only when wide', () => {
    const headless = storedService({
      metadata: { name: 'h' },
      spec: { clusterIP: 'None', clusterIPs: ['None'], type: 'ClusterIP', selector: { b: '2', a: '1' } },
    });
    expect(servicePrinter.row(headless, ctx)).toEqual(['h', 'ClusterIP', 'None', '<none>', '<none>', '10y']);
    expect(servicePrinter.row(headless, wide)[6]).toBe('a=1,b=2');
    const ext = storedService({
      metadata: { name: 'e' },
      spec: { type: 'ExternalName', externalName: 'db.example.com' },
    });
    expect(servicePrinter.row(ext, ctx).slice(2, 4)).toEqual(['<none>', 'db.example.com']);
  });
});

describe('printEndpoints / printEndpointSlice', () => {
  it('ENDPOINTS: max 3 then + N more...', () => {
    const ep: AdmittedEndpoints = {
      metadata: { name: 'test1', namespace: 'default' },
      subsets: [
        {
          addresses: [{ ip: '1.2.3.4' }, { ip: '5.6.7.8' }, { ip: '9.8.7.6' }, { ip: '6.6.6.6' }],
          ports: [{ port: 8001, protocol: 'TCP' }],
        },
      ],
    };
    expect(endpointsPrinter.row(ep, ctx)[1]).toBe('1.2.3.4:8001,5.6.7.8:8001,9.8.7.6:8001 + 1 more...');
    expect(endpointsPrinter.row({ metadata: { name: 'e', namespace: 'default' } }, ctx)[1]).toBe('<none>');
    expect(
      endpointsPrinter.row(
        { metadata: { name: 'e', namespace: 'default' }, subsets: [{ addresses: [{ ip: '1.1.1.1' }] }] },
        ctx,
      )[1],
    ).toBe('1.1.1.1');
  });

  it('multiportslice.123 row', () => {
    const s: AdmittedEndpointSlice = {
      metadata: { name: 'multiportslice.123', namespace: 'default', creationTimestamp: '2025-01-01T23:59:00Z' },
      addressType: 'IPv4',
      // As stored: SetDefaults_EndpointPort gave each port an empty name and TCP.
      ports: [80, 443, 3000, 3001].map((port) => ({ name: '', protocol: 'TCP', port })),
      endpoints: [
        { addresses: ['10.1.2.3', '2001:db8::1234:5678'] },
        { addresses: ['10.2.3.4'] },
        { addresses: ['10.3.4.5'] },
      ],
    };
    expect(endpointSlicePrinter.row(s, ctx)).toEqual([
      'multiportslice.123',
      'IPv4',
      '80,443,3000 + 1 more...',
      '10.1.2.3,2001:db8::1234:5678,10.2.3.4 + 1 more...',
      '60s',
    ]);
    expect(
      endpointSlicePrinter
        .row({ metadata: { name: 'empty', namespace: 'default' }, addressType: 'IPv4', endpoints: [] }, ctx)
        .slice(2, 4),
    ).toEqual(['<unset>', '<unset>']);
  });
});

describe('printIngress and printPod', () => {
  it('Ingress: class, hosts `*`, address, ports', () => {
    const ing: AdmittedIngress = {
      metadata: { name: 'test1', namespace: 'default' },
      spec: { defaultBackend: { service: { name: 'svc', port: { number: 93 } } } },
      status: { loadBalancer: { ingress: [{ ip: '2.3.4.5', hostname: 'localhost.localdomain' }] } },
    };
    expect(ingressPrinter.row(ing, ctx)).toEqual(['test1', '<none>', '*', '2.3.4.5', '80', '10y']);
  });

  it('Pod: ready count, waiting reason, wide cells', () => {
    const pod = storedPod({
      metadata: { name: 'test1' },
      spec: { nodeName: 'node1', containers: [{ name: 'a' }, { name: 'b' }] },
      status: {
        phase: 'Running',
        podIPs: [{ ip: '1.1.1.1' }],
        containerStatuses: [
          { name: 'a', image: 'x', imageID: '', ready: true, restartCount: 3, state: { running: {} } },
          {
            name: 'b',
            image: 'x',
            imageID: '',
            ready: false,
            restartCount: 3,
            state: { waiting: { reason: 'CrashLoopBackOff' } },
          },
        ],
      },
    });
    expect(podPrinter.row(pod, wide)).toEqual([
      'test1',
      '1/2',
      'CrashLoopBackOff',
      '6',
      '10y',
      '1.1.1.1',
      'node1',
      '<none>',
      '<none>',
    ]);
  });

  // TestPrintPodWithRestartableInitContainer "test2" and "test3": sidecars count among the containers,
  // ready once started and ready, their restarts and last restart with the containers'.
  it('Pod with sidecars: READY out of containers and sidecars, RESTARTS with theirs', () => {
    const sidecarPod = (phase: string, sidecar: object, container: object) =>
      storedPod({
        metadata: { name: 'test2' },
        spec: {
          initContainers: [
            { name: 'restartable-init-1', restartPolicy: 'Always' },
            { name: 'restartable-init-2', restartPolicy: 'Always' },
          ],
          containers: [{ name: 'c' }],
        },
        status: {
          phase,
          initContainerStatuses: [
            {
              name: 'restartable-init-1',
              image: '',
              imageID: '',
              ready: false,
              restartCount: 3,
              lastState: { terminated: { exitCode: 0, finishedAt: '2025-01-01T23:59:50Z' } },
              ...sidecar,
            },
            { name: 'restartable-init-2', image: '', imageID: '', ready: false, restartCount: 0, ...sidecar },
          ],
          containerStatuses: [
            {
              name: 'c',
              image: '',
              imageID: '',
              ready: false,
              restartCount: 4,
              lastState: { terminated: { exitCode: 0, finishedAt: '2025-01-01T23:59:40Z' } },
              ...container,
            },
          ],
          conditions: [{ type: 'Initialized', status: 'True' }],
        },
      });
    const running = sidecarPod(
      'Running',
      { started: true, state: { running: {} } },
      { ready: true, state: { running: {} } },
    );
    expect(podPrinter.row(running, ctx)).toEqual(['test2', '1/3', 'Running', '7 (10s ago)', '10y']);
    const ready = structuredClone(running);
    ready.status!.initContainerStatuses![1]!.ready = true;
    expect(podPrinter.row(ready, ctx)[1]).toBe('2/3');
    const succeeded = sidecarPod(
      'Succeeded',
      { started: false, state: { terminated: { reason: 'Error', exitCode: 137 } } },
      { ready: false, state: { terminated: { reason: 'Completed', exitCode: 0 } } },
    );
    expect(podPrinter.row(succeeded, ctx)).toEqual(['test2', '0/3', 'Completed', '7 (10s ago)', '10y']);
  });
});
