import { describe, expect, it } from 'vitest';
import { keepUnchanged } from './keepUnchanged.ts';
import { toFlowElements } from './toFlowElements.ts';
import { podA, podB, viewMyService } from './fixtures/views.ts';
import type { DiagramView } from './viewShape.ts';

// A view with podB not ready: its box, the Service's ready count and podB's wire change; node-a's
// group and pods, the kube-proxies and the other wires do not.
const podBDown: DiagramView = {
  ...viewMyService,
  nodes: viewMyService.nodes.map((n) => ({
    ...n,
    pods: n.pods.map((p) => (p.name === podB.name ? { ...p, ready: false } : p)),
  })),
  services: viewMyService.services.map((s) => ({
    ...s,
    endpoints: s.endpoints.map((e) => (e.pod === podB.name ? { ...e, ready: false } : e)),
  })),
};

describe('keepUnchanged', () => {
  it('returns the previous elements themselves for an answer that changed nothing', () => {
    const keep = keepUnchanged();
    const first = keep(toFlowElements(viewMyService));
    const again = keep(toFlowElements(viewMyService));
    expect(again).toBe(first);
    expect(again.nodes).toBe(first.nodes);
  });

  it('keeps the objects of the unchanged boxes and wires and takes the changed ones', () => {
    const keep = keepUnchanged();
    const first = keep(toFlowElements(viewMyService));
    const fresh = toFlowElements(podBDown);
    const next = keep(fresh);
    expect(next.nodes.map((n) => n.id)).toEqual(fresh.nodes.map((n) => n.id));
    const before = new Map(first.nodes.map((n) => [n.id, n]));
    const kept = next.nodes.filter((n) => before.get(n.id) === n).map((n) => n.id);
    const changed = next.nodes.filter((n) => before.get(n.id) !== n).map((n) => n.id);
    expect(changed).toContain(`pod:default/${podB.name}`);
    expect(changed).toContain('svc:default/my-service');
    expect(kept).toContain(`pod:default/${podA.name}`);
    expect(kept).toContain('node:node-a');
    // Every changed box is the fresh object, with the fresh data.
    for (const n of next.nodes) if (before.get(n.id) !== n) expect(fresh.nodes).toContain(n);
    const pod = next.nodes.find((n) => n.id === `pod:default/${podB.name}`);
    expect(pod?.type === 'pod' && pod.data.pod.ready).toBe(false);
    // A kept edge is the previous object; the selector wire to podB is drawn as not ready.
    const edgesBefore = new Set(first.edges);
    expect(next.edges.some((e) => edgesBefore.has(e))).toBe(true);
    const toB = next.edges.find((e) => e.target === `pod:default/${podB.name}` && e.type === 'selector');
    expect(toB && edgesBefore.has(toB)).toBe(false);
  });

  it('follows a box that comes and goes', () => {
    const keep = keepUnchanged();
    const first = keep(toFlowElements(viewMyService));
    const without: DiagramView = {
      ...viewMyService,
      nodes: viewMyService.nodes.map((n) => ({ ...n, pods: n.pods.filter((p) => p.name !== podA.name) })),
    };
    const fewer = keep(toFlowElements(without));
    expect(fewer.nodes.some((n) => n.id === `pod:default/${podA.name}`)).toBe(false);
    const back = keep(toFlowElements(viewMyService));
    expect(back.nodes.map((n) => n.id)).toEqual(first.nodes.map((n) => n.id));
    expect(back.nodes.find((n) => n.id === `pod:default/${podA.name}`)).toEqual(
      first.nodes.find((n) => n.id === `pod:default/${podA.name}`),
    );
  });
});
