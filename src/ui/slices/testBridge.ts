// A recording worker bridge for the slice tests: what the store asked the worker, in order.
import type { SimBridge } from './simBridge.ts';

export type BridgeCall = ['load', string, number] | ['traffic', number] | ['edit', string];

export function recordingBridge(): SimBridge & { calls: BridgeCall[] } {
  const calls: BridgeCall[] = [];
  return {
    calls,
    load: (yaml, seed) => void calls.push(['load', yaml, seed]),
    traffic: (_clients, toTime) => void calls.push(['traffic', toTime]),
    edit: (yaml) => void calls.push(['edit', yaml]),
  };
}
