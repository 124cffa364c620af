import { describe, expect, it } from 'vitest';
import { defaultClients } from './defaultClients.ts';
import { targetSuggestions } from './TrafficControls.tsx';
import { defaultView } from './fixtures/clusterView.ts';
import { clientStartId, fromClusterView, toViewClients } from '../diagram/fromClusterView.ts';

describe('defaultClients', () => {
  it('sends outside clients (TEST-NET-3) to the NodePort on two nodes and a pod to the ClusterIP', () => {
    expect(defaultClients(defaultView)).toEqual([
      { id: 'laptop', from: { kind: 'external', ip: '203.0.113.10' }, to: 'http://192.168.49.2:30080', rate: 2 },
      { id: 'phone', from: { kind: 'external', ip: '203.0.113.25' }, to: 'http://192.168.49.3:30080', rate: 1 },
      {
        id: 'curl',
        from: { kind: 'pod', namespace: 'default', name: 'web-5d8f6c-2xkqp' },
        to: 'http://10.96.14.201:80',
        rate: 2,
      },
    ]);
  });
  it('prefers a LoadBalancer address when one was provisioned', () => {
    const lbView = {
      ...defaultView,
      services: defaultView.services.map((s) =>
        s.name === 'my-service-nodeport' ? { ...s, type: 'LoadBalancer', lbIPs: ['172.18.255.1'] } : s,
      ),
    };
    expect(defaultClients(lbView)[0]?.to).toBe('http://172.18.255.1:80');
    // Never from the cloud's LB pool (198.51.100.0/24): outside clients come from 203.0.113.0/24.
    expect(
      defaultClients(lbView)
        .map((c) => (c.from.kind === 'external' ? c.from.ip : undefined))
        .filter((ip) => ip !== undefined)
        .every((ip) => ip.startsWith('203.0.113.')),
    ).toBe(true);
  });
  it('adds nothing when no Service has endpoints', () => {
    expect(
      defaultClients({ ...defaultView, services: defaultView.services.map((s) => ({ ...s, endpoints: [] })) }),
    ).toEqual([]);
  });
});

describe('client targets on the diagram', () => {
  it("draws each client's arrow to the box of the object the core says it enters", () => {
    const clients = defaultClients(defaultView);
    const viewClients = toViewClients(clients, {
      laptop: { kind: 'Node', name: 'node-1' },
      phone: { kind: 'LoadBalancer', namespace: 'default', name: 'my-service-nodeport' },
      curl: { kind: 'Service', namespace: 'default', name: 'my-service' },
    });
    expect(viewClients.map((c) => [c.id, c.kind, c.target, c.ip ?? c.pod])).toEqual([
      ['laptop', 'external', 'kp:node-1', '203.0.113.10'],
      ['phone', 'external', 'lb:default/my-service-nodeport', '203.0.113.25'],
      ['curl', 'pod', 'svc:default/my-service', 'default/web-5d8f6c-2xkqp'],
    ]);
    // No answer yet (or a name that does not resolve): no arrow.
    expect(toViewClients(clients, {})[0]!.target).toBeUndefined();
  });
  it("starts every client's packets at its own box, a node's process at that node's kube-proxy", () => {
    expect(
      clientStartId({ id: 'c', from: { kind: 'pod', namespace: 'default', name: 'web-1' }, to: 'x', rate: 1 }),
    ).toBe('client:c');
    expect(clientStartId({ id: 'c', from: { kind: 'pod', namespace: 'shop', name: 'web-1' }, to: 'x', rate: 1 })).toBe(
      'client:c',
    );
    expect(clientStartId({ id: 'c', from: { kind: 'node', name: 'node-2' }, to: 'x', rate: 1 })).toBe('kp:node-2');
    expect(clientStartId({ id: 'c', from: { kind: 'external' }, to: 'x', rate: 1 })).toBe('client:c');
  });
  it('offers the Service name, ClusterIP, nodePort and LB addresses as targets', () => {
    expect(targetSuggestions(defaultView)).toEqual([
      'my-service',
      'http://10.96.14.201:80',
      'my-service-nodeport',
      'http://10.96.77.12:80',
      'http://192.168.49.2:30080',
    ]);
  });
  it('groups pods under their nodes and keeps one endpoint per address', () => {
    const v = fromClusterView({
      ...defaultView,
      services: defaultView.services.map((s) => ({ ...s, endpoints: [...s.endpoints, ...s.endpoints] })),
    });
    expect(v.nodes.map((n) => [n.name, n.pods.length])).toEqual([
      ['node-1', 2],
      ['node-2', 1],
    ]);
    expect(v.services[0]?.endpoints).toHaveLength(3);
  });
});
