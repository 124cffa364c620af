// What one kubectl invocation produces: both streams and the exit code, like a process.
export interface KubectlResult {
  stdout: string;
  stderr: string;
  exitCode: number;
  /**
   * The scenario YAML after a mutating command (scale, expose, label, delete, create service…);
   * absent when nothing changed. The caller puts it in the editor and reloads the scenario.
   */
  yaml?: string;
}

export const ok = (stdout: string, stderr = ''): KubectlResult => ({ stdout, stderr, exitCode: 0 });
export const fail = (stderr: string, stdout = ''): KubectlResult => ({ stdout, stderr: stderr.endsWith('\n') ? stderr : `${stderr}\n`, exitCode: 1 });
