import { describe, expect, it } from 'vitest';
import { hopsToPath, type PathContext, type ResultLike } from './hopsToPath.ts';
import { toFlowElements } from '../diagram/toFlowElements.ts';
import { viewMyService, podA, podB } from '../diagram/fixtures/views.ts';

const { nodes, edges } = toFlowElements(viewMyService, [
  { id: 'laptop', kind: 'external', ip: '203.0.113.10', target: 'lb:default/my-service' },
]);
const nodeIds = new Set(nodes.map((n) => n.id));
const ctx = (over: Partial<PathContext>): PathContext => ({
  start: 'client:laptop',
  edges,
  nodeIds,
  namespace: 'default',
  ...over,
});
const result = (hops: ResultLike['hops'], over: Partial<ResultLike> = {}): ResultLike => ({
  index: 0,
  time: 0,
  outcome: 'ok',
  hops,
  ...over,
});

describe('hopsToPath', () => {
  it('external → LoadBalancer → node:nodePort → kube-proxy → pod', () => {
    const path = hopsToPath(
      result(
        [
          { kind: 'client', detail: '203.0.113.10 → 198.51.100.10:80' },
          {
            kind: 'load-balancer',
            detail: 'LB 198.51.100.10:80 → node-b:30007',
            at: { kind: 'Service', namespace: 'default', name: 'my-service' },
          },
          { kind: 'node', node: 'node-b', detail: 'node-b:30007' },
          { kind: 'kube-proxy', node: 'node-b', detail: 'KUBE-NODEPORTS', rule: '-A KUBE-NODEPORTS ...' },
          { kind: 'dnat', node: 'node-b', detail: '→ 10.244.1.2:9376' },
          { kind: 'pod', node: 'node-a', detail: `${podA.name}:9376` },
        ],
        { pod: podA.name, entry: { kind: 'LoadBalancer', namespace: 'default', name: 'my-service' } },
      ),
      ctx({}),
    );
    expect(path.legs.map((l) => `${l.from}>${l.to}`)).toEqual([
      'client:laptop>lb:default/my-service',
      'lb:default/my-service>kp:node-b',
      `kp:node-b>pod:default/${podA.name}`,
    ]);
    expect(path.legs[0]?.edgeId).toBe('cle:laptop>lb:default/my-service');
    expect(path.legs[2]?.hop).toBe(5);
    expect(path.stop).toBeUndefined();
  });

  it("pod → ClusterIP → pod follows the Service's selector edge", () => {
    const path = hopsToPath(
      result(
        [
          { kind: 'client', detail: 'from pod other' },
          { kind: 'dns', detail: 'my-service.default.svc.cluster.local → 10.96.12.34' },
          { kind: 'kube-proxy', node: 'node-b', detail: 'KUBE-SERVICES', at: { kind: 'Service', name: 'my-service' } },
          { kind: 'pod', detail: podB.name },
        ],
        { pod: podB.name },
      ),
      ctx({ start: 'pod:default/other' }),
    );
    expect(path.legs.map((l) => l.to)).toEqual(['svc:default/my-service', `pod:default/${podB.name}`]);
    expect(path.legs[1]).toMatchObject({ edgeId: `sel:default/my-service>default/${podB.name}` });
    expect(path.legs[0]?.edgeId).toBeUndefined();
  });

  it('NodePort to a pod on another node: entry kube-proxy → the Service that matched → the pod, on drawn edges', () => {
    const svc = { kind: 'Service', namespace: 'default', name: 'my-service' };
    const path = hopsToPath(
      result(
        [
          { kind: 'client', detail: '' },
          { kind: 'node', node: 'node-b', detail: 'to node-b port 30007' },
          {
            kind: 'kube-proxy',
            node: 'node-b',
            detail: 'KUBE-NODEPORTS',
            at: { ...svc, path: 'spec.ports[0].nodePort' },
          },
          { kind: 'kube-proxy', node: 'node-b', detail: 'KUBE-SVC pick' },
          { kind: 'dnat', node: 'node-b', detail: '', at: svc },
          { kind: 'snat', node: 'node-b', detail: '' },
          { kind: 'node', node: 'node-a', detail: 'routed over the pod network from node-b to node-a' },
          { kind: 'pod', node: 'node-a', detail: '', at: { kind: 'Pod', namespace: 'default', name: podA.name } },
        ],
        { pod: `default/${podA.name}` },
      ),
      ctx({ start: 'client:laptop' }),
    );
    expect(path.legs.map((l) => [l.to, l.edgeId ?? null, !!l.reverse])).toEqual([
      ['kp:node-b', null, false],
      ['svc:default/my-service', 'npe:default/my-service>node-b', true],
      [`pod:default/${podA.name}`, `sel:default/my-service>default/${podA.name}`, false],
    ]);
  });

  it('a pod that refuses (wrong targetPort) is reached, and the packet stops there', () => {
    const svc = { kind: 'Service', namespace: 'default', name: 'my-service' };
    const path = hopsToPath(
      result(
        [
          { kind: 'client', detail: '' },
          { kind: 'kube-proxy', node: 'node-a', detail: '', at: { ...svc, path: 'spec.clusterIP' } },
          { kind: 'dnat', node: 'node-a', detail: '', at: svc },
          { kind: 'node', node: 'node-b', detail: 'routed' },
          { kind: 'reject', node: 'node-b', detail: 'RST', at: { ...svc, path: 'spec.ports[0].targetPort' } },
        ],
        { outcome: 'refused', reason: 'nothing listens on 8080', pod: `default/${podB.name}` },
      ),
      ctx({ start: 'client:laptop' }),
    );
    expect(path.legs.map((l) => l.to)).toEqual(['svc:default/my-service', `pod:default/${podB.name}`]);
    expect(path.stop).toEqual({ at: `pod:default/${podB.name}`, reason: 'nothing listens on 8080', hop: 4 });
  });

  it("a rejected request stops where it failed, with the core's reason", () => {
    const path = hopsToPath(
      result(
        [
          { kind: 'client', detail: '' },
          { kind: 'kube-proxy', node: 'node-a', detail: 'no endpoints', at: { kind: 'Service', name: 'broken' } },
          { kind: 'reject', node: 'node-a', detail: 'REJECT icmp-port-unreachable' },
        ],
        { outcome: 'refused', reason: 'Service default/broken has no endpoints' },
      ),
      ctx({ start: 'pod:default/other' }),
    );
    expect(path.legs.map((l) => l.to)).toEqual(['svc:default/broken']);
    expect(path.stop).toEqual({ at: 'svc:default/broken', reason: 'Service default/broken has no endpoints', hop: 2 });
  });

  it('a failure without a drop hop still stops at the last box reached', () => {
    const path = hopsToPath(
      result(
        [
          { kind: 'client', detail: '' },
          { kind: 'dns', detail: 'NXDOMAIN' },
        ],
        { outcome: 'dns-error', reason: 'nxdomain' },
      ),
      ctx({}),
    );
    expect(path.legs).toEqual([]);
    expect(path.stop).toMatchObject({ at: 'client:laptop', reason: 'nxdomain' });
  });

  it('skips boxes that are not drawn and walks edges backwards when needed', () => {
    const path = hopsToPath(
      result(
        [
          { kind: 'kube-proxy', node: 'node-a', detail: '', at: { kind: 'Service', name: 'my-service' } },
          { kind: 'pod', detail: 'ghost' },
        ],
        { pod: 'ghost' },
      ),
      ctx({ start: `pod:default/${podA.name}` }),
    );
    expect(path.legs).toEqual([
      {
        from: `pod:default/${podA.name}`,
        to: 'svc:default/my-service',
        edgeId: `sel:default/my-service>default/${podA.name}`,
        reverse: true,
        hop: 0,
      },
    ]);
  });
});
