// The first time a scenario with traffic targets arrives and no clients exist, add the default
// clients and press play: packets are visible without touching anything.
import { useEffect, useRef } from 'react';
import { play, setClients, useStore } from '../store.ts';
import { defaultClients } from './defaultClients.ts';

export function useAutoStart(): void {
  const view = useStore((s) => s.view);
  const done = useRef(false);
  useEffect(() => {
    if (done.current || !view || useStore.getState().clients.length > 0) return;
    const clients = defaultClients(view);
    if (clients.length === 0) return;
    done.current = true;
    setClients(clients);
    play();
  }, [view]);
}
