import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../core/scenario/index.ts';
import { toClusterView } from '../../worker/view.ts';
import { fromClusterView } from './fromClusterView.ts';
import { toFlowElements } from './toFlowElements.ts';
import { type FlowElements } from './flowShapes.ts';
import { reuseUnchanged } from './reuseUnchanged.ts';

const seed = readFileSync(new URL('../../scenarios/default.yaml', import.meta.url), 'utf8');
const replicas = Number(/replicas: (\d+)/.exec(seed)![1]);
const elementsOf = (text: string): FlowElements =>
  toFlowElements(fromClusterView(toClusterView(loadScenario(text))), [
    { id: 'laptop', kind: 'external', ip: '203.0.113.10', target: 'lb:default/my-service' },
  ]);

describe(reuseUnchanged, () => {
  it('keeps the very same elements when an answer changes nothing', () => {
    const shown = elementsOf(seed);
    expect(reuseUnchanged(shown, elementsOf(seed))).toBe(shown);
  });

  it('gives a box or wire that an edit leaves as it was its old object, and the changed ones their new', () => {
    const shown = elementsOf(seed);
    const next = elementsOf(seed.replace(/replicas: \d+/, `replicas: ${replicas + 1}`));
    const kept = reuseUnchanged(shown, next);
    const before = new Map([...shown.nodes, ...shown.edges].map((x) => [x.id, x]));
    const reused = [...kept.nodes, ...kept.edges].filter((x) => before.get(x.id) === x).map((x) => x.id);
    // One more pod: it is new, and the Service boxes count one more endpoint; a node that did not
    // get it is as it was, with its kube-proxy and pods, and so is the outside client (the bands start
    // at the top, so a taller cluster moves nothing beside it).
    expect(kept.nodes.length).toBe(shown.nodes.length + 1);
    expect(reused).toEqual(
      expect.arrayContaining(['node:node-1', 'kp:node-1', 'pod:default/web-5f685c8c97-nmlbd', 'client:laptop']),
    );
    expect(reused).not.toContain('svc:default/my-service');
    expect(kept.nodes.find((n) => n.id === 'svc:default/my-service')).toBe(
      next.nodes.find((n) => n.id === 'svc:default/my-service'),
    );
    // Content is always the new answer's.
    expect(JSON.stringify(kept)).toBe(JSON.stringify(next));
  });

  it('gives a box that only moved a new node with its old data object, so its view does not re-render (nodes/boxView.ts)', () => {
    const shown = elementsOf(seed);
    // A Service that sorts first pushes the others down; what they show is unchanged.
    const next = elementsOf(
      `${seed}\n---\n${readFileSync(new URL('./fixtures/first-service.yaml', import.meta.url), 'utf8')}`,
    );
    const kept = reuseUnchanged(shown, next);
    const node = (els: FlowElements, id: string) => els.nodes.find((n) => n.id === id)!;
    const moved = 'svc:default/my-service';
    expect(node(next, moved).position.y).toBeGreaterThan(node(shown, moved).position.y);
    expect(node(kept, moved)).not.toBe(node(shown, moved));
    expect(node(kept, moved).position).toEqual(node(next, moved).position);
    expect(node(kept, moved).data).toBe(node(shown, moved).data);
    // A box whose content changed gets the new data.
    expect(node(kept, 'svc:default/a-first').data).toBe(node(next, 'svc:default/a-first').data);
  });

  it('returns the new elements as they are when nothing was shown before', () => {
    const next = elementsOf(seed);
    expect(reuseUnchanged(null, next)).toBe(next);
  });

  it('gives a new list when only the order changed', () => {
    const shown = elementsOf(seed);
    const reversed = { nodes: [...shown.nodes].reverse(), edges: shown.edges };
    const kept = reuseUnchanged(shown, reversed);
    expect(kept.nodes).not.toBe(shown.nodes);
    expect(kept.nodes.map((n) => n.id)).toEqual(reversed.nodes.map((n) => n.id));
    expect(kept.edges).toBe(shown.edges);
  });
});
