import { describe, expect, it } from 'vitest';
import { entryLane, roundedPath, type Point, type Rect } from './entryLanes.ts';
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
