// A Service address in a sloppy form the API server admits (leading zeros, IPv4-mapped IPv6) is
// stored and printed as written, and matched by kube-proxy as the address ParseIPSloppy reads
// (kubernetes v1.34.2 pkg/proxy/serviceport.go newBaseServiceInfo: ParseIPSloppy for the cluster IP
// and load-balancer IPs, pkg/proxy/util/utils.go MapIPsByIPFamily for externalIPs; the proxiers
// print net.IP.String()). CoreDNS reads the cluster IP with Go's strict net.ParseIP
// (coredns plugin/etcd/msg/type.go HostType): the mapped one answers with its IPv4, the one with
// leading zeros with no address.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { loadScenario } from '../scenario/load.ts';
import { createRng } from '../random/rng.ts';
import { createDataplane } from './send.ts';
import { runKubectl } from '../kubectl/runKubectl.ts';
import { iptablesRestoreForNode } from './iptables/restoreRules.ts';
import { nftRulesetForNode } from './nftables/ruleset.ts';
import { ipvsadmForNode } from './ipvs/virtualServers.ts';

const file = 'sloppy-service-ips.yaml';
const text = readFileSync(new URL(`../scenario/fixtures/${file}`, import.meta.url), 'utf8');
const s = loadScenario(text, { fileName: file });
const dp = createDataplane(s.state, createRng(1));
const fromPod = (to: string) => dp.send({ from: { kind: 'pod', namespace: 'default', name: 'client' }, to, time: 0 });
const fromOutside = (to: string) => dp.send({ from: { kind: 'external' }, to, time: 0 });
const node = s.state.nodes[0]!.metadata.name;

