// The console's engines (kubectl, its completion, the pod shell, and the lesson Check that runs kubectl): a third of the simulator's code,
// loaded by sim.worker.ts on first use so the first diagram waits only for load + view + traffic.
// Through kubectl's entry point; the core is side-effect free (package.json), so the bundler splits them off.
export { runConsoleKubectl as runKubectl, completeKubectl, runInPodShell } from '../core/kubectl/index.ts';
export { checkLessonGoal } from './lessonGoal.ts';
export { noteLine } from '../core/kubectl/playgroundNotes.ts';
export { consoleAnswers } from './consoleAnswers.ts';
