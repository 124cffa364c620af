// The main diagram's first packet is on its canvas: after the first diagram, what the rest of the
// start-up (Monaco, the lesson catalog, the offline cache) waits for (src/ui/startupGate.ts), so
// that a learner's first packets are not held behind ~4 MB of editor code on the page's main thread.
let shown: () => void = () => undefined;
export const packetsShown = new Promise<void>((resolve) => (shown = resolve));

/** Called by the main diagram's PacketCanvas when its painter reports a frame with a packet. */
export function markPacketsShown(): void {
  shown();
}
