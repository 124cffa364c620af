// The console's engines (kubectl, its completion, the pod shell, and the lesson Check that runs kubectl): a third of the simulator's code,
// loaded by sim.worker.ts on first use so the first diagram waits only for load + view + traffic.
// Their own modules, not the core barrel, so the bundler can split them off.
export { runKubectl } from '../core/kubectl/runKubectl.ts';
export { completeKubectl } from '../core/kubectl/complete.ts';
export { runInPodShell } from '../core/kubectl/podShell.ts';
export { checkLessonGoal } from './lessonGoal.ts';
