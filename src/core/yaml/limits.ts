// The caps every scenario text passes before it becomes objects (README.md, "Limits"). They are
// checked in one place, parseYamlBounded (boundedParse.ts), which the page's worker, the console's
// edits and the CLI all go through.
export const YAML_LIMITS = {
  /** UTF-8 bytes of the scenario text (what a file on disk or an HTTP body measures). */
  maxBytes: 2_000_000,
  /** Nesting levels; a real manifest nests about 15. */
  maxDepth: 100,
  /**
   * Values (scalars, mappings, sequences) after alias expansion, over the whole stream. Without
   * aliases 2,000,000 bytes hold at most about that many; an alias repeats its anchor's whole
   * value, so a small text can stand for millions of values (the "billion laughs").
   */
  maxExpandedValues: 1_000_000,
} as const;

/**
 * The UTF-8 length of a string, as TextEncoder would encode it (a lone surrogate becomes U+FFFD,
 * 3 bytes), without allocating the encoded copy.
 */
export function utf8ByteLength(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        bytes += 4;
        i++;
      } else bytes += 3;
    } else bytes += 3;
  }
  return bytes;
}

/**
 * The UTF-8 size of a scenario text when it is over YAML_LIMITS.maxBytes, else null: the one check
 * the parser, the page's draft and file opening use (the CLI applies the same cap while reading).
 */
export function scenarioBytesOver(text: string): number | null {
  // A UTF-16 unit is at most 3 UTF-8 bytes (a surrogate pair, 2 units, is 4): a short text cannot be over.
  if (text.length * 3 <= YAML_LIMITS.maxBytes) return null;
  const bytes = utf8ByteLength(text);
  return bytes > YAML_LIMITS.maxBytes ? bytes : null;
}

/** README.md "Limits": what the user reads when a scenario is over the size limit. */
export function scenarioSizeMessage(bytes: number | 'unknown'): string {
  const max = YAML_LIMITS.maxBytes;
  return bytes === 'unknown'
    ? `scenario is more than ${max} bytes (read stopped there); the playground accepts at most ${max} bytes`
    : `scenario is ${bytes} bytes; the playground accepts at most ${max} bytes`;
}
