// NodePorts on 127.0.0.1 and --nodeport-addresses, in `ksp iptables` and in `send` alike. Expected
// values: pkg/proxy/iptables/proxier_test.go TestNodePorts (its cases, by name: "localhost to nodePort
// gets masqueraded" only with localhost NodePorts on and a loopback-containing nodePortAddresses;
// KUBE-FIREWALL's "block incoming localnet connections" rule only then; an address outside
// nodePortAddresses "ignores NodePorts"), proxier.go syncProxyRules' KUBE-SERVICES tail rules, and
// pkg/proxy/apis/config/validation validation_test.go for the nodePortAddresses messages.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { loadScenario } from '../scenario/load.ts';
import { createRng } from '../random/rng.ts';
import { createDataplane } from './send.ts';
import { iptablesRestoreForNode } from './iptables/restoreRules.ts';

const SEED = readFileSync(new URL('./fixtures/seed-nodeport.yaml', import.meta.url), 'utf8');
const ONLY_NODE_1 = readFileSync(new URL('./fixtures/nodeport-addresses.yaml', import.meta.url), 'utf8');
const proxy = (body: string) =>
  `${SEED}---\napiVersion: kubeproxy.config.k8s.io/v1alpha1\nkind: KubeProxyConfiguration\n${body}`;
const FIREWALL =
  '-A KUBE-FIREWALL -m comment --comment "block incoming localnet connections" -d 127.0.0.0/8 ! -s 127.0.0.0/8 -m conntrack ! --ctstate RELATED,ESTABLISHED,DNAT -j DROP';
const TAIL =
  '-A KUBE-SERVICES -m comment --comment "kubernetes service nodeports; NOTE: this must be the last rule in this chain"';

