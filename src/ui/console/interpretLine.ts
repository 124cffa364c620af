// What a typed line means in the console. Only kubectl runs (in the worker); `clear` and
// `history` are the shell's own; busybox tools run inside a pod, as on a real cluster, so a bare
// `wget` gets the `kubectl run … -- wget` form instead of bash's "command not found". Its answers
// are the console's lines (consoleLines.ts), worded by the session in the page's language.
import type { ConsoleLine, ConsoleLineKey } from './consoleLines.ts';

export type LineAction =
  | { kind: 'empty' }
  | { kind: 'clear' }
  | { kind: 'history' }
  | { kind: 'kubectl'; line: string }
  | { kind: 'error'; line: ConsoleLine };

const IN_POD: Record<string, ConsoleLineKey> = { wget: 'inPodWget', nslookup: 'inPodNslookup' };

/** The first word as the shell would read it (quotes around it removed). */
export function firstWord(line: string): string {
  const m = /^\s*(\S+)/.exec(line);
  return (m?.[1] ?? '').replace(/^(['"])(.*)\1$/, '$2');
}

export function interpretLine(line: string): LineAction {
  const word = firstWord(line);
  if (word === '') return { kind: 'empty' };
  if (word === 'kubectl') return { kind: 'kubectl', line: line.trim() };
  if (word === 'clear' && line.trim() === 'clear') return { kind: 'clear' };
  if (word === 'history' && line.trim() === 'history') return { kind: 'history' };
  const inPod = Object.prototype.hasOwnProperty.call(IN_POD, word) ? IN_POD[word] : undefined;
  if (inPod) return { kind: 'error', line: { key: inPod } };
  return { kind: 'error', line: { key: 'onlyKubectl' } };
}

/** bash's `history` listing: the number right-aligned in 5 columns, two spaces, the command. */
export function formatHistory(entries: readonly string[]): string {
  return entries.map((e, i) => `${String(i + 1).padStart(5)}  ${e}\n`).join('');
}
