// Upstream's packet-flow tables for externalTrafficPolicy, row by row:
// TestExternalTrafficPolicyLocal and TestExternalTrafficPolicyCluster
// (kubernetes/kubernetes pkg/proxy/nftables/proxier_test.go; the iptables proxier's tests carry the
// same rows). Each row: source, destination, the endpoints it may reach, and whether it is masqueraded.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createDataplaneWith } from './dataplane.ts';
import { stateFromStoredYaml } from '../api/testing/storedState.ts';
import { createRng } from '../random/rng.ts';
import type { NameResolver } from './dnsStep.ts';
import type { Source } from './types.ts';

const text = readFileSync(new URL('./fixtures/etp-matrix.yaml', import.meta.url), 'utf8');
const noDns: NameResolver = (_s, name) => ({ kind: 'NXDOMAIN', tried: [name] });
const pod: Source = { kind: 'pod', namespace: 'ns1', name: 'client' }; // 10.0.0.2
const external: Source = { kind: 'external', ip: '203.0.113.2' }; // testExternalClient
const BOTH = ['10.180.0.1', '10.180.2.1'];
const LOCAL = ['10.180.2.1'];

type Row = [name: string, from: Source, to: string, endpoints: string[], masq: boolean];

function check(rows: Row[]) {
  it.each(rows)('%s', (_name, from, to, endpoints, masq) => {
    const dp = createDataplaneWith(stateFromStoredYaml(text), createRng(3), noDns);
    const clientIP = from.kind === 'pod' ? '10.0.0.2' : '203.0.113.2';
    const reached = new Set<string>();
    for (let i = 0; i < 60; i++) {
      const r = dp.send({ from, to, time: i });
      expect(r.outcome, r.reason).toBe('ok');
      reached.add(r.podIP!);
      expect(r.sourceIP !== clientIP).toBe(masq);
    }
    expect([...reached].sort()).toEqual(endpoints);
  });
}

describe('TestExternalTrafficPolicyLocal', () => {
  check([
    ['pod to cluster IP hits both endpoints, unmasqueraded', pod, '172.30.0.41:80', BOTH, false],
    ['pod to external IP hits both endpoints, unmasqueraded', pod, '192.168.99.11:80', BOTH, false],
    ['external to external IP hits only local endpoint, unmasqueraded', external, '192.168.99.11:80', LOCAL, false],
    ['pod to LB IP hits only both endpoints, unmasqueraded', pod, '1.2.3.4:80', BOTH, false],
    ['external to LB IP hits only local endpoint, unmasqueraded', external, '1.2.3.4:80', LOCAL, false],
    ['pod to NodePort hits both endpoints, unmasqueraded', pod, '192.168.0.2:30001', BOTH, false],
    ['external to NodePort hits only local endpoint, unmasqueraded', external, '192.168.0.2:30001', LOCAL, false],
  ]);
});

describe('TestExternalTrafficPolicyCluster', () => {
  check([
    ['pod to cluster IP hits both endpoints, unmasqueraded', pod, '172.30.0.42:80', BOTH, false],
    ['pod to external IP hits both endpoints, masqueraded', pod, '192.168.99.12:80', BOTH, true],
    ['external to external IP hits both endpoints, masqueraded', external, '192.168.99.12:80', BOTH, true],
    ['pod to LB IP hits both endpoints, masqueraded', pod, '5.6.7.8:80', BOTH, true],
    ['external to LB IP hits both endpoints, masqueraded', external, '5.6.7.8:80', BOTH, true],
    ['pod to NodePort hits both endpoints, masqueraded', pod, '192.168.0.2:30002', BOTH, true],
    ['external to NodePort hits both endpoints, masqueraded', external, '192.168.0.2:30002', BOTH, true],
  ]);
});