function cluster(text: string) {
  const s = loadScenario(text);
  expect(s.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  const dp = createDataplane(s.state, createRng(1));
  const send = (from: { kind: 'node'; name: string } | { kind: 'external' }, to: string) =>
    dp.send({ from: from.kind === 'node' ? { kind: 'node', name: from.name } : { kind: 'external' }, to, time: 0 });
  const rules = (node: string) => iptablesRestoreForNode(s.state, node);
  return { send, rules };
}
const node1 = { kind: 'node' as const, name: 'node-1' };

describe('TestNodePorts: localhost NodePorts and nodePortAddresses', () => {
  it('ipv4, localhost-nodeports enabled (the default): localhost to nodePort gets masqueraded; KUBE-FIREWALL is filled in', () => {
    const c = cluster(SEED);
    const r = c.send(node1, 'http://127.0.0.1:30007');
    expect(r.outcome).toBe('ok');
    expect(r.hops.some((h) => h.kind === 'snat')).toBe(true);
    const ipt = c.rules('node-1');
    expect(ipt.filterRules).toContain(FIREWALL);
    expect(ipt.natRules).toContain(`${TAIL} -m addrtype --dst-type LOCAL -j KUBE-NODEPORTS`);
    expect(c.send({ kind: 'external' }, 'http://192.168.1.12:30007').outcome).toBe('ok');
  });

  it('ipv4, localhost-nodeports disabled: localhost to nodePort is ignored; no KUBE-FIREWALL rule', () => {
    const c = cluster(proxy('iptables:\n  localhostNodePorts: false\n'));
    const r = c.send(node1, 'http://127.0.0.1:30007');
    expect([r.outcome, r.why?.code]).toEqual(['refused', 'route.localhostNodePortsOff']);
    const ipt = c.rules('node-1');
    expect(ipt.filterRules).not.toContain(FIREWALL);
    expect(ipt.natRules).toContain(`${TAIL} -m addrtype --dst-type LOCAL ! -d 127.0.0.0/8 -j KUBE-NODEPORTS`);
  });

  it('ipv4, localhost-nodeports disabled, localhost in nodeport-addresses: no rule for 127.0.0.1', () => {
    const c = cluster(
      proxy('iptables:\n  localhostNodePorts: false\nnodePortAddresses: [192.168.1.0/24, 127.0.0.1/32]\n'),
    );
    expect(c.send(node1, 'http://127.0.0.1:30007').outcome).toBe('refused');
    const tail = c.rules('node-1').natRules.filter((l) => l.startsWith(TAIL));
    expect(tail).toEqual([`${TAIL} -d 192.168.1.11 -j KUBE-NODEPORTS`]);
  });

  it('localhost-nodeports enabled and 127.0.0.1 in nodeport-addresses: a rule per address', () => {
    const c = cluster(proxy('nodePortAddresses: [192.168.1.0/24, 127.0.0.1/32]\n'));
    expect(c.send(node1, 'http://127.0.0.1:30007').outcome).toBe('ok');
    const ipt = c.rules('node-1');
    expect(ipt.natRules.filter((l) => l.startsWith(TAIL))).toEqual([
      `${TAIL} -d 192.168.1.11 -j KUBE-NODEPORTS`,
      `${TAIL} -d 127.0.0.1 -j KUBE-NODEPORTS`,
    ]);
    expect(ipt.filterRules).toContain(FIREWALL);
  });

  it('nodeport-addresses without a loopback CIDR turn localhost NodePorts off; an address outside them ignores NodePorts', () => {
    const c = cluster(ONLY_NODE_1);
    expect(c.send(node1, 'http://127.0.0.1:30007').outcome).toBe('refused');
    expect(c.send({ kind: 'external' }, 'http://192.168.1.11:30007').outcome).toBe('ok');
    const other = c.send({ kind: 'external' }, 'http://192.168.1.12:30007');
    expect([other.outcome, other.why?.code]).toEqual(['refused', 'route.nodePortAddressesExclude']);
    expect(c.rules('node-1').filterRules).not.toContain(FIREWALL);
    expect(c.rules('node-2').natRules.filter((l) => l.startsWith(TAIL))).toEqual([]);
  });

  it('nftables mode never takes NodePorts on 127.0.0.1', () => {
    const c = cluster(proxy('mode: nftables\n'));
    expect(c.send(node1, 'http://127.0.0.1:30007').outcome).toBe('refused');
  });

  // The services chain's NodePort match in nftables mode, as the hop quotes it: pkg/proxy/nftables/
  // proxier.go setupNFTables writes "fib daddr type local ip daddr != 127.0.0.0/8 …" when
  // nodePortAddresses matches all, else "ip daddr @nodeport-ips …".
  it('nftables mode: the NodePort hop quotes the services rule nodePortAddresses chose', () => {
    const entryRule = (text: string) =>
      cluster(text)
        .send({ kind: 'external' }, 'http://192.168.1.11:30007')
        .hops.find((h) => h.kind === 'kube-proxy')?.rule;
    expect(entryRule(proxy('mode: nftables\n'))).toMatch(/^fib daddr type local … th dport 30007 goto external-/);
    expect(entryRule(proxy('mode: nftables\nnodePortAddresses: [192.168.1.0/24]\n'))).toMatch(
      /^ip daddr @nodeport-ips … th dport 30007 goto external-/,
    );
    expect(entryRule(proxy('mode: nftables\nnodePortAddresses: [primary]\n'))).toMatch(/^ip daddr @nodeport-ips /);
  });
});

describe('validateKubeProxyNodePortAddress (validation_test.go)', () => {
  const problems = (list: string) =>
    loadScenario(proxy(`nodePortAddresses: ${list}\n`))
      .diagnostics.filter((d) => d.severity === 'error')
      .map((d) => d.message);
  it('invalid primary/CIDR mix 1 and 2; a CIDR that does not parse', () => {
    expect(problems('[primary, 127.0.0.1/32]')).toEqual([
      `KubeProxyConfiguration: nodePortAddresses[0]: Invalid value: "primary": can't use both 'primary' and CIDRs`,
    ]);
    expect(problems('[127.0.0.1/32, primary]')).toEqual([
      `KubeProxyConfiguration: nodePortAddresses[1]: Invalid value: "primary": can't use both 'primary' and CIDRs`,
    ]);
    expect(problems('[10.0.0.0/8, 10.0.0.1]')).toEqual([
      'KubeProxyConfiguration: nodePortAddresses[1]: Invalid value: "10.0.0.1": must be a valid CIDR',
    ]);
  });
  it('primary: the node IP as a /32', () => {
    const c = cluster(proxy('nodePortAddresses: [primary]\n'));
    expect(c.rules('node-2').natRules.filter((l) => l.startsWith(TAIL))).toEqual([
      `${TAIL} -d 192.168.1.12 -j KUBE-NODEPORTS`,
    ]);
  });
});
