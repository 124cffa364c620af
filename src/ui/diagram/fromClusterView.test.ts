import { describe, expect, it } from 'vitest';
import { targetSuggestions } from '../traffic/clientSuggestions.ts';
import { defaultView } from '../traffic/fixtures/clusterView.ts';
import { clientStartId, fromClusterView, toViewClients } from './fromClusterView.ts';
import type { ClientSpec } from '../../worker/protocol.ts';

/** The default clients as the core resolves them on the fixture's cluster (src/core/sim/defaultClients.ts). */
const clients: ClientSpec[] = [
  { id: 'laptop', from: { kind: 'external', ip: '203.0.113.10' }, to: 'http://192.168.49.2:30080', rate: 2 },
  { id: 'phone', from: { kind: 'external', ip: '203.0.113.25' }, to: 'http://192.168.49.3:30080', rate: 1 },
  {
    id: 'curl',
    from: { kind: 'pod', namespace: 'default', name: 'web-5d8f6c-2xkqp' },
    to: 'http://10.96.14.201:80',
    rate: 2,
  },
];

describe('client targets on the diagram', () => {
  it("draws each client's arrow to the box of the object the core says it enters", () => {
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
    expect(clientStartId({ id: 'c', from: { kind: 'pod', namespace: 'shop', name: 'web-1' }, to: 'x', rate: 1 })).toBe(
      'client:c',
    );
    expect(clientStartId({ id: 'c', from: { kind: 'node', name: 'node-2' }, to: 'x', rate: 1 })).toBe('kp:node-2');
    expect(clientStartId({ id: 'c', from: { kind: 'external' }, to: 'x', rate: 1 })).toBe('client:c');
  });
  it('offers each Service by its ClusterIP, nodePort and LB as declarations; outside clients only what they can reach', () => {
    expect(targetSuggestions(defaultView)).toEqual([
      'service/default/my-service:80',
      'nodeport/default/my-service-nodeport:80',
      'service/default/my-service-nodeport:80',
    ]);
    expect(targetSuggestions(defaultView, true)).toEqual(['nodeport/default/my-service-nodeport:80']);
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
