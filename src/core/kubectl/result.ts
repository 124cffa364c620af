// What one kubectl invocation produces: both streams and the exit code, like a process.
import type { PodShellSession } from './podShell.ts';
import type { CommandEffect } from './effect.ts';
import type { KubectlNote } from './playgroundNotes.ts';

export interface KubectlResult {
  stdout: string;
  stderr: string;
  exitCode: number;
  /**
   * The scenario YAML after a mutating command (scale, expose, label, delete, create service…);
   * absent when nothing changed. The caller puts it in the editor and reloads the scenario.
   */
  yaml?: string;
  /**
   * `kubectl run -it` / `kubectl exec -it … -- sh`: a shell is now open in a pod. The caller sends
   * the next lines to runInPodShell with this session until it reports `closed`.
   */
  session?: PodShellSession;
  /** What the command did (objects printed, requests sent), for a lesson to recognise it (effect.ts). */
  effects?: CommandEffect[];
  /** The playground's own lines in stderr (`ksp: …`), in order, as codes the faces word (playgroundNotes.ts). */
  notes?: KubectlNote[];
}

export const ok = (stdout: string, stderr = ''): KubectlResult => ({ stdout, stderr, exitCode: 0 });

/**
 * A command that goes through its targets one by one (scale, label, delete): what it printed, the
 * scenario's new text when it changed, and the playground's notes among its errors.
 */
export function targetsResult(
  stdout: string,
  stderr: string,
  failed: boolean,
  yaml: string | undefined,
  notes: KubectlNote[],
): KubectlResult {
  return {
    stdout,
    stderr,
    exitCode: failed ? 1 : 0,
    ...(yaml !== undefined ? { yaml } : {}),
    ...(notes.length > 0 ? { notes } : {}),
  };
}
export const fail = (stderr: string, stdout = ''): KubectlResult => ({
  stdout,
  stderr: stderr.endsWith('\n') ? stderr : `${stderr}\n`,
  exitCode: 1,
});
