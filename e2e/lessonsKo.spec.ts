// Every built-in lesson playable to its end in Korean (the English walk is in lessons.spec.ts; the
// walk itself is e2e/lessonWalk.ts).
import { walkEveryLesson } from './lessonWalk.ts';

walkEveryLesson('ko');
