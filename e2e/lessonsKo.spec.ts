// Built-in lessons played to their end in Korean: one lesson for each kind of step (kubectl,
// reach, distribution, predict, fails, invalid, expires, sticky, object), so every way a step is
// checked runs once in Korean; the English walk (lessons.spec.ts) plays every lesson, and
// src/ui/lessons/renderedText.test.tsx renders every step of every lesson in Korean. The walk
// itself is e2e/lessonWalk.ts. (All 13 in Korean doubled CI's longest part: 13 × ~21 s.)
import { walkEveryLesson } from './lessonWalk.ts';

walkEveryLesson('ko', [
  '02-service-yaml',
  '03-clusterip-busybox',
  '04-multi-port',
  '05-session-affinity',
  '11-wrong-targetport',
]);
