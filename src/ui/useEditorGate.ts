// Monaco is ~4 MB: it loads only after the first diagram has painted, so the page shows the
// cluster first (docs/toolchain.md §3.3: first worker result → two frames → idle, 500 ms cap).
import { useEffect, useState } from 'react';
import { useStore } from './store.ts';

/** Runs `fn` once, on the same gate as Monaco (first worker result or restart → two frames → idle,
 * 500 ms cap): for code the first diagram must not wait for (the lesson catalog). */
export function afterFirstDiagram(fn: () => void): void {
  const done = (s: ReturnType<typeof useStore.getState>): boolean =>
    s.counters.loadsApplied > 0 || s.counters.workerRestarts > 0;
  const run = () =>
    requestAnimationFrame(() =>
      requestAnimationFrame(() => {
        const ric = (window as Partial<Window>).requestIdleCallback;
        if (ric) ric(() => fn(), { timeout: 500 });
        else window.setTimeout(fn, 50);
      }),
    );
  if (done(useStore.getState())) {
    run();
    return;
  }
  const stop = useStore.subscribe((s) => {
    if (!done(s)) return;
    stop();
    run();
  });
}

export function useEditorGate(): boolean {
  const firstResult = useStore((s) => s.counters.loadsApplied > 0 || s.counters.workerRestarts > 0);
  const [open, setOpen] = useState(false);
  useEffect(() => {
    if (!firstResult || open) return;
    let idle: number | null = null;
    let raf = requestAnimationFrame(() => {
      raf = requestAnimationFrame(() => {
        const go = () => setOpen(true);
        // Safari has no requestIdleCallback.
        const ric = (window as Partial<Window>).requestIdleCallback;
        idle = ric ? ric(go, { timeout: 500 }) : window.setTimeout(go, 50);
      });
    });
    return () => {
      cancelAnimationFrame(raf);
      if (idle !== null) {
        (window as Partial<Window>).cancelIdleCallback?.(idle);
        window.clearTimeout(idle);
      }
    };
  }, [firstResult, open]);
  return open;
}
