// Where a packet is at a given simulated time. Each leg takes LEG_SECONDS of simulated time, so
// speed (sim seconds per real second) scales flights and step/step-back land on exact positions.
import type { PacketPath } from './hopsToPath.ts';

export const LEG_SECONDS = 0.3;
/** A failed packet keeps its mark this long after it stops. */
export const FAIL_HOLD_SECONDS = 1.2;

export type FlightState =
  { phase: 'flying'; leg: number; t: number } | { phase: 'stopped'; at: string } | { phase: 'gone' };

export function flightEnd(path: PacketPath, start: number): number {
  return start + path.legs.length * LEG_SECONDS + (path.stop ? FAIL_HOLD_SECONDS : 0);
}

export function flightAt(path: PacketPath, start: number, now: number): FlightState {
  const elapsed = now - start;
  if (elapsed < 0) return { phase: 'gone' };
  const flying = path.legs.length * LEG_SECONDS;
  if (elapsed < flying) {
    const leg = Math.min(path.legs.length - 1, Math.floor(elapsed / LEG_SECONDS));
    return { phase: 'flying', leg, t: (elapsed - leg * LEG_SECONDS) / LEG_SECONDS };
  }
  if (path.stop && elapsed < flying + FAIL_HOLD_SECONDS) return { phase: 'stopped', at: path.stop.at };
  return { phase: 'gone' };
}

/** With prefers-reduced-motion, packets jump box to box instead of flying. */
export function stepped(state: FlightState): FlightState {
  return state.phase === 'flying' ? { ...state, t: state.t < 0.5 ? 0 : 1 } : state;
}
