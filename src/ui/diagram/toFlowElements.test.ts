import { describe, expect, it } from 'vitest';
import { toFlowElements } from './toFlowElements.ts';
import { resolveTarget } from './flowWires.ts';
import { type ServiceData } from './flowShapes.ts';
import { badgeLines, badgeText, whyLines } from './cardLines.ts';
import { viewMyService, podA, podB, podC, podTypo } from './fixtures/views.ts';
import { findingText } from './findingText.ts';
import { GAP, SIZE } from './layout.ts';
import { describePorts } from './describe.ts';

describe('toFlowElements', () => {
  const { nodes, edges } = toFlowElements(viewMyService, [
    { id: 'laptop', kind: 'external', ip: '203.0.113.10', target: 'lb:default/my-service' },
    { id: 'curl', kind: 'pod', pod: 'default/other', target: 'default/broken' },
  ]);
  const byId = new Map(nodes.map((n) => [n.id, n]));

  it('puts every parent before its children (React Flow v12 requirement)', () => {
    nodes.forEach((n, i) => {
      if (!n.parentId) return;
      const parentIndex = nodes.findIndex((p) => p.id === n.parentId);
      expect(parentIndex).toBeGreaterThanOrEqual(0);
      expect(parentIndex).toBeLessThan(i);
    });
  });

  it('draws nodes as groups in name order with pods inside, sorted', () => {
    const groups = nodes.filter((n) => n.type === 'k8sNode').map((n) => n.id);
    expect(groups).toEqual(['node:node-a', 'node:node-b']);
    const inA = nodes.filter((n) => n.parentId === 'node:node-a' && n.type === 'pod').map((n) => n.id);
    expect(inA).toEqual([`pod:default/${podA.name}`, `pod:default/${podC.name}`]);
    const a = byId.get('node:node-a')!;
    const b = byId.get('node:node-b')!;
    const apart = b.position.x >= a.position.x + (a.width ?? 0) || b.position.y >= a.position.y + (a.height ?? 0);
    expect(apart).toBe(true);
    expect(byId.get('kp:node-a')?.parentId).toBe('node:node-a');
  });

  it('keeps children inside their group bounds', () => {
    for (const n of nodes) {
      if (!n.parentId) continue;
      const p = byId.get(n.parentId)!;
      expect(n.position.x + (n.width ?? 0)).toBeLessThanOrEqual(p.width ?? 0);
      expect(n.position.y + (n.height ?? 0)).toBeLessThanOrEqual(p.height ?? 0);
    }
  });

  it('describes Service ports as port → targetPort and lists nodePorts', () => {
    const svc = byId.get('svc:default/my-service');
    expect(svc?.type).toBe('service');
    expect(svc?.data).toMatchObject({
      ports: ['80 → 9376'],
      nodePorts: ['30007'],
      endpointCount: 3,
      readyCount: 2,
      selectsNoPods: false,
    });
  });

  it("flags a Service that selects no pods with the core's reason, worded in the page's language", () => {
    const svc = byId.get('svc:default/broken');
    const why = { code: 'explain.selectorMatchesNone', params: { selector: 'app: MyApp', service: 'default/broken' } };
    expect(svc?.data).toMatchObject({ selectsNoPods: true, noPodsWhy: why });
    const data = svc?.data as ServiceData;
    expect(badgeText('en', data.noPodsWhy)).toBe('selector app: MyApp of Service default/broken matches no pods');
    expect(badgeText('ko', data.noPodsWhy)).toBe('서비스 default/broken의 셀렉터 app: MyApp과 맞는 파드가 없습니다');
    expect(badgeText('ko', undefined)).toBe('고른 파드 없음');
    expect(edges.some((e) => e.source === 'svc:default/broken' && e.type === 'selector')).toBe(false);
  });

  it('draws one selector edge per endpoint pod, labelled with the selector and its readiness', () => {
    const sel = edges.filter((e) => e.type === 'selector');
    expect(sel.map((e) => e.target).sort()).toEqual(
      [`pod:default/${podA.name}`, `pod:default/${podB.name}`, `pod:default/${podC.name}`].sort(),
    );
    const notReady = sel.find((e) => e.target === `pod:default/${podC.name}`);
    expect(notReady?.data).toEqual({ labels: 'app.kubernetes.io/name=MyApp', ready: false });
    const pod = byId.get(`pod:default/${podA.name}`);
    expect(pod?.data).toMatchObject({
      selectedBy: ['my-service'],
      labels: ['app.kubernetes.io/name=MyApp', 'pod-template-hash=7d9f'],
      ports: '9376',
    });
  });

  it('places the load balancer beside its Service, linked, and the ingress with its rules', () => {
    const lb = byId.get('lb:default/my-service')!;
    expect(lb.position.y).toBe(byId.get('svc:default/my-service')!.position.y);
    expect(edges.find((e) => e.id === 'lbe:default/my-service')).toMatchObject({
      source: 'lb:default/my-service',
      target: 'svc:default/my-service',
    });
    expect(byId.get('ing:default/web')?.data).toMatchObject({ rules: ['shop.example/ → my-service:80'] });
    expect(edges.some((e) => e.source === 'ing:default/web' && e.target === 'svc:default/my-service')).toBe(true);
  });

  it('gives every client a box of its own, an in-cluster one naming its pod, linked to its target', () => {
    expect(
      edges
        .filter((e) => e.source.startsWith('client:'))
        .map((e) => `${e.source}>${e.target}`)
        .sort(),
    ).toEqual(['client:curl>svc:default/broken', 'client:laptop>lb:default/my-service']);
    const curl = byId.get('client:curl');
    expect(curl?.type).toBe('client');
    expect(curl?.data).toMatchObject({ subtitle: 'other' });
  });

  it("draws a Service's NodePort open on every Node's kube-proxy", () => {
    expect(
      edges
        .filter((e) => e.type === 'nodePort')
        .map((e) => `${e.id}=${e.source}>${e.target}`)
        .sort(),
    ).toEqual([
      'npe:default/my-service>node-a=svc:default/my-service>kp:node-a',
      'npe:default/my-service>node-b=svc:default/my-service>kp:node-b',
    ]);
    // Both ends have handles, so React Flow draws the edge on the first render.
    for (const id of ['kp:node-a', 'svc:default/my-service'])
      expect(byId.get(id)?.handles?.map((h) => h.type)).toEqual(['target', 'source']);
  });

  it('marks the NodePort closed on the nodes whose kube-proxy the core says drops outside traffic (eTP Local)', () => {
    const local = {
      ...viewMyService,
      services: viewMyService.services.map((s) =>
        s.name === 'my-service' ? { ...s, externalTrafficPolicy: 'Local', externalDropNodes: ['node-b'] } : s,
      ),
    };
    const drops = toFlowElements(local)
      .edges.filter((e) => e.type === 'nodePort')
      .map((e) => `${e.target}:${(e.data as { drops?: boolean }).drops === true}`)
      .sort();
    expect(drops).toEqual(['kp:node-a:false', 'kp:node-b:true']);
  });

  it('is deterministic and stable: input order does not move anything', () => {
    const shuffled = {
      ...viewMyService,
      nodes: [...viewMyService.nodes].reverse().map((n) => ({ ...n, pods: [...n.pods].reverse() })),
      services: [...viewMyService.services].reverse(),
    };
    const again = toFlowElements(shuffled, []);
    const pos = (els: typeof again) => els.nodes.map((n) => `${n.id}@${n.position.x},${n.position.y}`);
    expect(pos(again)).toEqual(pos(toFlowElements(viewMyService, [])));
  });

  it("adding a pod to one node does not move the other nodes' pods", () => {
    const extra = { ...podB, name: 'myapp-zzz', node: 'node-b' };
    const grown = {
      ...viewMyService,
      nodes: viewMyService.nodes.map((n) => (n.name === 'node-b' ? { ...n, pods: [...n.pods, extra] } : n)),
    };
    const before = toFlowElements(viewMyService, []).nodes.find((n) => n.id === `pod:default/${podA.name}`)!;
    const after = toFlowElements(grown, []).nodes.find((n) => n.id === `pod:default/${podA.name}`)!;
    expect(after.position).toEqual(before.position);
  });

  it('shapes the grid of Nodes to the diagram area: a row when wide, a column when tall', () => {
    const groupsAt = (aspect: number) =>
      toFlowElements(viewMyService, [], { aspect })
        .nodes.filter((n) => n.type === 'k8sNode')
        .map((n) => n.position);
    const [wa, wb] = groupsAt(6);
    expect(wa!.y).toBe(wb!.y);
    expect(wb!.x).toBeGreaterThan(wa!.x);
    const [ta, tb] = groupsAt(0.6);
    expect(ta!.x).toBe(tb!.x);
    expect(tb!.y).toBeGreaterThan(ta!.y);
  });

  it('stacks the bands top to bottom in rows no wider than asked (a phone), children moving with their Node', () => {
    const wide = toFlowElements(viewMyService, [{ id: 'laptop', kind: 'external', target: 'my-service' }]);
    const els = toFlowElements(viewMyService, [{ id: 'laptop', kind: 'external', target: 'my-service' }], {
      rowsWidth: 600,
    });
    const top = els.nodes.filter((n) => !n.parentId);
    for (const n of top) expect(n.position.x + (n.width ?? 0)).toBeLessThanOrEqual(600);
    const band = (n: (typeof top)[number]) => (n.type === 'service' ? 1 : n.type === 'k8sNode' ? 2 : 0);
    for (const a of top)
      for (const b of top) if (band(a) < band(b)) expect(a.position.y + (a.height ?? 0)).toBeLessThan(b.position.y);
    // No two boxes overlap.
    for (const a of top)
      for (const b of top)
        if (a !== b)
          expect(
            a.position.x < b.position.x + (b.width ?? 0) &&
              b.position.x < a.position.x + (a.width ?? 0) &&
              a.position.y < b.position.y + (b.height ?? 0) &&
              b.position.y < a.position.y + (a.height ?? 0),
          ).toBe(false);
    const child = (e: typeof els) => e.nodes.filter((n) => n.parentId).map((n) => [n.id, n.position]);
    expect(child(els)).toEqual(child(wide));
  });

  it('puts the outside world left of the Services and the Services left of the Nodes', () => {
    const x = (id: string) => byId.get(id)!.position.x;
    expect(x('client:laptop')).toBe(0);
    expect(x('svc:default/my-service')).toBeGreaterThan(x('lb:default/my-service') + 150);
    expect(x('node:node-a')).toBeGreaterThan(x('svc:default/my-service') + 200);
  });

  it('handles an empty view', () => {
    expect(toFlowElements({ nodes: [], services: [] })).toEqual({ nodes: [], edges: [] });
  });
});

