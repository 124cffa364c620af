// externalTrafficPolicy: Local: "kube-proxy ... only proxies to node-local endpoints ... If there are
// no node-local endpoints, the kube-proxy drops the traffic" (kubernetes.io/docs/reference/networking/virtual-ips/
// #external-traffic-policy; pkg/proxy/iptables/proxier.go: `if !hasExternalEndpoints` writes
// "-j DROP" with the comment "has no local endpoints" into KUBE-EXTERNAL-SERVICES).
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { loadScenario } from '../scenario/load.ts';
import { createRng } from '../random/rng.ts';
import { createDataplane } from './send.ts';
import { nodesDroppingExternal } from './externalDrops.ts';

const lesson = (file: string): string =>
  readFileSync(new URL(`../../scenarios/lessons/13-local-traffic-policy/${file}`, import.meta.url), 'utf8');

describe(nodesDroppingExternal, () => {
  it('names the nodes with no local endpoint of a Local Service, the same nodes whose NodePort the data path drops', () => {
    const s = loadScenario(lesson('scenario.yaml'), { seed: 1 });
    const svc = s.state.services.find((x) => x.metadata.name === 'my-service')!;
    // One pod, pinned to node-1: node-2 and node-3 have no local endpoint.
    expect(nodesDroppingExternal(s.state, svc)).toEqual(['node-2', 'node-3']);
    const dp = createDataplane(s.state, createRng(1));
    for (const n of s.state.nodes) {
      const ip = n.status!.addresses!.find((a) => a.type === 'InternalIP')!.address;
      const r = dp.send({ from: { kind: 'external' }, to: `${ip}:30080`, time: 0 });
      expect(r.outcome === 'ok', n.metadata.name).toBe(n.metadata.name === 'node-1');
    }
  });

  it('names none for eTP Cluster, a Service without a NodePort, or one with no endpoints at all (that one REJECTs everywhere)', () => {
    const s = loadScenario(
      lesson('scenario.yaml').replace('  externalTrafficPolicy: Local\n', '  externalTrafficPolicy: Cluster\n'),
      {
        seed: 1,
      },
    );
    expect(
      nodesDroppingExternal(
        s.state,
        s.state.services.find((x) => x.metadata.name === 'my-service')!,
      ),
    ).toEqual([]);
    const none = loadScenario(lesson('scenario.yaml').replace('replicas: 1', 'replicas: 0'), { seed: 1 });
    expect(
      nodesDroppingExternal(
        none.state,
        none.state.services.find((x) => x.metadata.name === 'my-service')!,
      ),
    ).toEqual([]);
    const clusterIP = loadScenario(
      lesson('scenario.yaml')
        .replace('  type: NodePort\n  externalTrafficPolicy: Local\n', '')
        .replace('      nodePort: 30080\n', ''),
      { seed: 1 },
    );
    const plain = clusterIP.state.services.find((x) => x.metadata.name === 'my-service')!;
    expect(plain.spec.type).toBe('ClusterIP');
    expect(nodesDroppingExternal(clusterIP.state, plain)).toEqual([]);
  });
});
