// What start-up code waits for, so the page shows first what a learner came for (docs/toolchain.md §3.3):
//  1. the first diagram: the first worker result (or a restart), then two frames (it has painted);
//  2. its first packets: when that load was good, the first traffic answer and then its first packet
//     on the canvas (diagram/packetsShown.ts), or that answer holding none;
// each followed by an idle callback (500 ms cap). Monaco (~4 MB: evaluating it holds the main thread
// for 150–350 ms), the lesson catalog, the address bar and the offline cache's downloads wait for 2:
// started at 1 they landed on the first traffic answer and delayed the first packets by up to a
// second on a busy 2-core machine. The first traffic request's own fallback waits for 1.
import { useEffect, useState } from 'react';
import { useStore } from './store.ts';
import { packetsShown } from './diagram/packetsShown.ts';

type State = ReturnType<typeof useStore.getState>;

/** Stage 2 stops waiting this long for the first traffic answer (a worker that never answers)… */
export const FIRST_ANSWER_CAP_MS = 3_000;
/** …and this long after it for its first packet (a client whose first request is seconds away). */
export const FIRST_PACKET_CAP_MS = 1_000;
const IDLE_CAP_MS = 500;

const when = (test: (s: State) => boolean): Promise<void> =>
  new Promise((go) => {
    if (test(useStore.getState())) return go();
    const stop = useStore.subscribe((s) => {
      if (!test(s)) return;
      stop();
      go();
    });
  });
const delay = (ms: number): Promise<void> => new Promise((go) => window.setTimeout(go, ms));
const twoFrames = (): Promise<void> =>
  new Promise((go) => requestAnimationFrame(() => requestAnimationFrame(() => go())));
const idle = (): Promise<void> =>
  new Promise((go) => {
    // Safari has no requestIdleCallback.
    const ric = (window as Partial<Window>).requestIdleCallback;
    if (ric) ric(() => go(), { timeout: IDLE_CAP_MS });
    else window.setTimeout(go, 50);
  });

const firstResult = (s: State): boolean => s.counters.loadsApplied > 0 || s.counters.workerRestarts > 0;
const firstAnswer = (s: State): boolean => s.counters.trafficResults > 0;

let diagram: Promise<void> | null = null;
const firstDiagram = (): Promise<void> => (diagram ??= when(firstResult).then(twoFrames));

let packets: Promise<void> | null = null;
const firstPackets = (): Promise<void> =>
  (packets ??= firstDiagram().then(async () => {
    // A first text with errors sends no traffic, and the editor is what mends it: nothing to wait for.
    if (useStore.getState().lastGoodView === null) return;
    await Promise.race([when(firstAnswer), delay(FIRST_ANSWER_CAP_MS)]);
    if (useStore.getState().results.length === 0) return;
    await Promise.race([packetsShown, delay(FIRST_PACKET_CAP_MS)]);
  }));

/** Runs `fn` once the first diagram has painted (and the page is idle): for what the first packets need. */
export function afterFirstDiagram(fn: () => void): void {
  void firstDiagram().then(idle).then(fn);
}

/** Runs `fn` once the first diagram and its first packets are on screen (and the page is idle). */
export function afterFirstPackets(fn: () => void): void {
  void firstPackets().then(idle).then(fn);
}

/** How long the learner must have left the scenario alone before work that a keystroke would wait behind starts. */
export const REST_MS = 2_000;

/** Resolves once no scenario has been sent to the worker for REST_MS (a pause in typing, or none yet). */
const rest = (): Promise<void> =>
  new Promise((go) => {
    let sent = useStore.getState().counters.loadsSent;
    const check = (): void => {
      const now = useStore.getState().counters.loadsSent;
      if (now === sent) return go();
      sent = now;
      window.setTimeout(check, REST_MS);
    };
    window.setTimeout(check, REST_MS);
  });

/**
 * Runs `fn` after the first packets once the learner has left the scenario alone for REST_MS (and
 * the page is idle): for background work that takes a core for a while, so a learner who starts
 * typing at once does not wait behind it.
 */
export function afterFirstPacketsAtRest(fn: () => void): void {
  void firstPackets().then(rest).then(idle).then(fn);
}

/** Whether Monaco may load: after the first packets (stage 2). */
export function useEditorGate(): boolean {
  const [open, setOpen] = useState(false);
  useEffect(() => {
    let live = true;
    afterFirstPackets(() => live && setOpen(true));
    return () => {
      live = false;
    };
  }, []);
  return open;
}
