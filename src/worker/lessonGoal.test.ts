// The worker's checkGoal message: the core's verdict on the text it is given, a predict goal's
// choices without the answer, and no crash on text that is not a scenario.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createHandler } from './handler.ts';
import { checkLessonGoal } from './lessonGoal.ts';
import { runConsoleKubectl } from '../core/kubectl/index.ts';
import type { FromWorker, LessonGoal } from './protocol.ts';
import { consoleAnswers } from './consoleAnswers.ts';

const lessonDir = new URL('../scenarios/lessons/02-service-yaml/', import.meta.url);
const scenario = readFileSync(new URL('solution-1.yaml', lessonDir), 'utf8');
const predict: LessonGoal = { type: 'predict', question: { en: 'q', ko: 'q' }, service: 'my-service' };

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
      code: 'valid.ok',
      params: {},
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
    expect(bad.code).toBe('valid.error');
    expect(bad.params.message).toContain('must be between 1 and 65535, inclusive');
  });

  it("lists a predict goal's pods, sorted, and passes only the Service's ready endpoints", () => {
    const ask = goalResult(handle({ type: 'checkGoal', requestId: 6, yaml: scenario, seed: 1, goal: predict }));
    expect(ask).toMatchObject({ passed: false, code: 'predict.choose' });
    const choices = ask.choices!;
    expect(choices).toHaveLength(4);
    expect([...choices].sort()).toEqual(choices);
    const web = choices.filter((c) => c.startsWith('default/web-'));
    const answer = (a: string[]) =>
      goalResult(handle({ type: 'checkGoal', requestId: 7, yaml: scenario, seed: 1, goal: predict, answer: a }));
    expect(answer(web).passed).toBe(true);
    expect(answer(choices)).toMatchObject({ passed: false, code: 'predict.wrong', params: { pods: web } });
  });

  it('checks a kubectl goal against the console records it is sent', () => {
    const goal: LessonGoal = { type: 'kubectl', argv: ['get', 'svc', 'my-service'], stdoutIncludes: ['80/TCP'] };
    const waiting = goalResult(handle({ type: 'checkGoal', requestId: 10, yaml: scenario, seed: 1, goal }));
    expect(waiting).toMatchObject({ passed: false, code: 'kubectl.waiting' });
    const ran = createHandler({ kubectl: runConsoleKubectl, answers: consoleAnswers })({
      type: 'kubectl',
      requestId: 11,
      argv: [],
      yaml: scenario,
      seed: 1,
      line: 'kubectl get service/my-service -o wide',
    })[0]!;
    if (ran.type !== 'kubectlResult') throw new Error(ran.type);
    const record = { line: '$ kubectl get service/my-service -o wide', output: ran.stdout, effects: ran.effects ?? [] };
    const seen = goalResult(
      handle({ type: 'checkGoal', requestId: 12, yaml: scenario, seed: 1, goal, console: [record] }),
    );
    expect(seen).toMatchObject({ passed: true, code: 'kubectl.seen', params: { command: record.line } });
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
      expect(r.code).toMatch(/./);
    }
  });
});
