// The first time the scenario's default clients (chosen by the core, src/core/sim/defaultClients.ts)
// run, press play: packets are visible without touching anything. Clients someone declared (a
// lesson, a link, a draft) start as they were saved, and a choice made before the first answer (a
// paused link, an embedding page's `playing: false`, a click) is kept (autoPlay).
import { useEffect, useRef } from 'react';
import { autoPlay, useStore } from '../store.ts';

export function useAutoStart(): void {
  const running = useStore((s) => s.running);
  const done = useRef(false);
  useEffect(() => {
    if (done.current || running.length === 0) return;
    done.current = true;
    if (useStore.getState().clients === null) autoPlay();
  }, [running]);
}
