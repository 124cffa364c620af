// deflate-raw through the platform's CompressionStream (browsers and Node 20 both have it), the
// shortest codec measured for our scenarios (docs/toolchain.md §6). Inflating stops past a
// cap, so a hostile link cannot expand into gigabytes (a decompression bomb).

interface StreamPair {
  readable: ReadableStream<Uint8Array>;
  writable: WritableStream<Uint8Array>;
}
type StreamCtor = new (format: 'deflate-raw') => StreamPair;

interface ReadableStream<T> {
  getReader(): { read(): Promise<{ done: boolean; value?: T }>; cancel(): Promise<void> };
}
interface WritableStream<T> {
  getWriter(): { write(chunk: T): Promise<void>; close(): Promise<void>; abort(): Promise<void> };
}

function ctor(name: 'CompressionStream' | 'DecompressionStream'): StreamCtor {
  const c = (globalThis as unknown as Record<string, StreamCtor | undefined>)[name];
  if (!c) throw new Error(`${name} is not available in this environment`);
  return c;
}

async function pipe(pair: StreamPair, input: Uint8Array, maxBytes: number): Promise<Uint8Array | null> {
  const writer = pair.writable.getWriter();
  const reader = pair.readable.getReader();
  const writing = writer
    .write(input)
    .then(() => writer.close())
    .catch(() => undefined);
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      if (!value) continue;
      total += value.length;
      if (total > maxBytes) {
        await reader.cancel().catch(() => undefined);
        return null;
      }
      chunks.push(value);
    }
  } catch {
    return null;
  }
  await writing;
  const out = new Uint8Array(total);
  let o = 0;
  for (const c of chunks) {
    out.set(c, o);
    o += c.length;
  }
  return out;
}

export async function deflateRaw(input: Uint8Array): Promise<Uint8Array> {
  const Ctor = ctor('CompressionStream');
  const out = await pipe(new Ctor('deflate-raw'), input, Number.MAX_SAFE_INTEGER);
  if (!out) throw new Error('compression failed');
  return out;
}

/** null when the bytes are not deflate-raw or inflate past maxBytes. */
export async function inflateRaw(input: Uint8Array, maxBytes: number): Promise<Uint8Array | null> {
  const Ctor = ctor('DecompressionStream');
  return pipe(new Ctor('deflate-raw'), input, maxBytes);
}
