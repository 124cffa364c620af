// The worker's side of a lesson "Check": the core decides (lessons/goals.ts checkGoalOn); this
// only loads the text once and, for a predict goal, lists the choices without the answer.
import { loadScenario } from '../core/scenario/index.ts';
import { checkGoalOn, predictAnswer, type ConsoleRecord } from '../core/lessons/index.ts';
import type { GoalVerdict, LessonGoal, RequestResult } from './protocol.ts';

export function checkLessonGoal(
  yaml: string,
  seed: number,
  goal: LessonGoal,
  answer?: readonly string[],
  console: readonly ConsoleRecord[] = [],
  traffic: readonly RequestResult[] = [],
): GoalVerdict {
  const scenario = loadScenario(yaml, { seed });
  const r = checkGoalOn(scenario, goal, seed, { console, traffic, ...(answer === undefined ? {} : { answer }) });
  let choices: string[] | null = null;
  if (goal.type === 'predict') {
    const p = predictAnswer(scenario, goal);
    // Sorted pod names only: the order must not give the answer away.
    choices = p.ok ? [...p.choices].sort() : [];
  }
  return { passed: r.passed, code: r.code, params: r.params, choices };
}
