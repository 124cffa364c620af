// UTF-8 through the platform's TextEncoder/TextDecoder (in every browser, worker and Node), typed
// here because the core's lib has no DOM.
interface Encoder {
  encode(s: string): Uint8Array;
}
interface Decoder {
  decode(b: Uint8Array): string;
}
const g = globalThis as unknown as {
  TextEncoder: new () => Encoder;
  TextDecoder: new (label?: string, opts?: { fatal?: boolean }) => Decoder;
};

export const encodeUtf8 = (s: string): Uint8Array => new g.TextEncoder().encode(s);

/** null for bytes that are not valid UTF-8. */
export function decodeUtf8(b: Uint8Array): string | null {
  try {
    return new g.TextDecoder('utf-8', { fatal: true }).decode(b);
  } catch {
    return null;
  }
}
