// The lessons' public door: the manifest parser, the goal checker and the lesson assembler.
export type * from './types.ts';
export { LANGUAGES } from './types.ts';
export { parseLessonManifest, type ManifestResult } from './lessonManifest.ts';
export {
  checkGoal,
  checkGoalOn,
  predictAnswer,
  sendSeries,
  type GoalResult,
  type GoalInput,
  type ConsoleRecord,
} from './goals.ts';
export type { GoalCode, GoalParams } from './goalResult.ts';
export { assembleLessons, stepStart, translatedName, type LessonProblem } from './assembleLessons.ts';
export { resolveFrom, resolveTargets, fillPlaceholder, PLACEHOLDER } from './resolveSpec.ts';
export { fillTemplate, hasPlaceholder, type FilledTemplate, type TemplatePart } from './fillTemplate.ts';
