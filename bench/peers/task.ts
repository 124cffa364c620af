// What both peer-comparison task processes share: CPU and heap readings, and the one line of JSON
// they print for bench/peers.bench.ts.
import type { TaskResult } from './workload.ts';

/** CPU milliseconds (user + system) this process has used so far. */
export function cpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

/** Heap in use after a full collection (the tasks run under --expose-gc). */
export function heapMB(): number {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (gc) {
    gc();
    gc();
  }
  return process.memoryUsage().heapUsed / 1_048_576;
}

/** `a b c a` → `A B C A`: which endpoint answered, by first appearance. */
export function letters(names: readonly string[]): string {
  const seen = new Map<string, string>();
  return names
    .map((n) => {
      if (n === '-') return '-';
      if (!seen.has(n)) seen.set(n, String.fromCharCode(65 + seen.size));
      return seen.get(n)!;
    })
    .join(' ');
}

export function print(r: TaskResult): void {
  process.stdout.write(`\n${JSON.stringify(r)}\n`);
}
