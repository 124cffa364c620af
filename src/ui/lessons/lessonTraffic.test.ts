// Every built-in lesson's clients become traffic on its own scenario: placeholders filled with
// the addresses the simulated cluster allocated, sources that exist in it.
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../core/index.ts';
import { toClusterView } from '../../worker/view.ts';
import { LESSONS } from './catalog.ts';
import { lessonClientSpecs } from './lessonTraffic.ts';

describe(lessonClientSpecs, () => {
  for (const lesson of LESSONS.filter((l) => l.clients.length > 0)) {
    it(`${lesson.dir}: every client starts, from a real source to a filled-in address`, () => {
      const view = toClusterView(loadScenario(lesson.scenario, { seed: 1 }));
      const ui = lessonClientSpecs(view, lesson.clients);
      expect(ui.map((c) => c.id)).toEqual(lesson.clients.map((c) => c.id));
      const pods = new Set(view.pods.map((p) => `pod:${p.namespace}/${p.name}`));
      const ips = new Set([...view.nodes.map((n) => n.ip), ...view.pods.map((p) => p.ip)]);
      for (const c of ui) {
        expect(c.to).not.toMatch(/[{}]/);
        expect(c.from === 'external' || pods.has(c.from), c.from).toBe(true);
        const host = /^http:\/\/(\d+\.\d+\.\d+\.\d+)/.exec(c.to)?.[1];
        if (host) expect(ips.has(host), c.to).toBe(true);
      }
    });
  }

  it('fills {nodeIP:N} with the Nth node\'s InternalIP', () => {
    const lesson = LESSONS.find((l) => l.clients.some((c) => c.to.includes('{nodeIP:0}')))!;
    const view = toClusterView(loadScenario(lesson.scenario, { seed: 1 }));
    const client = lesson.clients.find((c) => c.to.includes('{nodeIP:0}'))!;
    const [spec] = lessonClientSpecs(view, [client]);
    expect(spec?.to).toBe(client.to.replace('{nodeIP:0}', view.nodes[0]!.ip));
  });

  it('leaves out a client whose pod or placeholder names nothing', () => {
    const scenario = loadScenario(LESSONS[0]!.scenario, { seed: 1 });
    const view = toClusterView(scenario);
    expect(lessonClientSpecs(view, [
      { id: 'a', from: 'pod/no-such-pod', to: 'http://x', rate: 1 },
      { id: 'b', from: 'external', to: 'http://{nodeIP:99}:30000/', rate: 1 },
      { id: 'c', from: 'external', to: 'http://{nope:x}/', rate: 1 },
    ])).toEqual([]);
  });
});
