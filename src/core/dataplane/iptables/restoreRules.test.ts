import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { iptablesRestoreForNode } from './restoreRules.ts';
import { upstreamTestProxierConfig } from './proxierConfig.ts';
import { sortRestoreRules } from './sortRestoreRules.ts';
import { stateFromStoredYaml } from '../../api/testing/storedState.ts';

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');

function sorted(text: string): string {
  const r = sortRestoreRules(text);
  if ('error' in r) throw new Error(r.error);
  return r.text;
}

// Upstream's assertIPTablesRulesEqual compares sortIPTablesRules(result) with the expected text, so
// per-service chain order (Go map order) is ignored while rule order inside each chain is checked.
describe('iptables-restore payload = upstream proxier_test.go expected text', () => {
  it('TestOverallIPTablesRules (newest upstream: nfacct counters)', () => {
    const state = stateFromStoredYaml(fixture('overall-iptables-rules.yaml'));
    const out = iptablesRestoreForNode(state, 'test-node', upstreamTestProxierConfig());
    expect(sorted(out.text)).toBe(fixture('overall-iptables-rules.expected.txt'));
  });

  // v1.28 expectations: same rule logic, no nfacct counters yet.
  const v128 = upstreamTestProxierConfig({ nodeName: 'test-hostname', nfacct: false });
  it.each([
    ['TestExternalTrafficPolicyLocal', 'etp-local-loadbalancer'],
    ['TestInternalTrafficPolicy "internalTrafficPolicy is cluster"', 'itp-cluster'],
    ['TestInternalTrafficPolicy "…local and there are local endpoints"', 'itp-local-with-local-endpoint'],
    ['TestInternalTrafficPolicy "…local and there are no local endpoints"', 'itp-local-no-local-endpoints'],
    ['TestTerminatingEndpointsTrafficPolicyLocal "ready endpoints exist"', 'terminating-ready-endpoints-exist'],
    [
      'TestTerminatingEndpointsTrafficPolicyLocal "only terminating endpoints exist"',
      'terminating-only-terminating-endpoints',
    ],
    [
      'TestTerminatingEndpointsTrafficPolicyLocal "terminating endpoints on remote node"',
      'terminating-endpoints-on-remote-node',
    ],
    ['TestTerminatingEndpointsTrafficPolicyLocal "no usable endpoints on any node"', 'terminating-no-usable-endpoints'],
  ])('%s (v1.28)', (_name, file) => {
    const state = stateFromStoredYaml(fixture(`${file}.yaml`));
    const out = iptablesRestoreForNode(state, 'test-hostname', v128);
    expect(sorted(out.text)).toBe(fixture(`${file}.expected.txt`));
  });

  it('TestEnableLocalhostNodePortsIPv4 (v1.28, no local-traffic detector)', () => {
    const state = stateFromStoredYaml(fixture('no-local-detector-nodeport.yaml'));
    expect(state.settings.clusterCIDR).toBeNull();
    const out = iptablesRestoreForNode(state, 'test-hostname', { ...v128, clusterCIDR: null });
    expect(sorted(out.text)).toBe(fixture('localhost-nodeports-enabled.expected.txt'));
  });

  it('TestDisableLocalhostNodePortsIPv4 (v1.28): no KUBE-FIREWALL, NodePorts skip 127.0.0.0/8', () => {
    const state = stateFromStoredYaml(fixture('no-local-detector-nodeport.yaml'));
    const out = iptablesRestoreForNode(state, 'test-hostname', {
      ...v128,
      clusterCIDR: null,
      localhostNodePorts: false,
    });
    expect(sorted(out.text)).toBe(fixture('localhost-nodeports-disabled.expected.txt'));
  });
});

describe('raw payload layout (what syncProxyRules writes before any sorting)', () => {
  const state = stateFromStoredYaml(fixture('overall-iptables-rules.yaml'));
  const out = iptablesRestoreForNode(state, 'test-node', upstreamTestProxierConfig());
  const lines = out.text.split('\n');

  it('writes *filter chains, filter rules, COMMIT, then *nat chains, nat rules, COMMIT', () => {
    expect(lines[0]).toBe('*filter');
    expect(lines.slice(1, 6)).toEqual([
      ':KUBE-SERVICES - [0:0]',
      ':KUBE-EXTERNAL-SERVICES - [0:0]',
      ':KUBE-FORWARD - [0:0]',
      ':KUBE-NODEPORTS - [0:0]',
      ':KUBE-PROXY-FIREWALL - [0:0]',
    ]);
    expect(lines.filter((l) => l === 'COMMIT')).toHaveLength(2);
    expect(out.text.endsWith('COMMIT\n')).toBe(true);
    expect(out.natChains.slice(0, 4)).toEqual([
      ':KUBE-SERVICES - [0:0]',
      ':KUBE-NODEPORTS - [0:0]',
      ':KUBE-POSTROUTING - [0:0]',
      ':KUBE-MARK-MASQ - [0:0]',
    ]);
    expect(out.natRules[0]).toBe('-A KUBE-POSTROUTING -m mark ! --mark 0x4000/0x4000 -j RETURN');
  });

  it('keeps the NodePorts jump as the last nat rule and the KUBE-FORWARD rules last in filter', () => {
    expect(out.natRules.at(-1)).toContain('NOTE: this must be the last rule in this chain');
    expect(out.filterRules.at(-1)).toContain('kubernetes forwarding conntrack rule');
  });

  it('orders service ports by namespace/name (deterministic, unlike Go map order)', () => {
    const clusterIPRules = out.natRules.filter(
      (l) => l.includes('cluster IP" -m tcp -p tcp -d') && l.startsWith('-A KUBE-SERVICES'),
    );
    expect(clusterIPRules.map((l) => /"(\S+) cluster IP"/.exec(l)?.[1])).toEqual([
      'ns1/svc1:p80',
      'ns2/svc2:p80',
      'ns3/svc3:p80',
      'ns4/svc4:p80',
      'ns5/svc5:p80',
    ]);
    expect(iptablesRestoreForNode(state, 'test-node', upstreamTestProxierConfig()).text).toBe(out.text);
  });

  it('declares every chain it jumps to, and every declared per-service chain is used (checkIPTablesRuleJumps)', () => {
    for (const [chains, rules] of [
      [out.natChains, out.natRules],
      [out.filterChains, out.filterRules],
    ] as const) {
      const declared = new Set(chains.map((c) => c.slice(1).split(' ')[0]));
      const targets = new Set(rules.map((r) => / -j (\S+)/.exec(r)?.[1]).filter((t) => t !== undefined));
      for (const t of targets) if (t.startsWith('KUBE-')) expect(declared).toContain(t);
      for (const c of declared) if (/^KUBE-(SVC|SVL|EXT|FW|SEP)-/.test(c!)) expect(targets).toContain(c);
    }
  });
});
