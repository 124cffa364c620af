import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { iptablesRestoreForNode, LARGE_CLUSTER_ENDPOINTS_THRESHOLD } from './restoreRules.ts';
import { DEFAULT_MASQUERADE_MARK, masqueradeMarkForBit, upstreamTestProxierConfig } from './proxierConfig.ts';
import { stateFromStoredYaml } from '../../api/testing/storedState.ts';
import { endpointChain } from './chainNames.ts';

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');
const lb = stateFromStoredYaml(fixture('loadbalancer-source-ranges.yaml'));
const SVC = 'KUBE-SVC-XPGD46QRK7WJZT7O';
const chainRules = (rules: string[], chain: string) => rules.filter((r) => r.startsWith(`-A ${chain} `));

describe('per-service-port rules (proxier.go syncProxyRules, docs/kube-proxy.md §1.3)', () => {
  const out = iptablesRestoreForNode(lb, 'test-node', upstreamTestProxierConfig());
  const sep = (ip: string) => endpointChain('ns1/svc1:p80', 'TCP', ip, 8080);

  it('ClientIP affinity: rcheck rules for every endpoint (sorted "ip:port") before the cascading random picks', () => {
    expect(chainRules(out.natRules, SVC)).toEqual([
      `-A ${SVC} -m comment --comment "ns1/svc1:p80 cluster IP" -m tcp -p tcp -d 172.30.0.41 --dport 80 ! -s 10.0.0.0/8 -j KUBE-MARK-MASQ`,
      `-A ${SVC} -m comment --comment "ns1/svc1:p80 -> 10.180.0.10:8080" -m recent --name ${sep('10.180.0.10')} --rcheck --seconds 600 --reap -j ${sep('10.180.0.10')}`,
      `-A ${SVC} -m comment --comment "ns1/svc1:p80 -> 10.180.0.1:8080" -m recent --name ${sep('10.180.0.1')} --rcheck --seconds 600 --reap -j ${sep('10.180.0.1')}`,
      `-A ${SVC} -m comment --comment "ns1/svc1:p80 -> 10.180.0.2:8080" -m recent --name ${sep('10.180.0.2')} --rcheck --seconds 600 --reap -j ${sep('10.180.0.2')}`,
      `-A ${SVC} -m comment --comment "ns1/svc1:p80 -> 10.180.0.10:8080" -m statistic --mode random --probability 0.3333333333 -j ${sep('10.180.0.10')}`,
      `-A ${SVC} -m comment --comment "ns1/svc1:p80 -> 10.180.0.1:8080" -m statistic --mode random --probability 0.5000000000 -j ${sep('10.180.0.1')}`,
      `-A ${SVC} -m comment --comment "ns1/svc1:p80 -> 10.180.0.2:8080" -j ${sep('10.180.0.2')}`,
    ]);
    expect(chainRules(out.natRules, sep('10.180.0.2'))).toEqual([
      `-A ${sep('10.180.0.2')} -m comment --comment ns1/svc1:p80 -s 10.180.0.2 -j KUBE-MARK-MASQ`,
      `-A ${sep('10.180.0.2')} -m comment --comment ns1/svc1:p80 -m recent --name ${sep('10.180.0.2')} --set -m tcp -p tcp -j DNAT --to-destination 10.180.0.2:8080`,
    ]);
  });

  it('KUBE-FW: one rule per source range (trimmed), the LB IPs as sources when a range holds the node IP, then the fall-through', () => {
    expect(chainRules(out.natRules, 'KUBE-FW-XPGD46QRK7WJZT7O')).toEqual([
      '-A KUBE-FW-XPGD46QRK7WJZT7O -m comment --comment "ns1/svc1:p80 loadbalancer IP" -s 192.168.0.0/24 -j KUBE-EXT-XPGD46QRK7WJZT7O',
      '-A KUBE-FW-XPGD46QRK7WJZT7O -m comment --comment "ns1/svc1:p80 loadbalancer IP" -s 203.0.113.0/25 -j KUBE-EXT-XPGD46QRK7WJZT7O',
      '-A KUBE-FW-XPGD46QRK7WJZT7O -m comment --comment "ns1/svc1:p80 loadbalancer IP" -s 1.2.3.4 -j KUBE-EXT-XPGD46QRK7WJZT7O',
      '-A KUBE-FW-XPGD46QRK7WJZT7O -m comment --comment "ns1/svc1:p80 loadbalancer IP" -s 5.6.7.8 -j KUBE-EXT-XPGD46QRK7WJZT7O',
      '-A KUBE-FW-XPGD46QRK7WJZT7O -m comment --comment "other traffic to ns1/svc1:p80 will be dropped by KUBE-PROXY-FIREWALL"',
    ]);
    expect(chainRules(out.filterRules, 'KUBE-PROXY-FIREWALL')).toHaveLength(2);
    // NodePorts bypass loadBalancerSourceRanges: they jump straight to KUBE-EXT.
    expect(chainRules(out.natRules, 'KUBE-NODEPORTS').at(-1)).toBe(
      '-A KUBE-NODEPORTS -m comment --comment ns1/svc1:p80 -m tcp -p tcp --dport 3001 -j KUBE-EXT-XPGD46QRK7WJZT7O',
    );
  });

  it('without the node IP in any range, no LB-IP source rules are added', () => {
    const other = iptablesRestoreForNode(lb, 'test-node', upstreamTestProxierConfig({ nodeIP: '172.16.0.9' }));
    expect(chainRules(other.natRules, 'KUBE-FW-XPGD46QRK7WJZT7O').filter((r) => r.includes('-s 1.2.3.4'))).toEqual([]);
  });

  it('--masquerade-all: the ClusterIP masquerade rule has no source match', () => {
    const all = iptablesRestoreForNode(lb, 'test-node', upstreamTestProxierConfig({ masqueradeAll: true }));
    expect(chainRules(all.natRules, SVC)[0]).toBe(
      `-A ${SVC} -m comment --comment "ns1/svc1:p80 cluster IP" -m tcp -p tcp -d 172.30.0.41 --dport 80 -j KUBE-MARK-MASQ`,
    );
  });

  it('reads clusterCIDR and masqueradeAll from the scenario settings', () => {
    const state = stateFromStoredYaml(
      fixture('loadbalancer-source-ranges.yaml').replace(
        'clusterCIDR: 10.0.0.0/8',
        'clusterCIDR: 10.244.0.0/16\nmasqueradeAll: false',
      ),
    );
    const real = iptablesRestoreForNode(state, 'test-node');
    expect(chainRules(real.natRules, SVC)[0]).toContain('! -s 10.244.0.0/16 -j KUBE-MARK-MASQ');
  });

  it('a real node (defaults) writes the %#08x mark, --random-fully and the nfacct counters', () => {
    expect(masqueradeMarkForBit(14)).toBe('0x00004000');
    const real = iptablesRestoreForNode(lb, 'test-node');
    expect(real.natRules).toContain(`-A KUBE-MARK-MASQ -j MARK --or-mark ${DEFAULT_MASQUERADE_MARK}`);
    expect(real.natRules).toContain(
      '-A KUBE-POSTROUTING -m comment --comment "kubernetes service traffic requiring SNAT" -j MASQUERADE --random-fully',
    );
    expect(real.filterRules[real.filterRules.length - 3]).toBe(
      '-A KUBE-FORWARD -m conntrack --ctstate INVALID -m nfacct --nfacct-name ct_state_invalid_dropped_pkts -j DROP',
    );
  });

  it('nf_conntrack_tcp_be_liberal: no INVALID drop rule', () => {
    const liberal = iptablesRestoreForNode(lb, 'test-node', upstreamTestProxierConfig({ conntrackTCPLiberal: true }));
    expect(liberal.filterRules.filter((r) => r.includes('INVALID'))).toEqual([]);
  });

  it(`large cluster mode (> ${LARGE_CLUSTER_ENDPOINTS_THRESHOLD} endpoints) drops SEP and SVC→SEP comments only`, () => {
    const eps = Array.from(
      { length: LARGE_CLUSTER_ENDPOINTS_THRESHOLD + 1 },
      (_, i) => `  - addresses: [10.${180 + (i >> 16)}.${(i >> 8) & 255}.${i & 255}]`,
    ).join('\n');
    const yaml = fixture('loadbalancer-source-ranges.yaml').replace(
      /endpoints:\n[\s\S]*?\nports:/,
      `endpoints:\n${eps}\nports:`,
    );
    const big = iptablesRestoreForNode(stateFromStoredYaml(yaml), 'test-node', upstreamTestProxierConfig());
    const svcRules = chainRules(big.natRules, SVC);
    expect(svcRules[0]).toContain('--comment "ns1/svc1:p80 cluster IP"');
    expect(svcRules.slice(1).some((r) => r.includes('--comment'))).toBe(false);
    expect(big.natRules.filter((r) => r.startsWith('-A KUBE-SEP-') && r.includes('--comment'))).toEqual([]);
    expect(svcRules.at(-2)).toContain('--probability 0.5000000000');
  });

  it('IPv6 Services are left to the IPv6 proxier', () => {
    const v6 = fixture('loadbalancer-source-ranges.yaml').replace(
      /clusterIP: 172\.30\.0\.41\n {2}clusterIPs: \[172\.30\.0\.41\]/,
      'clusterIP: "fd00::41"\n  clusterIPs: ["fd00::41"]',
    );
    const rules = iptablesRestoreForNode(stateFromStoredYaml(v6), 'test-node', upstreamTestProxierConfig());
    expect(rules.natRules.some((r) => r.includes('ns1/svc1'))).toBe(false);
  });
});
