// End to end in Node: real YAML → core (controllers, dataplane) → worker view and traffic →
// the diagram's elements and packet paths. Every packet must end on the box of the pod the core
// says answered it.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../core/scenario/index.ts';
import { toClusterView } from '../../worker/view.ts';
import { runTraffic } from '../../worker/traffic.ts';
import { fromClusterView, clientStartId, toViewClients } from '../diagram/fromClusterView.ts';
import { toFlowElements } from '../diagram/toFlowElements.ts';
import { hopsToPath } from './hopsToPath.ts';
import { countByPod } from './counters.ts';
import type { ClientDecl, ClientSpec, RequestResult } from '../../worker/protocol.ts';

const yaml = readFileSync(new URL('./fixtures/default.yaml', import.meta.url), 'utf8');

describe('default scenario through the diagram', () => {
  const scenario = loadScenario(yaml, { seed: 1 });
  const view = toClusterView(scenario);
  // The scenario's default clients, as the core chooses and resolves them (null: the defaults).
  const first = runTraffic(scenario, null, 0);
  const clients = first.clients.flatMap((c) => (c.ok ? [c.spec] : []));
  const { entries } = first;
  const els = toFlowElements(fromClusterView(view), toViewClients(clients, entries));
  const nodeIds = new Set(els.nodes.map((n) => n.id));
  const pathOf = (r: RequestResult, spec: ClientSpec) =>
    hopsToPath(r, { start: clientStartId(spec), edges: els.edges, nodeIds, namespace: 'default' });

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
    const { results } = runTraffic(scenario, null, 5);
    expect(results.length).toBeGreaterThan(10);
    for (const r of results) {
      const spec = clients.find((c) => c.id === r.clientId)!;
      const path = pathOf(r, spec);
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

  it("flies each packet box by box along drawn edges: the entry node's kube-proxy, the Service that matched, the pod", () => {
    const { results } = runTraffic(scenario, null, 5);
    const routes = new Map<string, Set<string>>();
    let crossNode = 0;
    for (const r of results) {
      const spec = clients.find((c) => c.id === r.clientId)!;
      const path = pathOf(r, spec);
      // Every leg follows an edge on the diagram: no dot crosses open space.
      for (const leg of path.legs) expect(leg.edgeId, `${leg.from}>${leg.to}`).toBeTruthy();
      const matched = r.hops.find((h) => h.kind === 'kube-proxy' && h.at?.kind === 'Service')!.at!;
      const entered = spec.from.kind === 'external' ? r.hops.find((h) => h.kind === 'node')!.node : undefined;
      const expected = [
        ...(entered ? [`kp:${entered}`] : []),
        `svc:${matched.namespace}/${matched.name}`,
        `pod:${r.pod}`,
      ];
      expect(path.legs.map((l) => l.to)).toEqual(expected);
      if (r.node !== (entered ?? r.node)) crossNode++;
      routes.set(spec.id, (routes.get(spec.id) ?? new Set()).add(expected.slice(0, -1).join(' > ')));
    }
    // NodePort clients pass through the NodePort Service (not the ClusterIP one) via their node.
    expect([...routes.get('laptop')!]).toEqual(['kp:node-1 > svc:default/my-service-nodeport']);
    expect([...routes.get('phone')!]).toEqual(['kp:node-2 > svc:default/my-service-nodeport']);
    expect([...routes.get('curl')!]).toEqual(['svc:default/my-service']);
    expect(crossNode).toBeGreaterThan(0);
  });
});

describe('sessionAffinity: ClientIP through the diagram', () => {
  it('pins each client to one pod box', () => {
    const pinned = yaml.replace(/(name: my-service-nodeport\nspec:\n)/, '$1  sessionAffinity: ClientIP\n');
    expect(pinned).not.toBe(yaml);
    const scenario = loadScenario(pinned, { seed: 1 });
    const view = toClusterView(scenario);
    const defaults = runTraffic(scenario, null, 0);
    const decl = defaults.declared.find((c) => c.id === 'laptop')!;
    const resolved = defaults.clients.find((c) => c.id === 'laptop')!;
    if (!resolved.ok) throw new Error(`laptop did not resolve: ${resolved.problem.code}`);
    const laptop = resolved.spec;
    const { results } = runTraffic(scenario, [decl], 10);
    const els = toFlowElements(fromClusterView(view), toViewClients([laptop], runTraffic(scenario, [decl], 0).entries));
    const nodeIds = new Set(els.nodes.map((n) => n.id));
    const ends = new Set(
      results.map((r) => hopsToPath(r, { start: clientStartId(laptop), edges: els.edges, nodeIds }).legs.at(-1)?.to),
    );
    expect(results.length).toBeGreaterThan(10);
    expect(ends.size).toBe(1);
  });
});

// Lesson 15's first solution: a Gateway whose one HTTPRoute splits shop.example.com 90/10 between
// web-v1 and web-v2 (the lesson's client is external, to http://shop.example.com/).
describe('a Gateway with a weighted HTTPRoute through the diagram', () => {
  const canary = readFileSync(
    new URL('../../scenarios/lessons/15-canary-weights/solution-1.yaml', import.meta.url),
    'utf8',
  );
  const scenario = loadScenario(canary, { seed: 1 });
  const view = toClusterView(scenario);
  const decl: ClientDecl = {
    id: 'shoppers',
    from: { kind: 'external', ip: '203.0.113.10' },
    to: { kind: 'url', url: 'http://shop.example.com/' },
    rate: 2,
  };
  const first = runTraffic(scenario, [decl], 0);
  const resolved = first.clients[0]!;
  if (!resolved.ok) throw new Error(`shoppers did not resolve: ${resolved.problem.code}`);
  const els = toFlowElements(fromClusterView(view), toViewClients([resolved.spec], first.entries));
  const nodeIds = new Set(els.nodes.map((n) => n.id));

  it("draws the Gateway with the controller's listener and route, wired to both backends, in place of its data plane's LB", () => {
    const gw = els.nodes.find((n) => n.id === 'gw:default/shop');
    expect(gw?.type).toBe('gateway');
    expect(gw?.data).toMatchObject({
      listeners: ['http · HTTP :80'],
      routes: [{ hosts: 'shop.example.com', to: '→ web-v1 90% · web-v2 10%' }],
    });
    expect(els.nodes.filter((n) => n.type === 'loadBalancer')).toEqual([]);
    // Its data plane's pods and the controller's own control plane pod are the cluster's: only web-v1 and web-v2 are drawn.
    const pods = els.nodes.filter((n) => n.type === 'pod').map((n) => n.id);
    expect(pods).toHaveLength(3);
    for (const id of pods) expect(id).toMatch(/^pod:default\/web-v[12]-/);
    expect(
      els.edges
        .filter((e) => e.source === 'gw:default/shop')
        .map((e) => e.target)
        .sort(),
    ).toEqual(['svc:default/web-v1', 'svc:default/web-v2']);
    expect(els.edges.find((e) => e.source === 'client:shoppers')?.target).toBe('gw:default/shop');
  });

  it('flies every request client → Gateway → the picked backend Service → its pod, along drawn edges', () => {
    const { results } = runTraffic(scenario, [decl], 30);
    expect(results.length).toBeGreaterThan(30);
    const services = new Set<string>();
    for (const r of results) {
      expect(r.outcome).toBe('ok');
      const path = hopsToPath(r, { start: 'client:shoppers', edges: els.edges, nodeIds, namespace: 'default' });
      expect(path.stop).toBeUndefined();
      const boxes = path.legs.map((l) => l.to);
      expect(boxes[0]).toBe('gw:default/shop');
      expect(boxes[2]).toBe(`pod:${r.pod}`);
      expect(boxes).toHaveLength(3);
      for (const leg of path.legs) expect(leg.edgeId).toBeTruthy();
      services.add(boxes[1]!);
    }
    expect([...services].sort()).toEqual(['svc:default/web-v1', 'svc:default/web-v2']);
  });
});
