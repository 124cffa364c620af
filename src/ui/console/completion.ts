// Tab completion on the console line, bash-style: the core (completeKubectl, in the worker) gives
// the candidates for the word at the end of the line; one candidate completes the word and adds a
// space, several extend it to their longest common prefix and are listed; Tab again cycles
// through them in place.
export interface CompletionCycle {
  /** The line up to the word being completed. */
  head: string;
  candidates: readonly string[];
  /** The candidate shown now (-1: none yet, the common prefix is shown). */
  index: number;
  /** The line as the cycle last left it: any other edit ends the cycle. */
  shown: string;
}

export interface CompletionStep {
  line: string;
  /** Candidates to print under the prompt (the first Tab with several). */
  list: readonly string[] | null;
  cycle: CompletionCycle | null;
}

/** The line without its last word (the word under the cursor at the end of the line). */
export function lineHead(line: string): string {
  const m = /(^|\s)(\S*)$/.exec(line);
  return m ? line.slice(0, line.length - (m[2] ?? '').length) : line;
}

export function commonPrefix(words: readonly string[]): string {
  if (words.length === 0) return '';
  let p = words[0] ?? '';
  for (const w of words) while (!w.startsWith(p)) p = p.slice(0, -1);
  return p;
}

/** The first Tab: what the line becomes with these candidates. */
export function startCompletion(line: string, candidates: readonly string[]): CompletionStep {
  const head = lineHead(line);
  const word = line.slice(head.length);
  const matching = candidates.filter((c) => c.startsWith(word));
  if (matching.length === 0) return { line, list: null, cycle: null };
  if (matching.length === 1) {
    const only = matching[0] ?? '';
    return { line: `${head}${only} `, list: null, cycle: null };
  }
  const extended = `${head}${commonPrefix(matching)}`;
  return { line: extended, list: matching, cycle: { head, candidates: matching, index: -1, shown: extended } };
}

/** Tab again with the line unchanged: the next candidate, wrapping around. */
export function nextCompletion(cycle: CompletionCycle, line: string, backwards = false): CompletionStep | null {
  if (line !== cycle.shown || cycle.candidates.length === 0) return null;
  const n = cycle.candidates.length;
  const index = backwards ? (cycle.index <= 0 ? n - 1 : cycle.index - 1) : (cycle.index + 1) % n;
  const next = `${cycle.head}${cycle.candidates[index] ?? ''}`;
  return { line: next, list: null, cycle: { ...cycle, index, shown: next } };
}
