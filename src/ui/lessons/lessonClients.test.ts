// Every built-in lesson's clients become traffic on its own scenario, through the worker message
// the lesson panel sends: placeholders filled with the addresses the simulated cluster allocated,
// sources that exist in it (the core's lessonClients, src/core/lessons/lessonClients.ts).
import { describe, expect, it } from 'vitest';
import { createHandler } from '../../worker/handler.ts';
import { toClusterView } from '../../worker/view.ts';
import { loadScenario } from '../../core/scenario/index.ts';
import { LESSONS } from './catalog.ts';
import type { ClientSpec, LessonClientSpec } from '../../worker/protocol.ts';

function resolve(yaml: string, clients: LessonClientSpec[]): ClientSpec[] {
  const [reply] = createHandler()({ type: 'lessonClients', requestId: 3, yaml, seed: 1, clients });
  expect(reply?.type).toBe('lessonClientsResult');
  return reply?.type === 'lessonClientsResult' ? reply.clients : [];
}

describe('lessonClients message', () => {
  for (const lesson of LESSONS.filter((l) => l.clients.length > 0)) {
    it(`${lesson.dir}: every client starts, from a real source to a filled-in address`, () => {
      const view = toClusterView(loadScenario(lesson.scenario, { seed: 1 }));
      const specs = resolve(lesson.scenario, lesson.clients);
      expect(specs.map((c) => c.id)).toEqual(lesson.clients.map((c) => c.id));
      const pods = new Set(view.pods.map((p) => `${p.namespace}/${p.name}`));
      const ips = new Set([...view.nodes.map((n) => n.ip), ...view.pods.map((p) => p.ip)]);
      for (const c of specs) {
        expect(c.to).not.toMatch(/[{}]/);
        const from = c.from.kind === 'pod' ? `${c.from.namespace}/${c.from.name}` : c.from.kind;
        expect(from === 'external' || pods.has(from), from).toBe(true);
        const host = /^http:\/\/(\d+\.\d+\.\d+\.\d+)/.exec(c.to)?.[1];
        if (host) expect(ips.has(host), c.to).toBe(true);
      }
    });
  }

  it("fills {nodeIP:N} with the Nth node's InternalIP, one client per node for {nodeIP:*}", () => {
    const lesson = LESSONS[0]!;
    const view = toClusterView(loadScenario(lesson.scenario, { seed: 1 }));
    const [one] = resolve(lesson.scenario, [
      { id: 'n', from: 'external/203.0.113.9', to: 'http://{nodeIP:0}:30080/', rate: 2 },
    ]);
    expect(one).toEqual({
      id: 'n',
      from: { kind: 'external', ip: '203.0.113.9' },
      to: `http://${view.nodes[0]!.ip}:30080/`,
      rate: 2,
    });
    const all = resolve(lesson.scenario, [{ id: 'all', from: 'node/node-1', to: 'http://{nodeIP:*}:30080/', rate: 1 }]);
    expect(all.map((c) => c.id)).toEqual(view.nodes.map((_, i) => `all-${i + 1}`));
    expect(all[0]?.from).toEqual({ kind: 'node', name: 'node-1' });
  });

  it('leaves out a client whose pod or placeholder names nothing', () => {
    expect(
      resolve(LESSONS[0]!.scenario, [
        { id: 'a', from: 'pod/no-such-pod', to: 'http://x', rate: 1 },
        { id: 'b', from: 'external', to: 'http://{nodeIP:99}:30000/', rate: 1 },
        { id: 'c', from: 'external', to: 'http://{nope:x}/', rate: 1 },
      ]),
    ).toEqual([]);
  });
});