describe('describePorts', () => {
  it('keeps names and non-TCP protocols', () => {
    expect(
      describePorts([
        { name: 'dns', port: 53, targetPort: 53, protocol: 'UDP' },
        { port: 443, targetPort: 443, protocol: 'TCP' },
      ]),
    ).toEqual({
      ports: ['dns: 53 → 53/UDP', '443 → 443'],
      nodePorts: [],
    });
  });
});

describe('resolveTarget', () => {
  it('accepts ids, ns/name and bare names of Services', () => {
    const ids = new Set(['svc:default/web', 'lb:default/web']);
    expect(resolveTarget('web', ids)).toBe('svc:default/web');
    expect(resolveTarget('lb:default/web', ids)).toBe('lb:default/web');
    expect(resolveTarget('nope', ids)).toBeUndefined();
  });
});

describe('findings on the diagram', () => {
  const near = {
    code: 'selector-near-miss' as const,
    pod: `default/${podTypo.name}`,
    key: 'app',
    value: 'myapp',
    wants: { key: 'app', value: 'MyApp' },
  };
  const closed = {
    code: 'target-port-closed' as const,
    portIndex: 0,
    port: 80,
    targetPort: 8080,
    endpointPort: 8080,
    protocol: 'TCP',
    pod: `default/${podA.name}`,
    declared: ['9376/TCP'],
  };
  const view = {
    ...viewMyService,
    services: viewMyService.services.map((s) =>
      s.name === 'broken'
        ? { ...s, findings: [near] }
        : { ...s, findings: [closed, { ...closed, pod: `default/${podB.name}` }] },
    ),
  };
  const { nodes, edges } = toFlowElements(view, []);

  it("marks the edge to each pod that does not listen, and draws the near miss's pod", () => {
    const marked = edges.filter((e) => e.data && 'finding' in e.data && e.data.finding);
    expect(marked.map((e) => `${e.type} ${e.id}`).sort()).toEqual([
      `nearMiss near:default/broken>default/${podTypo.name}`,
      `selector sel:default/my-service>default/${podA.name}`,
      `selector sel:default/my-service>default/${podB.name}`,
    ]);
  });

  it('lists one finding per port on the card, in en and ko, and makes room for it', () => {
    const card = nodes.find((n) => n.id === 'svc:default/my-service')!;
    expect((card.data as ServiceData).findings).toEqual([closed]);
    const plain = toFlowElements(viewMyService, []).nodes.find((n) => n.id === card.id)!;
    expect(whyLines(closed)).toBe(2);
    expect(card.height).toBe(plain.height! + 2 * SIZE.serviceWhyLine);
    expect(findingText(closed, 'en')).toBe('port 80: pods listen on 9376/TCP, not 8080');
    expect(findingText(closed, 'ko')).toBe('포트 80: 파드가 듣는 포트는 9376/TCP, 8080 아님');
    expect(badgeText('en', undefined, near)).toBe(
      `selects no pods: pod ${podTypo.name} has app=myapp; the selector asks app=MyApp`,
    );
    expect(badgeText('ko', undefined, near)).toBe(
      `고른 파드 없음: 파드 ${podTypo.name}에는 app=myapp, 셀렉터는 app=MyApp`,
    );
    // The wrapped badge is as tall as the longer language needs: the Korean one, seen wrapping to 6
    // lines in the browser (long label words broken anywhere).
    const long = {
      ...near,
      pod: 'default/web-5f685c8c97-bmfts',
      key: 'app.kubernetes.io/name',
      value: 'MyApp',
      wants: { key: 'app.kubernetes.io/name', value: 'MyAp' },
    };
    expect(badgeLines(undefined, long)).toBeGreaterThanOrEqual(6);
  });
});

