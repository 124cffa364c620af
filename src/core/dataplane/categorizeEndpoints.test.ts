// kube-proxy's topology filtering. Expected values: pkg/proxy/topology_test.go TestCategorizeEndpoints
// (the zone-hint cases, quoted by name), and for node hints topology.go topologyModeFromHints /
// availableForTopology (PreferSameNode when every ready endpoint has a node hint and one is for
// this node; otherwise zone hints are considered).
import { describe, expect, it } from 'vitest';
import type { AdmittedNode } from '../model/admitted.ts';
import type { ProxyEndpoint } from './proxyEndpoints.ts';
import { categorizeEndpoints } from './categorizeEndpoints.ts';

interface EpSpec {
  zones?: string[];
  nodes?: string[];
  ready?: boolean;
  local?: boolean;
}
const ep = (endpoint: string, s: EpSpec = {}): ProxyEndpoint => ({
  ip: endpoint.split(':')[0]!,
  port: 80,
  endpoint,
  ready: s.ready ?? true,
  serving: s.ready ?? true,
  terminating: false,
  isLocal: s.local ?? false,
  zoneHints: s.zones ?? [],
  nodeHints: s.nodes ?? [],
  sliceName: 's',
});
const node = (labels: Record<string, string>, name = 'test-node'): AdmittedNode =>
  ({ apiVersion: 'v1', kind: 'Node', metadata: { name, labels } }) as AdmittedNode;
const ZONE_A = node({ 'topology.kubernetes.io/zone': 'zone-a' });
const CLUSTER = { usesClusterEndpoints: true, usesLocalEndpoints: false };
const names = (eps: readonly ProxyEndpoint[]) => eps.map((e) => e.endpoint).sort();
const FOUR = (fourthReady = true) => [
  ep('10.1.2.3:80', { zones: ['zone-a'] }),
  ep('10.1.2.4:80', { zones: ['zone-b'] }),
  ep('10.1.2.5:80', { zones: ['zone-c'] }),
  ep('10.1.2.6:80', { zones: ['zone-a'], ready: fourthReady }),
];

describe('categorizeEndpoints with hints (topology_test.go TestCategorizeEndpoints)', () => {
  it("should use topology since all endpoints have hints, node has a zone label and there are endpoints for the node's zone", () => {
    const c = categorizeEndpoints(FOUR(), CLUSTER, ZONE_A);
    expect(names(c.clusterEndpoints)).toEqual(['10.1.2.3:80', '10.1.2.6:80']);
    expect(c.topologyMode).toBe('PreferSameZone');
  });

  it('externalTrafficPolicy: Local, topology ignored for Local endpoints', () => {
    const eps = [
      ep('10.1.2.3:80', { zones: ['zone-a'], local: true }),
      ep('10.1.2.4:80', { zones: ['zone-b'], local: true }),
      ep('10.1.2.5:80', { zones: ['zone-c'] }),
      ep('10.1.2.6:80', { zones: ['zone-a'] }),
    ];
    const c = categorizeEndpoints(eps, { usesClusterEndpoints: true, usesLocalEndpoints: true }, ZONE_A);
    expect(names(c.clusterEndpoints)).toEqual(['10.1.2.3:80', '10.1.2.6:80']);
    expect(names(c.localEndpoints)).toEqual(['10.1.2.3:80', '10.1.2.4:80']);
    expect(names(c.allReachableEndpoints)).toEqual(['10.1.2.3:80', '10.1.2.4:80', '10.1.2.6:80']);
  });

  it('empty node labels / empty zone label / node in different zone: no endpoint filtering', () => {
    for (const n of [
      node({}),
      node({ 'topology.kubernetes.io/zone': '' }),
      node({ 'topology.kubernetes.io/zone': 'zone-b' }),
    ]) {
      const c = categorizeEndpoints([ep('10.1.2.3:80', { zones: ['zone-a'] })], CLUSTER, n);
      expect(names(c.clusterEndpoints)).toEqual(['10.1.2.3:80']);
      expect(c.topologyMode).toBe('');
    }
  });

  it('unready endpoint', () => {
    expect(names(categorizeEndpoints(FOUR(false), CLUSTER, ZONE_A).clusterEndpoints)).toEqual(['10.1.2.3:80']);
  });

  it('only unready endpoints in same zone (should not filter)', () => {
    const eps = FOUR(false);
    eps[0] = ep('10.1.2.3:80', { zones: ['zone-a'], ready: false });
    expect(names(categorizeEndpoints(eps, CLUSTER, ZONE_A).clusterEndpoints)).toEqual(['10.1.2.4:80', '10.1.2.5:80']);
  });

  it('missing hints, no filtering applied', () => {
    const eps = FOUR();
    eps[2] = ep('10.1.2.5:80');
    expect(names(categorizeEndpoints(eps, CLUSTER, ZONE_A).clusterEndpoints)).toHaveLength(4);
  });

  it('multiple hints per endpoint, filtering includes any endpoint with zone included', () => {
    const eps = [
      ep('10.1.2.3:80', { zones: ['zone-a', 'zone-b', 'zone-c'] }),
      ep('10.1.2.4:80', { zones: ['zone-b', 'zone-c'] }),
      ep('10.1.2.5:80', { zones: ['zone-b', 'zone-d'] }),
      ep('10.1.2.6:80', { zones: ['zone-c'] }),
    ];
    const c = categorizeEndpoints(eps, CLUSTER, node({ 'topology.kubernetes.io/zone': 'zone-c' }));
    expect(names(c.clusterEndpoints)).toEqual(['10.1.2.3:80', '10.1.2.4:80', '10.1.2.6:80']);
  });
});

describe('node hints (topology.go topologyModeFromHints, PreferSameNode)', () => {
  const N1 = node({ 'topology.kubernetes.io/zone': 'zone-a' }, 'node-1');
  it('every ready endpoint has a node hint and one is for this node: only this node’s', () => {
    const eps = [
      ep('10.0.0.1:80', { zones: ['zone-a'], nodes: ['node-1'] }),
      ep('10.0.0.2:80', { zones: ['zone-a'], nodes: ['node-2'] }),
      ep('10.0.0.3:80', { zones: ['zone-b'], nodes: ['node-3'] }),
    ];
    const c = categorizeEndpoints(eps, CLUSTER, N1);
    expect(c.topologyMode).toBe('PreferSameNode');
    expect(names(c.clusterEndpoints)).toEqual(['10.0.0.1:80']);
  });

  it('no endpoint for this node: falls back to the zone hints', () => {
    const eps = [
      ep('10.0.0.2:80', { zones: ['zone-a'], nodes: ['node-2'] }),
      ep('10.0.0.3:80', { zones: ['zone-b'], nodes: ['node-3'] }),
    ];
    const c = categorizeEndpoints(eps, CLUSTER, N1);
    expect(c.topologyMode).toBe('PreferSameZone');
    expect(names(c.clusterEndpoints)).toEqual(['10.0.0.2:80']);
  });

  it('one ready endpoint without a node hint: node hints are ignored', () => {
    const eps = [ep('10.0.0.1:80', { zones: ['zone-a'], nodes: ['node-1'] }), ep('10.0.0.3:80', { zones: ['zone-b'] })];
    const c = categorizeEndpoints(eps, CLUSTER, N1);
    expect(c.topologyMode).toBe('PreferSameZone');
    expect(names(c.clusterEndpoints)).toEqual(['10.0.0.1:80']);
  });
});
