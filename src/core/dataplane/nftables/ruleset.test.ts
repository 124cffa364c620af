import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { nftRulesetForNode } from './ruleset.ts';
import { stateFromStoredYaml } from '../../api/testing/storedState.ts';

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');

/**
 * Like upstream's sortNFTablesTransaction (pkg/proxy/nftables/helpers_test.go): drop blank and
 * comment lines, group by object type and name, keep rules in the order they were added within
 * their chain, sort everything else.
 */
function canonical(tx: string): string[] {
  const groups = new Map<string, string[]>();
  for (const raw of tx.split('\n')) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    const w = line.split(' ');
    const key = `${w[1]} ${w[4] ?? ''}`;
    const list = groups.get(key) ?? [];
    list.push(line);
    groups.set(key, list);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .flatMap(([key, lines]) => (key.startsWith('rule ') ? lines : [...lines].sort()));
}

describe('nftables ruleset vs upstream TestOverallNFTablesRules', () => {
  const state = stateFromStoredYaml(fixture('overall-nftables-rules.yaml'));
  const out = nftRulesetForNode(state, 'test-node', { masqueradeMark: '0x4000' });

  it("has exactly upstream's objects, rules (in chain order) and elements", () => {
    expect(canonical(out)).toEqual(canonical(fixture('overall-nftables-rules.expected.txt')));
  });

  it('is deterministic and defaults to the real node mark 0x00004000', () => {
    expect(nftRulesetForNode(state, 'test-node', { masqueradeMark: '0x4000' })).toBe(out);
    expect(nftRulesetForNode(state, 'test-node')).toContain(
      'add rule ip kube-proxy mark-for-masquerade mark set mark or 0x00004000',
    );
  });

  it('lists every LB source range, plus the LB IPs when a range holds the node IP', () => {
    const yaml = fixture('overall-nftables-rules.yaml').replace(
      '[" 203.0.113.0/25"]',
      '[192.168.0.0/24, " 203.0.113.0/25"]',
    );
    const rules = nftRulesetForNode(stateFromStoredYaml(yaml), 'test-node');
    expect(rules).toContain(
      'add rule ip kube-proxy firewall-HVFWP5L3-ns5/svc5/tcp/p80 ip saddr != { 192.168.0.0/24 , 203.0.113.0/25 , 5.6.7.8 } drop',
    );
  });

  it('eTP Local with a local endpoint: local-… chain and the external chain ends in goto local-…', () => {
    const yaml = fixture('overall-nftables-rules.yaml').replace(
      '  - addresses: [10.180.0.2]\n',
      '  - addresses: [10.180.0.2]\n    nodeName: test-node\n',
    );
    const rules = nftRulesetForNode(stateFromStoredYaml(yaml), 'test-node');
    expect(rules).toContain(
      'add rule ip kube-proxy local-42NFTM6N-ns2/svc2/tcp/p80 numgen random mod 1 vmap { 0 : goto endpoint-SGOXE6O3-ns2/svc2/tcp/p80__10.180.0.2/80 }',
    );
    expect(rules).toContain(
      'add rule ip kube-proxy external-42NFTM6N-ns2/svc2/tcp/p80 goto local-42NFTM6N-ns2/svc2/tcp/p80',
    );
    expect(rules).not.toContain('no-endpoint-nodeports { tcp . 3001');
  });
});

// --nodeport-addresses in nftables mode: pkg/proxy/nftables/proxier.go setupNFTables (its MatchAll()
// branches) and TestNodePorts in proxier_test.go. Expected lines are setupNFTables' knftables.Concat
// arguments joined as knftables writes them (noLocalhost = "ip daddr != 127.0.0.0/8"); the match-all
// services rule also stands verbatim in older upstream expectations:
// "add rule ip kube-proxy services fib daddr type local ip daddr != 127.0.0.0/8 meta l4proto . th dport vmap @service-nodeports".
describe('nftables ruleset: nodePortAddresses', () => {
  const withAddresses = (line: string) =>
    fixture('overall-nftables-rules.yaml').replace('nodePortAddresses: [192.168.0.2/32]\n', line);
  const lines = (yaml: string) => nftRulesetForNode(stateFromStoredYaml(yaml), 'test-node').split('\n');

  it('none (match all, TestNodePorts "ipv4"): no nodeport-ips set, NodePorts on every local address but localhost', () => {
    const out = lines(withAddresses(''));
    expect(out.filter((l) => l.includes('nodeport-ips'))).toEqual([]);
    expect(out).toContain(
      'add rule ip kube-proxy nodeport-endpoints-check ip daddr != 127.0.0.0/8 meta l4proto . th dport vmap @no-endpoint-nodeports',
    );
    expect(out).toContain(
      'add rule ip kube-proxy services fib daddr type local ip daddr != 127.0.0.0/8 meta l4proto . th dport vmap @service-nodeports',
    );
  });

  it('CIDRs (TestNodePorts "ipv4, multiple nodeport-addresses"): one nodeport-ips element per node IP inside them, IPv6 CIDRs ignored', () => {
    const out = lines(withAddresses('nodePortAddresses: [192.168.0.0/24, 192.168.1.0/24, "2001:db8::/64"]\n'));
    expect(out.filter((l) => l.startsWith('add element ip kube-proxy nodeport-ips'))).toEqual([
      'add element ip kube-proxy nodeport-ips { 192.168.0.2 }',
    ]);
    expect(out).toContain(
      'add rule ip kube-proxy services ip daddr @nodeport-ips meta l4proto . th dport vmap @service-nodeports',
    );
    expect(out.some((l) => l.includes('fib daddr type local'))).toBe(false);
  });

  it('a loopback CIDR adds no element ("localhost NodePorts are not supported"); a CIDR without the node IP leaves the set empty', () => {
    const loop = lines(withAddresses('nodePortAddresses: [127.0.0.0/8, 192.168.0.2/32]\n'));
    expect(loop.filter((l) => l.startsWith('add element ip kube-proxy nodeport-ips'))).toEqual([
      'add element ip kube-proxy nodeport-ips { 192.168.0.2 }',
    ]);
    const elsewhere = lines(withAddresses('nodePortAddresses: [10.99.0.0/16]\n'));
    expect(elsewhere.filter((l) => l.startsWith('add element ip kube-proxy nodeport-ips'))).toEqual([]);
    expect(elsewhere).toContain(
      'add set ip kube-proxy nodeport-ips { type ipv4_addr ; comment "IPs that accept NodePort traffic" ; }',
    );
  });
});
