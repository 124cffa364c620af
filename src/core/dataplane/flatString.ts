// Texts the data path keeps for the life of a cluster state (rule lines, chain names, hop texts)
// are built with template literals, which V8 represents as a tree of "cons" strings: ~10 nodes of
// 32 bytes for one rule line, plus its pieces. With 10,000 Services those trees were most of the
// dataplane's heap and a forest the GC had to walk. flat() turns a text into one flat string
// before it is stored (measured: 613 → 162 bytes per DNAT rule line).

let _sink = 0;

/**
 * `s`, flattened. ToNumber flattens a cons string in place (V8 String::Flatten) and the GC then
 * drops the tree, keeping only the flat copy. Writing to `_sink` keeps the call from being optimized
 * away; its value means nothing. Call it only on strings that are kept, not per request.
 */
export function flat(s: string): string {
  _sink ^= Number(s) | 0;
  return s;
}
