// Every built-in lesson folder, read from disk: manifests parse, texts exist in both languages,
// scenarios are accepted by the API server, and each step's goal fails before the learner's edit
// and passes on the step's solution (or passes as-is when the step asks for no edit).
import { describe, expect, it } from 'vitest';
import { loadLessonsFromDisk } from '../../cli/lessons.ts';
import { loadScenario } from '../scenario/load.ts';
import { checkGoal, predictAnswer, type ConsoleRecord, type GoalInput } from './goals.ts';
import { runConsoleKubectl } from '../kubectl/runKubectl.ts';
import { resolveTargets } from './resolveSpec.ts';
import { stepStart } from './assembleLessons.ts';
import { resolveClients } from '../sim/resolveClients.ts';
import type { Goal, LessonClient } from './types.ts';
import { createTraffic } from '../sim/traffic.ts';

const { lessons, problems } = loadLessonsFromDisk();
const SEEDS = [1, 7, 2024];

/** What a learner who does the step gives the Check: the right pods, or the step's command run in the console. */
function learnerInput(yaml: string, goal: Goal, seed: number, clients: readonly LessonClient[] = []): GoalInput {
  const scenario = loadScenario(yaml, { seed });
  if (goal.type === 'expires') {
    // The diagram plays the lesson's clients for four minutes of simulated time.
    const traffic = createTraffic(
      scenario.state,
      seed,
      resolveClients(scenario.state, clients).flatMap((r) => (r.ok ? [r.spec] : [])),
    );
    traffic.step(240);
    return { traffic: traffic.results() };
  }
  if (goal.type === 'predict') {
    const p = predictAnswer(scenario, goal);
    return p.ok ? { answer: p.answer } : {};
  }
  if (goal.type !== 'kubectl') return {};
  const argv = goal.argv.map((w) => {
    const r = resolveTargets(scenario.state, w);
    return r.ok ? r.value[0]! : w;
  });
  const r = runConsoleKubectl(scenario, argv);
  const record: ConsoleRecord = {
    line: `$ kubectl ${argv.join(' ')}`,
    output: r.stdout + r.stderr,
    effects: r.effects ?? [],
  };
  return { console: [record] };
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
      'gateway-api',
      'canary-weights',
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

  it("every lesson's traffic clients name what its scenario has, or what a step of it adds", () => {
    for (const l of lessons) {
      const states = [l.scenario, ...Object.values(l.solutions)].map((y) => loadScenario(y).state);
      for (const c of l.clients)
        expect(
          states.some((st) => resolveClients(st, [c])[0]!.ok),
          `${l.dir} ${c.id}`,
        ).toBe(true);
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
              const input = learnerInput(solution, step.goal, seed, l.clients);
              // The diagram shows the traffic of the text in the editor: before the edit, that of the start.
              const before = step.goal.type === 'expires' ? learnerInput(start, step.goal, seed, l.clients) : input;
              expect(checkGoal(start, step.goal, seed, before).passed, `seed ${seed} before`).toBe(false);
              const after = checkGoal(solution, step.goal, seed, input);
              expect(after.passed, `seed ${seed}: ${after.code} ${JSON.stringify(after.params)}`).toBe(true);
            } else {
              const r = checkGoal(start, step.goal, seed, learnerInput(start, step.goal, seed, l.clients));
              expect(r.passed, `seed ${seed}: ${r.code} ${JSON.stringify(r.params)}`).toBe(true);
            }
            // A step that asks for a command or an answer never passes on its own.
            if (step.goal.type === 'kubectl' || step.goal.type === 'predict' || step.goal.type === 'expires')
              expect(checkGoal(l.solutions[step.id] ?? start, step.goal, seed).passed, `seed ${seed} alone`).toBe(
                false,
              );
          }
        });
      });
    });
  }

  it('every step checks the same on the Korean twins (scenario.ko.yaml, solution-N.ko.yaml): only comments differ', () => {
    let compared = 0;
    for (const l of lessons)
      l.steps.forEach((step, i) => {
        const start = { en: stepStart(l, i), ko: stepStart(l, i, 'ko') };
        const end = { en: l.solutions[step.id] ?? start.en, ko: l.yaml.ko.solutions[step.id] ?? start.ko };
        for (const pair of [start, end]) {
          const check = (yaml: string) => checkGoal(yaml, step.goal, 1, learnerInput(yaml, step.goal, 1, l.clients));
          if (pair.ko !== pair.en) compared++;
          expect(check(pair.ko), `${l.dir} ${step.id}`).toEqual(check(pair.en));
        }
      });
    expect(compared).toBeGreaterThan(lessons.length);
  });

  it('goals are deterministic for a seed', () => {
    for (const l of lessons) {
      l.steps.forEach((step, i) => {
        const yaml = l.solutions[step.id] ?? stepStart(l, i);
        const a = checkGoal(yaml, step.goal, 42, { answer: ['default/none'] });
        const b = checkGoal(yaml, step.goal, 42, { answer: ['default/none'] });
        expect(b, `${l.id}/${step.id}`).toEqual(a);
      });
    }
  });

  it("a predict goal accepts exactly the Service's ready endpoints, whatever the seed", () => {
    const l = lessons.find((x) => x.id === 'service-yaml')!;
    const step = l.steps.find((s) => s.goal.type === 'predict')!;
    const yaml = stepStart(l, l.steps.indexOf(step));
    const goal = step.goal as Extract<Goal, { type: 'predict' }>;
    const answers = SEEDS.map((seed) => {
      const p = predictAnswer(loadScenario(yaml, { seed }), goal);
      if (!p.ok) throw new Error(p.verdict.code);
      // The client pod is a choice too: the learner tells it apart by its labels.
      expect(p.choices.length).toBe(4);
      expect(p.answer).toHaveLength(3);
      expect(p.choices.filter((c) => !p.answer.includes(c))).toEqual(['default/client']);
      expect(checkGoal(yaml, goal, seed, { answer: p.choices }).passed).toBe(false);
      expect(checkGoal(yaml, goal, seed, { answer: p.answer.slice(1) }).passed).toBe(false);
      expect(checkGoal(yaml, goal, seed, { answer: [...p.answer].reverse() }).passed).toBe(true);
      return p.answer.map((a) => a.replace(/-[a-z0-9]+-[a-z0-9]+$/, ''));
    });
    // Reasoned from the YAML: the same three web pods under every seed (names are generated per seed).
    expect(new Set(answers.map((a) => a.join()))).toEqual(new Set(['default/web,default/web,default/web']));
    expect(checkGoal(yaml, goal, 3).code).toBe('predict.choose');
  });
});
