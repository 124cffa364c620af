// The worker's side of a lesson "Check": the core decides (lessons/goals.ts checkGoalOn); this
// only loads the text once and, for a predict goal, lists the choices without the answer.
import { loadScenario } from '../core/scenario/index.ts';
import { checkGoalOn, predictAnswer } from '../core/lessons/index.ts';
import type { GoalVerdict, LessonGoal } from './protocol.ts';

export function checkLessonGoal(yaml: string, seed: number, goal: LessonGoal, answer?: string): GoalVerdict {
  const scenario = loadScenario(yaml, { seed });
  const r = checkGoalOn(scenario, goal, seed, answer === undefined ? {} : { answer });
  let choices: string[] | null = null;
  if (goal.type === 'predict') {
    const p = predictAnswer(scenario, goal, seed);
    // Sorted pod names only: the order must not give the answer away.
    choices = p.ok ? [...p.choices].sort() : [];
  }
  return { passed: r.passed, detail: r.detail, choices };
}
