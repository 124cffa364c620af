import { describe, expect, it } from 'vitest';
import type { RequestResult } from './types.ts';
import { wgetChunks } from './busybox.ts';

describe('wgetChunks', () => {
  it("the progress line counts the body's UTF-8 bytes, as wget counts what it wrote", () => {
    // 'h' 1 + 'é' 2 + '€' 3 + '😀' 4 (a surrogate pair) + the newline 1.
    const r = { outcome: 'ok', response: 'hé€😀', port: 80 } as unknown as RequestResult;
    const progress = wgetChunks(r, 'web', '10.96.0.10', false).chunks.find((c) => c.text.includes('ETA'));
    expect(progress?.text).toMatch(/\| {4}11 {2}0:00:00 ETA\n$/);
  });
});
