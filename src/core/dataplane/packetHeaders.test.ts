// The packet's header at every hop and the reply's way back (context.ts Trace), as netfilter does
// it: kube-proxy's DNAT rewrites the destination to the endpoint it picked, KUBE-POSTROUTING's
// MASQUERADE rewrites the source to the node's address, and the reply of the same conntrack entry is
// un-NATed back to the reverse of what the client sent
// (https://www.netfilter.org/documentation/HOWTO/NAT-HOWTO-2.html; kube-proxy's rules:
// pkg/proxy/iptables/proxier.go, KUBE-SEP DNAT and KUBE-POSTROUTING MASQUERADE).
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { loadScenario } from '../scenario/load.ts';
import { createRng } from '../random/rng.ts';
import { createDataplane } from './send.ts';
import type { RequestResult } from './types.ts';

const load = (file: string) =>
  loadScenario(readFileSync(new URL(`./fixtures/${file}`, import.meta.url), 'utf8'), { seed: 1, fileName: file });
const hop = (r: RequestResult, kind: string) => r.hops.find((h) => h.kind === kind);

describe('packet headers along the path', () => {
  const s = load('seed-nodeport.yaml');
  const nodes = s.state.nodes.map((n) => ({
    name: n.metadata.name,
    ip: n.status!.addresses!.find((a) => a.type === 'InternalIP')!.address,
  }));

  it('a NodePort request to a node without the chosen pod: DNAT to the pod, SNAT to the entry node, and back', () => {
    const dp = createDataplane(s.state, createRng(1));
    // Find a request whose pod runs on another node than the one it entered (eTP Cluster forwards it).
    let r: RequestResult | undefined;
    let entry = nodes[0]!;
    for (let i = 0; i < 40 && !r; i++) {
      entry = nodes[i % nodes.length]!;
      const x = dp.send({ from: { kind: 'external' }, to: `${entry.ip}:30007`, time: i });
      if (x.outcome === 'ok' && x.node !== entry.name) r = x;
    }
    expect(r).toBeDefined();
    const client = r!.hops[0]!;
    expect(client.packet).toEqual({ src: '203.0.113.10', dst: `${entry.ip}:30007` });
    expect(hop(r!, 'node')!.packet).toEqual({ src: '203.0.113.10', dst: `${entry.ip}:30007` });
    expect(hop(r!, 'dnat')!.packet).toEqual({
      src: '203.0.113.10',
      dst: `${r!.podIP}:${r!.port}`,
      changed: ['dst'],
    });
    expect(hop(r!, 'snat')!.packet).toEqual({ src: entry.ip, dst: `${r!.podIP}:${r!.port}`, changed: ['src'] });
    expect(r!.hops.at(-1)!.packet).toEqual({ src: entry.ip, dst: `${r!.podIP}:${r!.port}` });
    expect(r!.sourceIP).toBe(entry.ip);
    expect(r!.reply).toEqual([
      { step: 'pod', node: r!.node, src: `${r!.podIP}:${r!.port}`, dst: entry.ip },
      // The entry node's conntrack restores both fields: the client sees the node port answer.
      { step: 'conntrack', node: entry.name, src: `${entry.ip}:30007`, dst: '203.0.113.10', changed: ['src', 'dst'] },
    ]);
  });

  it('a pod calling a pod IP directly: no NAT anywhere, and nothing for conntrack to undo', () => {
    const dp = createDataplane(s.state, createRng(1));
    const [a, b] = s.state.pods.filter((p) => p.metadata.name.startsWith('web-'));
    if (!a || !b) throw new Error('the fixture has two pods of the Deployment');
    const r = dp.send({
      from: { kind: 'pod', namespace: a.metadata.namespace, name: a.metadata.name },
      to: `${b.status!.podIP}:80`,
      time: 0,
    });
    expect(r.outcome).toBe('ok');
    expect(r.hops.some((h) => h.packet?.changed)).toBe(false);
    expect(r.reply).toEqual([{ step: 'pod', node: r.node, src: `${b.status!.podIP}:80`, dst: a.status!.podIP }]);
  });

  it('the DNS lookup before the connection carries no header of the connection', () => {
    const dp = createDataplane(s.state, createRng(1));
    const p = s.state.pods.find((x) => x.metadata.name.startsWith('web-'))!;
    const r = dp.send({
      from: { kind: 'pod', namespace: 'default', name: p.metadata.name },
      to: 'my-service',
      time: 0,
    });
    expect(r.outcome).toBe('ok');
    expect(hop(r, 'dns')!.packet).toBeUndefined();
    const vip = s.state.services.find((x) => x.metadata.name === 'my-service')!.spec.clusterIP;
    expect(r.hops[0]!.packet).toEqual({ src: p.status!.podIP, dst: `${vip}:80` });
    expect(r.reply!.at(-1)).toMatchObject({ step: 'conntrack', src: `${vip}:80`, dst: p.status!.podIP });
  });
});

describe('through the ingress controller', () => {
  it('ingress-nginx opens its own connection to the endpoint; the reply goes back through it', () => {
    const s = load('ingress.yaml');
    const dp = createDataplane(s.state, createRng(1));
    const r = dp.send({ from: { kind: 'external' }, to: 'http://shop.example.com/', time: 0 });
    expect(r.outcome).toBe('ok');
    const upstream = hop(r, 'ingress')!;
    const controllerIP = upstream.packet!.src;
    // No Service VIP and no NAT on the controller's side: it connects to the pod's address.
    expect(upstream.packet).toEqual({ src: controllerIP, dst: `${r.podIP}:${r.port}` });
    const lbAddress = r.hops[0]!.packet!.dst;
    expect(r.reply).toEqual([
      { step: 'pod', node: r.node, src: `${r.podIP}:${r.port}`, dst: controllerIP },
      { step: 'proxy', node: upstream.node, src: expect.stringMatching(/^10\.244\./), dst: '203.0.113.10' },
      { step: 'conntrack', node: expect.any(String), src: lbAddress, dst: '203.0.113.10', changed: ['src'] },
    ]);
  });
});
