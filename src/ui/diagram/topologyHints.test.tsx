// Topology hints on the diagram (issue 17 item 4): each pod's box shows the hints the EndpointSlice
// controller gave its endpoint, and while kube-proxy's topology hop is focused, which endpoints that
// node kept. Expected values are upstream's rules, not our output:
// - k8s.io/endpointslice trafficdist/trafficdist.go (preferCloseHeuristic; trafficdist_test.go):
//   PreferSameZone/PreferClose hint each ready endpoint for its own zone (hints.forZones), PreferSameNode
//   also for its own node (hints.forNodes); no trafficDistribution, no hints.
// - pkg/proxy/topology.go (topologyModeFromHints / availableForTopology; topology_test.go): a node in
//   zone-b uses only the endpoints hinted for zone-b.
import { readFileSync } from 'node:fs';
import { renderToStaticMarkup } from 'react-dom/server';
import { ReactFlowProvider, type NodeProps } from '@xyflow/react';
import { afterEach, describe, expect, it } from 'vitest';
import { loadScenario } from '../../core/scenario/index.ts';
import { createDataplane } from '../../core/dataplane/index.ts';
import { createRng } from '../../core/random/index.ts';
import { toClusterView } from '../../worker/view.ts';
import { useStore } from '../store.ts';
import { fromClusterView } from './fromClusterView.ts';
import { topologyMark } from './topologyMark.ts';
import { PodNode } from './nodes/PodNode.tsx';
import type { PodFlowNode } from './flowShapes.ts';
import type { ViewPod } from './viewShape.ts';

const text = readFileSync(new URL('../../core/dataplane/fixtures/traffic-distribution.yaml', import.meta.url), 'utf8');
const scenario = loadScenario(text, { fileName: 'traffic-distribution.yaml' });
const view = fromClusterView(toClusterView(scenario));
const pod = (name: string): ViewPod => {
  const p = view.nodes.flatMap((n) => n.pods).find((q) => q.name === name);
  if (!p) throw new Error(`no pod ${name}`);
  return p;
};

// Server rendering reads the store's initial state (useSyncExternalStore's server snapshot).
const initialApp = { ...useStore.getInitialState() };
afterEach(() => {
  Object.assign(useStore.getInitialState(), initialApp);
});
function render(p: ViewPod): string {
  Object.assign(useStore.getInitialState(), useStore.getState());
  const data = { pod: p, key: `default/${p.name}`, labels: [], hiddenLabels: 0, ports: '', selectedBy: [] };
  const props = { id: `pod:default/${p.name}`, data } as unknown as NodeProps<PodFlowNode>;
  return renderToStaticMarkup(
    <ReactFlowProvider>
      <PodNode {...props} />
    </ReactFlowProvider>,
  );
}

describe('topology hints on the diagram', () => {
  it("carries each endpoint's hints per Service, as the EndpointSlice controller wrote them", () => {
    expect(pod('web-a').hints).toEqual([
      { service: 'default/web-zone', zones: ['zone-a'], nodes: [] },
      { service: 'default/web-node', zones: ['zone-a'], nodes: ['node-1'] },
    ]);
    expect(pod('web-b').hints).toEqual([
      { service: 'default/web-zone', zones: ['zone-b'], nodes: [] },
      { service: 'default/web-node', zones: ['zone-b'], nodes: ['node-3'] },
    ]);
    // web-any has no trafficDistribution; the clients are no Service's endpoints.
    expect(pod('client-a').hints).toBeUndefined();
  });

  it("shows the hint on the pod's box", () => {
    const html = render(pod('web-b'));
    expect(html).toMatch(/data-testid="pod-hint"[^>]*>node-3 · zone-b</);
    expect(html).toContain('EndpointSlice hint of default/web-zone: zone-b');
    expect(render(pod('client-a'))).not.toContain('pod-hint');
  });

  it('marks the endpoints kube-proxy on the packet’s node kept while its topology hop is focused', () => {
    const dp = createDataplane(scenario.state, createRng(1));
    const result = dp.send({ from: { kind: 'pod', namespace: 'default', name: 'client-b' }, to: 'web-zone', time: 0 });
    const hopIndex = result.hops.findIndex((h) => h.say?.code === 'hop.proxyTopologyZone');
    expect(hopIndex).toBeGreaterThanOrEqual(0);
    const focus = { result, hopIndex, hop: result.hops[hopIndex]! };
    // client-b is on node-3, zone-b: only web-b (zone-b) is kept.
    expect(topologyMark(focus, pod('web-b'))).toBe('kept|node-3');
    expect(topologyMark(focus, pod('web-a'))).toBe('dropped|node-3');
    expect(topologyMark(focus, pod('client-a'))).toBe('');
    // Another hop focused: no mark.
    expect(topologyMark({ ...focus, hopIndex: 0, hop: result.hops[0]! }, pod('web-b'))).toBe('');

    useStore.getState().focusHop(focus);
    expect(render(pod('web-b'))).toContain('k-topo-kept');
    expect(render(pod('web-b'))).toContain('used by kube-proxy on node-3');
    expect(render(pod('web-a'))).toContain('k-topo-dropped');
    useStore.getState().focusHop(null);
  });
});
