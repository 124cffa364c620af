import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { buildNodeProxyModel } from './proxyModel.ts';
import { stateFromStoredYaml } from '../api/testing/storedState.ts';

const state = stateFromStoredYaml(readFileSync(new URL('./fixtures/proxy-model.yaml', import.meta.url), 'utf8'));
const byNode = (node: string) => buildNodeProxyModel(state, node);
const find = (node: string, spn: string) => {
  const p = byNode(node).find((x) => x.spn === spn);
  if (!p) throw new Error(`no ${spn}`);
  return p;
};

describe('buildNodeProxyModel', () => {
  it('skips headless and ExternalName services and names ports like ServicePortName.String()', () => {
    expect(byNode('node1').map((p) => `${p.spn}/${p.protocol}`)).toEqual([
      'ns1/svc1:p80/TCP',
      'ns1/svc1:p443/TCP',
      'ns2/svc2/TCP',
      'ns3/svc3:dns/UDP',
      'ns3/svc3:dns-tcp/TCP',
    ]);
  });

  it('reads service fields the way newBaseServiceInfo does', () => {
    const p = find('node1', 'ns1/svc1:p80');
    expect(p.clusterIP).toBe('172.30.0.41');
    expect(p.nodePort).toBe(3001);
    expect(p.loadBalancerVIPs).toEqual(['1.2.3.4']); // ipMode Proxy and hostnames ignored
    expect(p.loadBalancerSourceRanges).toEqual(['203.0.113.0/25']); // trimmed
    expect(p.healthCheckNodePort).toBe(30000);
    expect(p.stickyMaxAgeSeconds).toBe(600);
    expect(p.externalPolicyLocal).toBe(true);
    expect(p.usesClusterEndpoints).toBe(true);
    expect(p.usesLocalEndpoints).toBe(true);
  });

  it('joins slices by port name, merges duplicates and sorts by the "ip:port" string', () => {
    const p = find('node1', 'ns1/svc1:p80');
    expect(p.endpoints.map((e) => e.endpoint)).toEqual([
      '10.180.0.10:80',
      '10.180.0.2:80',
      '10.180.0.3:80',
      '10.180.0.4:80',
    ]);
    expect(p.endpoints.map((e) => [e.ready, e.serving, e.terminating, e.isLocal])).toEqual([
      [true, true, false, true],
      [true, true, false, false],
      [false, true, true, true],
      [false, false, false, false],
    ]);
    expect(p.endpoints[0]!.podRef).toEqual({ namespace: 'ns1', name: 'web-a' });
    const https = find('node1', 'ns1/svc1:p443');
    expect(https.endpoints.map((e) => e.endpoint)).toEqual(['10.180.0.2:8443']);
  });

  it('categorizes endpoints: ready cluster-wide, local ready, and the §1.5 flags', () => {
    const p = find('node1', 'ns1/svc1:p80');
    expect(p.clusterEndpoints.map((e) => e.endpoint)).toEqual(['10.180.0.10:80', '10.180.0.2:80']);
    expect(p.localEndpoints.map((e) => e.endpoint)).toEqual(['10.180.0.10:80']);
    expect(p.allReachableEndpoints.map((e) => e.endpoint)).toEqual(['10.180.0.10:80', '10.180.0.2:80']);
    expect(p.usesClusterPolicyChain && p.usesLocalPolicyChain && p.usesExternalTrafficChain && p.usesFWChain).toBe(
      true,
    );
    expect([p.internalPolicyChain, p.externalPolicyChain, p.hasInternalEndpoints, p.hasExternalEndpoints]).toEqual([
      'SVC',
      'SVL',
      true,
      true,
    ]);
  });

  it('eTP Local on a node without local endpoints: no SVL chain, no external endpoints, still has endpoints', () => {
    // node2 has 10.180.0.2 local and ready, so check the https port, whose only endpoint is on node2, from node1.
    const p = find('node1', 'ns1/svc1:p443');
    expect(p.localEndpoints).toEqual([]);
    expect(p.hasAnyEndpoints).toBe(true);
    expect(p.usesLocalPolicyChain).toBe(false);
    expect(p.hasExternalEndpoints).toBe(false);
    expect(p.hasInternalEndpoints).toBe(true);
    const onNode2 = find('node2', 'ns1/svc1:p443');
    expect(onNode2.localEndpoints.map((e) => e.endpoint)).toEqual(['10.180.0.2:8443']);
    expect(onNode2.hasExternalEndpoints).toBe(true);
  });

  it('iTP Local with endpoints only elsewhere: internal DROP; eTP is ignored for type ClusterIP', () => {
    const p = find('node1', 'ns2/svc2');
    expect(p.externalPolicyLocal).toBe(false);
    expect(p.internalPolicyLocal).toBe(true);
    expect(p.externallyAccessible).toBe(true); // externalIPs
    expect(p.usesClusterEndpoints).toBe(true);
    expect(p.internalPolicyChain).toBe('SVL');
    expect(p.hasAnyEndpoints).toBe(true);
    expect(p.hasInternalEndpoints).toBe(false);
    expect(p.hasExternalEndpoints).toBe(true);
    expect(find('node2', 'ns2/svc2').hasInternalEndpoints).toBe(true);
  });

  it('falls back to serving terminating endpoints and never joins a UDP slice port to a TCP service port', () => {
    const udp = find('node1', 'ns3/svc3:dns');
    expect(udp.clusterEndpoints.map((e) => e.endpoint)).toEqual(['10.180.2.1:53']);
    expect(udp.hasAnyEndpoints).toBe(true);
    expect(udp.stickyMaxAgeSeconds).toBeNull();
    const tcp = find('node1', 'ns3/svc3:dns-tcp');
    expect(tcp.endpoints).toEqual([]);
    expect(tcp.hasAnyEndpoints).toBe(false);
    expect(tcp.usesClusterPolicyChain).toBe(false);
  });

  it('local terminating endpoints serve Local policy when no local endpoint is ready', () => {
    // Make web-a not ready: node1 then has only the serving+terminating web-c locally.
    const s2 = stateFromStoredYaml(
      readFileSync(new URL('./fixtures/proxy-model.yaml', import.meta.url), 'utf8').replace(
        '- addresses: [10.180.0.10]\n  nodeName: node1',
        '- addresses: [10.180.0.10]\n  conditions: {ready: false, serving: false}\n  nodeName: node1',
      ),
    );
    const p = buildNodeProxyModel(s2, 'node1').find((x) => x.spn === 'ns1/svc1:p80')!;
    expect(p.localEndpoints.map((e) => e.endpoint)).toEqual(['10.180.0.3:80']);
    expect(p.clusterEndpoints.map((e) => e.endpoint)).toEqual(['10.180.0.2:80']);
    expect(p.allReachableEndpoints.map((e) => e.endpoint)).toEqual(['10.180.0.2:80', '10.180.0.3:80']);
  });
});
