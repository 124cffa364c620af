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
    // An idle callback's id and a timer's id are separate counters: each is cancelled by its own call
    // (clearing a timer with an idle id once cancelled someone else's timer of the same number).
    let cancelIdle: (() => void) | null = null;
    let raf = requestAnimationFrame(() => {
      raf = requestAnimationFrame(() => {
        const go = () => setOpen(true);
        // Safari has no requestIdleCallback.
        const w = window as Partial<Window> & Window;
        if (w.requestIdleCallback) {
          const id = w.requestIdleCallback(go, { timeout: 500 });
          cancelIdle = () => w.cancelIdleCallback?.(id);
        } else {
          const id = window.setTimeout(go, 50);
          cancelIdle = () => window.clearTimeout(id);
        }
      });
    });
    return () => {
      cancelAnimationFrame(raf);
      cancelIdle?.();
    };
  }, [firstResult, open]);
  return open;
}