describe('a Gateway box', () => {
  const view = {
    ...viewMyService,
    gateways: [
      {
        namespace: 'default',
        name: 'shop',
        className: 'nginx',
        address: '198.51.100.11',
        dataPlaneService: 'default/shop-nginx',
        listeners: [{ name: 'http', protocol: 'HTTP', port: 80 }],
        routes: [
          {
            namespace: 'default',
            name: 'shop',
            hostnames: ['shop.example.com'],
            // HTTPBackendRef.weight: each backend's share is its weight over the rule's sum (3:1 → 75% / 25%).
            rules: [
              {
                backends: [
                  { service: 'default/my-service', weight: 3 },
                  { service: 'default/broken', weight: 1 },
                  { service: 'default/not-drawn', weight: 0 },
                ],
              },
            ],
          },
        ],
      },
    ],
  };
  const { nodes, edges } = toFlowElements(view, [
    { id: 'shopper', kind: 'external', ip: '203.0.113.10', target: 'lb:default/shop-nginx' },
  ]);
  const gw = nodes.find((n) => n.id === 'gw:default/shop')!;

  it("sits in the outside band, listing its listener and its route with each backend's share", () => {
    expect(gw.type).toBe('gateway');
    // Right of the clients' column: the shopper's arrow runs left to right into it, never back into its own column.
    const shopper = nodes.find((n) => n.id === 'client:shopper')!;
    expect(shopper.position.x).toBe(0);
    expect(gw.position.x).toBe(SIZE.client.w + GAP.col);
    expect(gw.data).toMatchObject({
      listeners: ['http · HTTP :80'],
      routes: [{ hosts: 'shop.example.com', to: '→ my-service 75% · broken 25% · not-drawn 0%' }],
    });
    expect(gw.height).toBe(SIZE.gatewayBase.h + 3 * SIZE.gatewayLine);
    expect(gw.handles?.map((h) => h.type)).toEqual(['target', 'source']);
  });

  it('marks a listener the controller did not program with its status reason (a conflicted one serves nothing)', () => {
    const conflicted = {
      ...view,
      gateways: view.gateways!.map((g) => ({
        ...g,
        listeners: [
          { name: 'http', protocol: 'HTTP', port: 80, problem: 'ProtocolConflict' },
          { name: 'https', protocol: 'HTTPS', port: 80, hostname: 'shop.example.com', problem: 'ProtocolConflict' },
        ],
      })),
    };
    const node = toFlowElements(conflicted, []).nodes.find((n) => n.id === 'gw:default/shop')!;
    expect(node.data).toMatchObject({
      listeners: [
        'http · HTTP :80',
        '✗ ProtocolConflict',
        'https · HTTPS :80',
        'shop.example.com',
        '✗ ProtocolConflict',
      ],
    });
    expect(node.height).toBe(SIZE.gatewayBase.h + (5 + 2) * SIZE.gatewayLine);
  });

  it('wires the Gateway to each drawn backend Service, and a client sent to its address to the Gateway', () => {
    expect(
      edges
        .filter((e) => e.source === gw.id)
        .map((e) => [e.target, e.type])
        .sort(),
    ).toEqual([
      ['svc:default/broken', 'link'],
      ['svc:default/my-service', 'link'],
    ]);
    expect(edges.find((e) => e.source === 'client:shopper')?.target).toBe(gw.id);
  });

  it('stacks into the outside band on a phone, its wires routed', () => {
    const stacked = toFlowElements(view, [], { rowsWidth: 600 });
    const g = stacked.nodes.find((n) => n.id === gw.id)!;
    const firstService = Math.min(...stacked.nodes.filter((n) => n.type === 'service').map((n) => n.position.y));
    expect(g.position.y).toBeLessThan(firstService);
    for (const e of stacked.edges.filter((x) => x.source === gw.id)) expect(e.data?.route?.length).toBeGreaterThan(0);
  });
});

