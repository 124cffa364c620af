// Above a few hundred boxes React Flow mounts only those on screen (Diagram.tsx), and an export
// reads what is mounted: it would hold the 5 visible boxes of 1,100. While an export reads the
// diagram, this switch has Diagram.tsx mount every box; the export waits until they are all there.

let everyBox = false;
const listeners = new Set<() => void>();

function set(next: boolean): void {
  everyBox = next;
  for (const l of listeners) l();
}

export function subscribeEveryBox(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export const everyBoxRendered = (): boolean => everyBox;

const frame = (): Promise<void> => new Promise((resolve) => requestAnimationFrame(() => resolve()));

/**
 * Mounts every box, waits until `mounted()` reaches `expected` (or `timeoutMs` passes), runs
 * `read`, then goes back to mounting only what is on screen.
 */
export async function withEveryBox<T>(
  expected: number,
  mounted: () => number,
  read: () => T | Promise<T>,
  timeoutMs = 10_000,
): Promise<T> {
  set(true);
  try {
    const until = performance.now() + timeoutMs;
    while (mounted() < expected && performance.now() < until) await frame();
    await frame(); // one more for the edges React Flow draws once both ends are placed
    return await read();
  } finally {
    set(false);
  }
}
