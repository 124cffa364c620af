// For the slice tests: a fresh store connected to a worker bridge that records what the store asked
// the worker, in order.
import { connectSim, useStore } from '../store.ts';
import type { SimBridge } from './simBridge.ts';

export type BridgeCall = ['load', string, number] | ['traffic', number] | ['edit', string];
export type RecordingBridge = SimBridge & { calls: BridgeCall[] };

export function recordingBridge(): RecordingBridge {
  const calls: BridgeCall[] = [];
  return {
    calls,
    load: (yaml, seed) => void calls.push(['load', yaml, seed]),
    traffic: (_clients, toTime) => void calls.push(['traffic', toTime]),
    edit: (yaml) => void calls.push(['edit', yaml]),
  };
}

/** Puts the store back to its initial state (actions included) and connects a new recording bridge. */
export function freshStore(): RecordingBridge {
  useStore.setState(useStore.getInitialState(), true);
  const bridge = recordingBridge();
  connectSim(bridge);
  return bridge;
}
