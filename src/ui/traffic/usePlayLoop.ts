// While playing, advance simulated time by real elapsed time × speed, every PLAY_TICK_MS.
// The store owns time; this loop is the only caller of advance() besides step/stepBack.
//
// Why not every animation frame: the packets are painted at every frame by the painter worker,
// which reads each frame's moment off the clock the page sends it (diagram/packets/paintClock.ts).
// What the page itself shows of the time changes more slowly (the clock text at 10 Hz, the
// counters at 4 Hz, the Timeline's rows), so moving the store 60 times a second only spent the
// main thread: each move runs every store subscriber, and a slow laptop runs out of that thread first.
import { useEffect } from 'react';
import { advance, useStore } from '../store.ts';

export const PLAY_TICK_MS = 50;
/** Longest real gap one tick may cover: a stalled page catches up at most this much at once. */
const MAX_TICK_SECONDS = 0.25;

export function usePlayLoop(): void {
  const playing = useStore((s) => s.playing);
  useEffect(() => {
    if (!playing) return;
    let last = performance.now();
    const id = setInterval(() => {
      const t = performance.now();
      const dt = Math.min(MAX_TICK_SECONDS, Math.max(0, (t - last) / 1000));
      last = t;
      // A hidden page's clock stands still (as it did when this loop ran on animation frames).
      if (document.visibilityState === 'hidden') return;
      advance(dt * useStore.getState().speed);
    }, PLAY_TICK_MS);
    return () => clearInterval(id);
  }, [playing]);
}
