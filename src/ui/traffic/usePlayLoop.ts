// While playing, advance simulated time every animation frame by real elapsed time × speed.
// The store owns time; this loop is the only caller of advance() besides step/stepBack.
import { useEffect } from 'react';
import { advance, useStore } from '../store.ts';

/** Longest real gap a single frame may cover (a background tab must not jump minutes ahead). */
const MAX_FRAME_SECONDS = 0.1;

export function usePlayLoop(): void {
  const playing = useStore((s) => s.playing);
  useEffect(() => {
    if (!playing) return;
    let last = performance.now();
    let id = requestAnimationFrame(function tick(t) {
      const dt = Math.min(MAX_FRAME_SECONDS, Math.max(0, (t - last) / 1000));
      last = t;
      advance(dt * useStore.getState().speed);
      id = requestAnimationFrame(tick);
    });
    return () => cancelAnimationFrame(id);
  }, [playing]);
}
