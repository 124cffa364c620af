// spec.trafficDistribution end to end: the EndpointSlice controller's hints (trafficdist.go
// preferCloseHeuristic) and kube-proxy's filtering (topology.go CategorizeEndpoints /
// topologyModeFromHints) on nodes whose zones the scenario declares. Expected values follow those
// rules: a node uses only the endpoints hinted for its zone (PreferSameZone/PreferClose) or for
// itself (PreferSameNode), and falls back to the zone, then to every endpoint, when none is.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { loadScenario } from '../scenario/load.ts';
import { createRng } from '../random/rng.ts';
import { createDataplane } from './send.ts';
import { iptablesRestoreForNode } from './iptables/restoreRules.ts';
import { runKubectl } from '../kubectl/runKubectl.ts';

const text = readFileSync(new URL('./fixtures/traffic-distribution.yaml', import.meta.url), 'utf8');
const s = loadScenario(text, { fileName: 'traffic-distribution.yaml' });
const dp = createDataplane(s.state, createRng(1));
const pods = (from: string, to: string) => {
  const seen = new Set<string>();
  for (let i = 0; i < 12; i++) {
    const r = dp.send({ from: { kind: 'pod', namespace: 'default', name: from }, to, time: i });
    expect(r.outcome).toBe('ok');
    seen.add(r.pod ?? '');
  }
  return [...seen].sort();
};

describe('trafficDistribution', () => {
  it('loads without errors', () => {
    expect(s.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('the controller hints each ready endpoint with its zone, and its node for PreferSameNode', () => {
    const out = runKubectl(s, ['get', 'endpointslices', '-l', 'kubernetes.io/service-name=web-node', '-o', 'yaml']);
    expect(out.stdout).toContain(
      '    hints:\n      forNodes:\n      - name: node-1\n      forZones:\n      - name: zone-a\n',
    );
    const any = runKubectl(s, ['get', 'endpointslices', '-l', 'kubernetes.io/service-name=web-any', '-o', 'yaml']);
    expect(any.stdout).not.toContain('hints:');
  });

  it('PreferSameZone: a client in zone-a reaches only the zone-a pod, one in zone-b only the zone-b pod', () => {
    expect(pods('client-a', 'web-zone')).toEqual(['default/web-a']);
    expect(pods('client-b', 'web-zone')).toEqual(['default/web-b']);
  });

  it('PreferSameNode: the pod on the same node, else the zone (node-2 has none)', () => {
    expect(pods('client-b', 'web-node')).toEqual(['default/web-b']);
    expect(pods('client-a', 'web-node')).toEqual(['default/web-a']);
  });

  it('no trafficDistribution: every endpoint', () => {
    expect(pods('client-a', 'web-any')).toEqual(['default/web-a', 'default/web-b']);
  });

  it('the hop says why, and iptables on node-2 holds only the zone-a endpoint', () => {
    const r = dp.send({ from: { kind: 'pod', namespace: 'default', name: 'client-a' }, to: 'web-zone', time: 0 });
    expect(r.hops.some((h) => h.say?.code === 'hop.proxyTopologyZone')).toBe(true);
    const rules = iptablesRestoreForNode(s.state, 'node-2');
    const sep = rules.natRules.filter((l) => l.includes('"default/web-zone -> '));
    expect(sep).toHaveLength(1);
    expect(sep[0]).toContain(`-> ${s.state.pods.find((p) => p.metadata.name === 'web-a')?.status?.podIP}:9376`);
  });
});
