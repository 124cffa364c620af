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
