import { describe, expect, it } from 'vitest';
import { entryLane, roundedPath, stackedLane, type Point, type Rect } from './entryLanes.ts';
import { toFlowElements } from './toFlowElements.ts';
import { viewMyService } from './fixtures/views.ts';

/** Does the axis-aligned segment a→b pass through the inside of r? */
const crosses = (a: Point, b: Point, r: Rect): boolean => {
  const [x0, x1] = [Math.min(a.x, b.x), Math.max(a.x, b.x)];
  const [y0, y1] = [Math.min(a.y, b.y), Math.max(a.y, b.y)];
  return x0 < r.x + r.w && x1 > r.x && y0 < r.y + r.h && y1 > r.y;
};

describe(entryLane, () => {
  it("runs an outside client's arrow into a Node's kube-proxy through gaps, never across a box", () => {
    const { nodes, edges } = toFlowElements(viewMyService, [
      { id: 'laptop', kind: 'external', ip: '203.0.113.10', target: 'kp:node-b' },
    ]);
    const abs = (id: string): Rect => {
      const n = nodes.find((x) => x.id === id)!;
      const p = n.parentId ? nodes.find((x) => x.id === n.parentId)!.position : { x: 0, y: 0 };
      return { x: n.position.x + p.x, y: n.position.y + p.y, w: n.width!, h: n.height! };
    };
    const client = abs('client:laptop');
    const boxes = nodes.filter((n) => n.type !== 'k8sNode' && n.type !== 'kubeProxy').map((n) => abs(n.id));
    for (const e of edges.filter((x) => /^(cle|npe):/.test(x.id))) {
      const route = (e.data as { route?: Point[] } | undefined)?.route;
      expect(route, e.id).toBeDefined();
      const start = e.id.startsWith('cle:')
        ? { x: client.x + client.w, y: client.y + client.h / 2 }
        : { x: abs(e.source).x + abs(e.source).w, y: abs(e.source).y + abs(e.source).h / 2 };
      const pts = [start, ...route!];
      for (let i = 1; i < pts.length; i++)
        for (const b of boxes) expect(crosses(pts[i - 1]!, pts[i]!, b), `${e.id} segment ${i}`).toBe(false);
      // It ends on the top of the kube-proxy box it enters.
      const kp = abs(e.target);
      expect(pts.at(-1)).toEqual({ x: kp.x + kp.w / 2, y: kp.y });
    }
  });

  it('picks the lane between Service cards nearest the way in', () => {
    const cards = [
      { x: 300, y: 100, w: 200, h: 100 },
      { x: 300, y: 220, w: 200, h: 100 },
    ];
    const lane = entryLane(
      { x: 200, y: 150 },
      { x: 700, y: 320, w: 100, h: 28 },
      { x: 600, y: 308, w: 300, h: 200 },
      {
        services: cards,
        serviceX: 300,
        nodesX: 556,
      },
    );
    expect(lane[1]).toEqual({ x: 272, y: 210 });
    expect(
      roundedPath(
        [
          { x: 0, y: 0 },
          { x: 10, y: 0 },
          { x: 10, y: 10 },
        ],
        4,
      ),
    ).toBe('M 0,0 L 6,0 Q 10,0 10,4 L 10,10');
  });
});

describe(stackedLane, () => {
  it("runs every wire of the phone's stacked diagram down through the gaps: no box crossed but the one it enters", () => {
    const { nodes, edges } = toFlowElements(
      viewMyService,
      [
        { id: 'laptop', kind: 'external', ip: '203.0.113.10', target: 'kp:node-b' },
        { id: 'phone', kind: 'external', ip: '203.0.113.25', target: 'default/my-service' },
      ],
      { aspect: 0.6, rowsWidth: 600 },
    );
    const byId = new Map(nodes.map((n) => [n.id, n]));
    const abs = (id: string): Rect => {
      const n = byId.get(id)!;
      const p = n.parentId ? byId.get(n.parentId)!.position : { x: 0, y: 0 };
      return { x: n.position.x + p.x, y: n.position.y + p.y, w: n.width!, h: n.height! };
    };
    expect(edges.length).toBeGreaterThan(4);
    for (const e of edges) {
      const route = (e.data as { route?: Point[] } | undefined)?.route;
      expect(route, e.id).toBeDefined();
      const src = abs(e.source);
      // It leaves its box's bottom (the stacked layout's source handle, knownHandles.ts).
      const pts = [{ x: src.x + src.w / 2, y: src.y + src.h }, ...route!];
      for (let i = 1; i < pts.length; i++) expect(pts[i]!.y, `${e.id} goes down`).toBeGreaterThanOrEqual(pts[i - 1]!.y);
      const target = byId.get(e.target)!;
      // The boxes it may touch: its target, and the Node that holds it (it enters that Node to reach it).
      const allowed = new Set([e.target, target.parentId]);
      for (const n of nodes) {
        if (allowed.has(n.id) || (n.parentId && allowed.has(n.parentId) && n.type !== 'pod')) continue;
        const b = abs(n.id);
        for (let i = 1; i < pts.length; i++)
          expect(crosses(pts[i - 1]!, pts[i]!, b), `${e.id} crosses ${n.id}`).toBe(false);
      }
      const t = abs(e.target);
      // A pod is entered from its left side, anything else from the top.
      expect(pts.at(-1)).toEqual(target.type === 'pod' ? { x: t.x, y: t.y + t.h / 2 } : { x: t.x + t.w / 2, y: t.y });
    }
  });
});
