// kubectl's door: a command over a loaded scenario, its completion, and the shell inside a pod.
export { runKubectl, runConsoleKubectl, type KubectlResult } from './runKubectl.ts';
export { completeKubectl } from './complete.ts';
export { runInPodShell, type PodShellSession, type PodShellResult } from './podShell.ts';
export { covers, type CommandEffect, type ConsoleSender } from './effect.ts';
export { wordNotes, type KubectlNote, type KubectlNoteCode } from './playgroundNotes.ts';
