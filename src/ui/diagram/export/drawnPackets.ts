// The packets the diagram drew in its last frame (PacketCanvas.tsx), in flow coordinates and by
// client colour, so an export draws the traffic the reader is looking at. The canvas keeps the map
// it already built for drawing: recording costs nothing per frame.
export type DrawnPackets = ReadonlyMap<string, readonly { x: number; y: number }[]>;

const drawn = new WeakMap<HTMLCanvasElement, DrawnPackets>();

export function recordPackets(canvas: HTMLCanvasElement, packets: DrawnPackets): void {
  drawn.set(canvas, packets);
}

export function packetsOf(canvas: HTMLCanvasElement): DrawnPackets {
  return drawn.get(canvas) ?? new Map();
}