describe('sloppy Service addresses: stored as written, matched as parsed', () => {
  it('are admitted with the warnings and kept as written', () => {
    expect(s.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(s.diagnostics.filter((d) => d.severity === 'warning')).toHaveLength(5);
    const spec = (name: string) => s.state.services.find((x) => x.metadata.name === name)!.spec;
    expect(spec('zeros')).toMatchObject({ clusterIP: '010.96.0.12', externalIPs: ['198.051.100.007'] });
    expect(spec('mapped')).toMatchObject({ clusterIP: '::ffff:10.96.0.20', externalIPs: ['::ffff:198.51.100.8'] });
    const get = runKubectl(s, ['get', 'svc', 'zeros', 'mapped']).stdout.split('\n');
    expect(get[1]).toMatch(/^zeros +ClusterIP +010\.96\.0\.12 +198\.051\.100\.007 +80\/TCP /);
    expect(get[2]).toMatch(/^mapped +ClusterIP +::ffff:10\.96\.0\.20 +::ffff:198\.51\.100\.8 +80\/TCP /);
    expect(runKubectl(s, ['get', 'svc', 'zeros', '-o', 'yaml']).stdout).toContain('clusterIP: 010.96.0.12\n');
  });

  it('a request to the cluster IP reaches a pod through the rule for the canonical address', () => {
    for (const [to, rule] of [
      ['10.96.0.12:80', '-d 10.96.0.12 --dport 80 -j KUBE-SVC-'],
      ['10.96.0.20:80', '-d 10.96.0.20 --dport 80 -j KUBE-SVC-'],
      ['mapped', '-d 10.96.0.20 --dport 80 -j KUBE-SVC-'],
    ] as const) {
      const r = fromPod(to);
      expect([to, r.outcome, r.pod]).toEqual([to, 'ok', 'default/web']);
      expect(r.hops.find((h) => h.kind === 'kube-proxy')?.rule).toContain(rule);
    }
  });

  it('cluster DNS answers the mapped cluster IP with its IPv4 and the leading-zero one with none', () => {
    const dns = fromPod('mapped').hops.find((h) => h.kind === 'dns');
    expect(dns?.detail).toContain('mapped.default.svc.cluster.local → 10.96.0.20');
    expect(runKubectl(s, ['exec', 'client', '--', 'nslookup', 'mapped']).stdout).toContain('Address: 10.96.0.20\n');
    expect(fromPod('zeros').outcome).toBe('dns-error');
  });

  it('externalIPs with leading zeros or mapped are matched as their IPv4, from inside and outside', () => {
    for (const to of ['http://198.51.100.7', 'http://198.51.100.8']) {
      expect([to, fromPod(to).outcome]).toEqual([to, 'ok']);
      expect([to, fromOutside(to).outcome, fromOutside(to).pod]).toEqual([to, 'ok', 'default/web']);
    }
  });

  it('loadBalancerSourceRanges are read with ParseCIDRSloppy, and only IPv4 ones count', () => {
    const lbIP = (name: string) =>
      s.state.services.find((x) => x.metadata.name === name)!.status!.loadBalancer!.ingress![0]!.ip!;
    // 203.000.113.0/024 lets the outside client (203.0.113.10) in; with only an IPv6 range there is no firewall.
    for (const name of ['ranges', 'v6-ranges']) {
      const r = fromOutside(`http://${lbIP(name)}`);
      expect([name, r.outcome, r.pod]).toEqual([name, 'ok', 'default/web']);
    }
    const iptables = iptablesRestoreForNode(s.state, node).text;
    const fw = iptables.split('\n').filter((l) => l.startsWith('-A KUBE-FW-'));
    expect(fw.map((l) => l.replace(/^.*" /, ''))).toEqual([
      '-s 203.0.113.0/24 -j KUBE-EXT-WDDEXWJ5O2AHLCBB',
      '-s 198.51.100.0/24 -j KUBE-EXT-WDDEXWJ5O2AHLCBB',
      '-A KUBE-FW-WDDEXWJ5O2AHLCBB -m comment --comment "other traffic to default/ranges will be dropped by KUBE-PROXY-FIREWALL"',
    ]);
    expect(iptables).not.toContain('v6-ranges loadbalancer IP" -m tcp -p tcp -d 198.51.100.11 --dport 80 -j KUBE-FW');
    expect(nftRulesetForNode(s.state, node)).toContain('ip saddr != { 203.0.113.0/24 , 198.51.100.0/24 } drop');
  });

  it('every proxier writes the canonical addresses and never the text as written', () => {
    const iptables = iptablesRestoreForNode(s.state, node).text;
    const nft = nftRulesetForNode(s.state, node);
    const ipvs = ipvsadmForNode(s.state, node);
    const expected: [string, string][] = [
      [iptables, '"default/zeros cluster IP" -m tcp -p tcp -d 10.96.0.12 --dport 80 -j KUBE-SVC-'],
      [iptables, '"default/zeros external IP" -m tcp -p tcp -d 198.51.100.7 --dport 80 -j KUBE-EXT-'],
      [iptables, '"default/mapped cluster IP" -m tcp -p tcp -d 10.96.0.20 --dport 80 -j KUBE-SVC-'],
      [iptables, '"default/mapped external IP" -m tcp -p tcp -d 198.51.100.8 --dport 80 -j KUBE-EXT-'],
      [nft, 'cluster-ips { 10.96.0.12 }'],
      [nft, 'cluster-ips { 10.96.0.20 }'],
      [nft, 'service-ips { 198.51.100.7 . tcp . 80 : goto external-'],
      [nft, 'service-ips { 198.51.100.8 . tcp . 80 : goto external-'],
      [ipvs, '\nTCP  10.96.0.12:80 rr\n'],
      [ipvs, '\nTCP  10.96.0.20:80 rr\n'],
      [ipvs, '\nTCP  198.51.100.7:80 rr\n'],
      [ipvs, '\nTCP  198.51.100.8:80 rr\n'],
    ];
    for (const [out, line] of expected) expect(out).toContain(line);
    for (const out of [iptables, nft, ipvs]) expect(out).not.toMatch(/010\.96|198\.051|::ffff/);
  });
});
