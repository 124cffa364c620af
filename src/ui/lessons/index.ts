// The lessons UI: the panel for the bottom "Lessons" tab, its store (lesson + step, for share
// links) and the connection to the simulation worker's Check.
export { LessonPanel } from './LessonPanel.tsx';
export {
  connectLessons,
  selectStep,
  openLesson,
  startLessonSync,
  useLessonStore,
  useLessonPosition,
  type GoalChecker,
  type GoalVerdict,
  type LessonState,
} from './lessonStore.ts';
export { Markdown, InlineMarkdown } from './Markdown.tsx';
