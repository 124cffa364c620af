// Which hop of which request the user picked in the transcript (shown by the Inspector). Tiny
// module-level store: it is view state of the traffic panel only, not part of the app store.
import { useSyncExternalStore } from 'react';
import type { Hop, RequestResult } from '../../worker/protocol.ts';

export interface HopFocus {
  result: RequestResult;
  hopIndex: number;
  hop: Hop;
}

let current: HopFocus | null = null;
const listeners = new Set<() => void>();

export function focusHop(f: HopFocus | null): void {
  current = f;
  for (const l of listeners) l();
}

export function subscribeHopFocus(l: () => void): () => void {
  listeners.add(l);
  return () => {
    listeners.delete(l);
  };
}

export const currentHopFocus = (): HopFocus | null => current;

export const useHopFocus = (): HopFocus | null =>
  useSyncExternalStore(
    subscribeHopFocus,
    () => current,
    () => null,
  );
