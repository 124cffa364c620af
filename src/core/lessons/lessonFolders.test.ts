// Every built-in lesson folder, read from disk: manifests parse, texts exist in both languages,
// scenarios are accepted by the API server, and each step's goal fails before the learner's edit
// and passes on the step's solution (or passes as-is when the step asks for no edit).
import { describe, expect, it } from 'vitest';
import { loadLessonsFromDisk } from '../../cli/lessons.ts';
import { loadScenario } from '../scenario/load.ts';
import { checkGoal, predictAnswer } from './goals.ts';
import { stepStart } from './assembleLessons.ts';
import { lessonClients } from './lessonClients.ts';
import type { Goal } from './types.ts';

const { lessons, problems } = loadLessonsFromDisk();
const SEEDS = [1, 7, 2024];

function answerFor(yaml: string, goal: Goal, seed: number): string | undefined {
  if (goal.type !== 'predict') return undefined;
  const p = predictAnswer(loadScenario(yaml, { seed }), goal, seed);
  return p.ok ? p.answer : undefined;
}

describe('the lesson folders', () => {
  it('all load without problems, in the seed order', () => {
    expect(problems).toEqual([]);
    expect(lessons.map((l) => l.id)).toEqual([
      'why-services',
      'service-yaml',
      'clusterip-busybox',
      'multi-port',
      'session-affinity',
      'nodeport',
      'loadbalancer',
      'ingress',
      'tomcat',
      'selector-mismatch',
      'wrong-targetport',
      'pods-not-ready',
      'local-traffic-policy',
    ]);
    for (const l of lessons) expect(l.steps.length, l.id).toBeGreaterThanOrEqual(2);
  });

  it('every text exists in English and Korean, and the Korean is Korean', () => {
    for (const l of lessons) {
      const texts = [
        l.title,
        l.intro,
        ...l.steps.flatMap((s) => [s.title, s.text, s.hint, ...(s.goal.type === 'predict' ? [s.goal.question] : [])]),
      ];
      for (const t of texts) {
        expect(t.en.length, l.id).toBeGreaterThan(0);
        expect(t.ko.length, l.id).toBeGreaterThan(0);
      }
      expect(l.intro.ko, l.id).toMatch(/[\uAC00-\uD7A3]/);
      expect(l.intro.en, l.id).not.toMatch(/[\uAC00-\uD7A3]/);
    }
  });

  it('every scenario.yaml is accepted by the simulated API server', () => {
    for (const l of lessons) {
      const s = loadScenario(l.scenario, { fileName: `${l.dir}/scenario.yaml` });
      expect(
        s.diagnostics.filter((d) => d.severity === 'error'),
        l.dir,
      ).toEqual([]);
      expect(
        s.applied.every((a) => a.outcome === 'created'),
        l.dir,
      ).toBe(true);
    }
  });

  it("every lesson's traffic clients resolve against its scenario", () => {
    for (const l of lessons) {
      const { skipped } = lessonClients(loadScenario(l.scenario).state, l.clients);
      expect(skipped, l.dir).toEqual([]);
    }
  });

  for (const l of lessons) {
    describe(l.dir, () => {
      l.steps.forEach((step, i) => {
        it(`step ${step.id}: ${step.solution ? 'fails before the edit, passes on ' + step.solution : 'passes as it stands'}`, () => {
          const start = stepStart(l, i);
          for (const seed of SEEDS) {
            if (step.solution) {
              const solution = l.solutions[step.id]!;
              const answer = answerFor(solution, step.goal, seed);
              expect(checkGoal(start, step.goal, seed, { answer }).passed, `seed ${seed} before`).toBe(false);
              const after = checkGoal(solution, step.goal, seed, { answer });
              expect(after.passed, `seed ${seed}: ${after.detail}`).toBe(true);
            } else {
              const r = checkGoal(start, step.goal, seed, { answer: answerFor(start, step.goal, seed) });
              expect(r.passed, `seed ${seed}: ${r.detail}`).toBe(true);
            }
          }
        });
      });
    });
  }

  it('goals are deterministic for a seed', () => {
    for (const l of lessons) {
      l.steps.forEach((step, i) => {
        const yaml = l.solutions[step.id] ?? stepStart(l, i);
        const a = checkGoal(yaml, step.goal, 42, { answer: 'default/none' });
        const b = checkGoal(yaml, step.goal, 42, { answer: 'default/none' });
        expect(b, `${l.id}/${step.id}`).toEqual(a);
      });
    }
  });

  it('a predict goal accepts only the answer the simulator gives', () => {
    const l = lessons.find((x) => x.id === 'service-yaml')!;
    const step = l.steps.find((s) => s.goal.type === 'predict')!;
    const yaml = stepStart(l, l.steps.indexOf(step));
    const p = predictAnswer(loadScenario(yaml, { seed: 3 }), step.goal as Extract<Goal, { type: 'predict' }>, 3);
    if (!p.ok) throw new Error(p.error);
    expect(p.choices.length).toBe(3);
    expect(p.choices).toContain(p.answer);
    for (const wrong of p.choices.filter((c) => c !== p.answer))
      expect(checkGoal(yaml, step.goal, 3, { answer: wrong }).passed).toBe(false);
    expect(checkGoal(yaml, step.goal, 3).detail).toMatch(/^choose one of/);
  });
});
