// Reads a scenario file for the CLI without trusting the path: a directory, a device that never
// ends (/dev/zero), a pipe or a 600 MB file each get their own answer, and nothing reads more than
// the scenario size limit plus one byte (so "too large" is known without reading the rest).
import { closeSync, openSync, readSync, statSync } from 'node:fs';
import { YAML_LIMITS } from '../core/yaml/index.ts';
import type { ReadFailure } from './io.ts';

export function readFileCapped(path: string, limit: number = YAML_LIMITS.maxBytes): string | ReadFailure {
  let fd: number;
  try {
    const st = statSync(path);
    if (st.isDirectory()) return { failure: 'directory' };
    if (st.isFile() && st.size > limit) return { failure: 'too-large', bytes: st.size, limit };
    // Character devices, FIFOs and /proc files report size 0 or lie: read them with the cap below.
    if (!st.isFile() && !st.isCharacterDevice() && !st.isFIFO()) return { failure: 'not-a-file' };
    fd = openSync(path, 'r');
  } catch (e) {
    return failureOf(e);
  }
  try {
    const chunks: Buffer[] = [];
    let total = 0;
    const chunk = Buffer.alloc(64 * 1024);
    for (;;) {
      const n = readSync(fd, chunk, 0, Math.min(chunk.length, limit + 1 - total), null);
      if (n === 0) break;
      chunks.push(Buffer.from(chunk.subarray(0, n)));
      total += n;
      if (total > limit) return { failure: 'too-large', bytes: null, limit };
    }
    return Buffer.concat(chunks, total).toString('utf8');
  } catch (e) {
    return failureOf(e);
  } finally {
    closeSync(fd);
  }
}

function failureOf(e: unknown): ReadFailure {
  const code = e && typeof e === 'object' && 'code' in e ? String(e.code) : String(e);
  if (code === 'ENOENT' || code === 'ENOTDIR') return { failure: 'missing' };
  if (code === 'EISDIR') return { failure: 'directory' };
  if (code === 'EACCES' || code === 'EPERM') return { failure: 'permission' };
  return { failure: 'other', code };
}