describe('clients beside the load balancers, Ingresses and Gateways', () => {
  it("route a client's arrow to a Service between the boxes of that column, never across one", () => {
    const view = {
      ...viewMyService,
      loadBalancers: [{ service: 'default/my-service', ip: '198.51.100.10', ports: [80] }],
    };
    const { nodes, edges } = toFlowElements(view, [
      { id: 'a-laptop', kind: 'external', ip: '203.0.113.10', target: 'lb:default/my-service' },
      { id: 'b-pod', kind: 'pod', pod: 'default/web-a', target: 'default/my-service' },
      { id: 'c-phone', kind: 'external', ip: '203.0.113.25', target: 'kp:node-b' },
    ]);
    const abs = (id: string) => {
      const n = nodes.find((x) => x.id === id)!;
      const p = n.parentId ? nodes.find((x) => x.id === n.parentId)!.position : { x: 0, y: 0 };
      return { x: n.position.x + p.x, y: n.position.y + p.y, w: n.width!, h: n.height! };
    };
    const lb = abs('lb:default/my-service');
    expect(lb.x).toBe(SIZE.client.w + GAP.col);
    for (const id of ['cle:b-pod>svc:default/my-service', 'cle:c-phone>kp:node-b']) {
      const e = edges.find((x) => x.id === id)!;
      const client = abs(e.source);
      const pts = [
        { x: client.x + client.w, y: client.y + client.h / 2 },
        ...(e.data as { route: { x: number; y: number }[] }).route,
      ];
      for (let i = 1; i < pts.length; i++) {
        const [a, b] = [pts[i - 1]!, pts[i]!];
        const crosses =
          Math.min(a.x, b.x) < lb.x + lb.w &&
          Math.max(a.x, b.x) > lb.x &&
          Math.min(a.y, b.y) < lb.y + lb.h &&
          Math.max(a.y, b.y) > lb.y;
        expect(crosses, `${id} segment ${i}`).toBe(false);
      }
    }
  });
});
