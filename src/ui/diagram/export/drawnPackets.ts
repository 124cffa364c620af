// The packets the diagram shows at this moment, in flow coordinates and by client colour, so an
// export draws the traffic the reader is looking at. The packet canvas (PacketCanvas.tsx) registers
// how to compute them from what its painter holds; nothing is computed until an export asks.
export type DrawnPackets = ReadonlyMap<string, readonly { x: number; y: number }[]>;

const shown = new WeakMap<HTMLCanvasElement, () => DrawnPackets>();

export function recordPackets(canvas: HTMLCanvasElement, packets: () => DrawnPackets): void {
  shown.set(canvas, packets);
}

export function packetsOf(canvas: HTMLCanvasElement): DrawnPackets {
  return shown.get(canvas)?.() ?? new Map();
}
