// The worker's checkGoal message: the core's verdict on the text it is given, a predict goal's
// choices without the answer, and no crash on text that is not a scenario.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createHandler } from './handler.ts';
import { checkLessonGoal } from './lessonGoal.ts';
import type { FromWorker, LessonGoal } from './protocol.ts';

const lessonDir = new URL('../scenarios/lessons/02-service-yaml/', import.meta.url);
const scenario = readFileSync(new URL('solution-1.yaml', lessonDir), 'utf8');
const predict: LessonGoal = {
  type: 'predict',
  question: { en: 'q', ko: 'q' },
  from: 'pod/client',
  to: 'http://my-service',
  request: 3,
  podLabel: { 'app.kubernetes.io/name': 'MyApp' },
};

function goalResult(replies: FromWorker[]) {
  expect(replies).toHaveLength(1);
  const r = replies[0]!;
  if (r.type !== 'goalResult') throw new Error(`expected goalResult, got ${r.type}`);
  return r;
}

describe('checkGoal in the worker', () => {
  const handle = createHandler({ checkGoal: checkLessonGoal });

  it('answers with the core verdict for the text sent, not the last loaded one', () => {
    const ok = goalResult(
      handle({ type: 'checkGoal', requestId: 4, yaml: scenario, seed: 1, goal: { type: 'valid' } }),
    );
    expect(ok).toEqual({
      type: 'goalResult',
      requestId: 4,
      passed: true,
      detail: 'the API server accepts every object',
      choices: null,
    });
    const bad = goalResult(
      handle({
        type: 'checkGoal',
        requestId: 5,
        yaml: scenario.replace(/port: 80\b/, 'port: 99999'),
        seed: 1,
        goal: { type: 'valid' },
      }),
    );
    expect(bad.passed).toBe(false);
    expect(bad.detail).toContain('must be between 1 and 65535, inclusive');
  });

  it("lists a predict goal's pods, sorted, and passes exactly one of them", () => {
    const ask = goalResult(handle({ type: 'checkGoal', requestId: 6, yaml: scenario, seed: 1, goal: predict }));
    expect(ask.passed).toBe(false);
    const choices = ask.choices!;
    expect(choices).toHaveLength(3);
    expect([...choices].sort()).toEqual(choices);
    const passing = choices.filter(
      (c) =>
        goalResult(handle({ type: 'checkGoal', requestId: 7, yaml: scenario, seed: 1, goal: predict, answer: c }))
          .passed,
    );
    expect(passing).toHaveLength(1);
    // Same text and seed ⇒ same answer.
    expect(
      goalResult(
        handle({ type: 'checkGoal', requestId: 8, yaml: scenario, seed: 1, goal: predict, answer: passing[0]! }),
      ).passed,
    ).toBe(true);
  });

  it('turns a text that is not a scenario into a failed check, not a crash', () => {
    for (const yaml of ['', ': : :\n\t- [', 'kind: Service\n']) {
      const r = goalResult(
        handle({
          type: 'checkGoal',
          requestId: 9,
          yaml,
          seed: 1,
          goal: { type: 'reach', from: 'pod/client', to: 'http://my-service' },
        }),
      );
      expect(r.passed).toBe(false);
      expect(r.detail.length).toBeGreaterThan(0);
    }
  });
});
