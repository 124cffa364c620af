// End to end in Node: real YAML → core (controllers, dataplane) → worker view and traffic →
// the diagram's elements and packet paths. Every packet must end on the box of the pod the core
// says answered it.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../core/scenario/index.ts';
import { toClusterView } from '../../worker/view.ts';
import { runTraffic } from '../../worker/traffic.ts';
import { fromClusterView, clientStartId, clientTargetId, toViewClients } from '../diagram/fromClusterView.ts';
import { toFlowElements } from '../diagram/toFlowElements.ts';
import { defaultClients } from './defaultClients.ts';
import { hopsToPath } from './hopsToPath.ts';
import { countByPod } from './counters.ts';

const yaml = readFileSync(new URL('./fixtures/default.yaml', import.meta.url), 'utf8');

describe('default scenario through the diagram', () => {
  const scenario = loadScenario(yaml, { seed: 1 });
  const view = toClusterView(scenario);
  const clients = defaultClients(view);
  const els = toFlowElements(fromClusterView(view, scenario.diagnostics), toViewClients(clients, view));
  const nodeIds = new Set(els.nodes.map((n) => n.id));

  it("draws the Deployment's pods inside their nodes and both Services", () => {
    expect(els.nodes.filter((n) => n.type === 'pod')).toHaveLength(3);
    expect(
      els.nodes
        .filter((n) => n.type === 'service')
        .map((n) => n.id)
        .sort(),
    ).toContain('svc:default/my-service');
    expect(els.edges.filter((e) => e.type === 'selector' && e.source === 'svc:default/my-service')).toHaveLength(3);
  });

  it('every ok packet ends on the pod that answered, every failure stops with a reason', () => {
    expect(clients.map((c) => c.id)).toEqual(['laptop', 'phone', 'curl']);
    const { results } = runTraffic(scenario, clients, 5);
    expect(results.length).toBeGreaterThan(10);
    for (const r of results) {
      const spec = clients.find((c) => c.id === r.clientId)!;
      const target = clientTargetId(spec.to, view);
      const path = hopsToPath(r, {
        start: clientStartId(spec),
        ...(target ? { target } : {}),
        edges: els.edges,
        nodeIds,
        namespace: 'default',
      });
      if (r.outcome === 'ok') {
        expect(path.stop).toBeUndefined();
        expect(path.legs.at(-1)?.to).toBe(`pod:${r.pod}`);
        for (const leg of path.legs) expect(nodeIds.has(leg.to)).toBe(true);
      } else {
        expect(path.stop?.reason).toBeTruthy();
      }
    }
    const d = countByPod(results, 5);
    expect(d.pods.length).toBeGreaterThan(1);
  });
});

describe('sessionAffinity: ClientIP through the diagram', () => {
  it('pins each client to one pod box', () => {
    const pinned = yaml.replace(/(name: my-service-nodeport\nspec:\n)/, '$1  sessionAffinity: ClientIP\n');
    expect(pinned).not.toBe(yaml);
    const scenario = loadScenario(pinned, { seed: 1 });
    const view = toClusterView(scenario);
    const clients = defaultClients(view);
    const laptop = clients.find((c) => c.id === 'laptop')!;
    const { results } = runTraffic(scenario, [laptop], 10);
    const els = toFlowElements(fromClusterView(view), toViewClients([laptop], view));
    const nodeIds = new Set(els.nodes.map((n) => n.id));
    const ends = new Set(
      results.map((r) => hopsToPath(r, { start: clientStartId(laptop), edges: els.edges, nodeIds }).legs.at(-1)?.to),
    );
    expect(results.length).toBeGreaterThan(10);
    expect(ends.size).toBe(1);
  });
});
