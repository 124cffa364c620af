// The console's command history, like bash's: Up/Down walk it, the line being typed is kept as
// the newest entry while walking, a repeated command is stored once (HISTCONTROL=ignoredups),
// and the oldest entries fall off past the limit. Pure data; the session persists it.
export const HISTORY_LIMIT = 200;

export interface HistoryRing {
  /** Oldest first. */
  readonly entries: readonly string[];
  /** Position while walking: entries.length means "the line being typed". */
  readonly cursor: number;
  /** What was typed before walking started (restored by Down past the newest entry). */
  readonly draft: string;
}

export const emptyHistory = (entries: readonly string[] = []): HistoryRing => ({
  entries,
  cursor: entries.length,
  draft: '',
});

/** Records a run command and resets the walk. Blank lines and a repeat of the last entry are not stored. */
export function pushHistory(h: HistoryRing, line: string, limit = HISTORY_LIMIT): HistoryRing {
  const trimmed = line.trim();
  let entries = h.entries;
  if (trimmed !== '' && entries[entries.length - 1] !== trimmed) entries = [...entries, trimmed].slice(-limit);
  return emptyHistory(entries);
}

/** Up: the previous entry (stays on the oldest). `current` is the line shown now. */
export function historyUp(h: HistoryRing, current: string): { ring: HistoryRing; line: string } {
  if (h.cursor === 0 || h.entries.length === 0) return { ring: h, line: current };
  const draft = h.cursor === h.entries.length ? current : h.draft;
  const cursor = h.cursor - 1;
  return { ring: { ...h, cursor, draft }, line: h.entries[cursor] ?? '' };
}

/** Down: the next entry, then back to the draft. */
export function historyDown(h: HistoryRing, current: string): { ring: HistoryRing; line: string } {
  if (h.cursor >= h.entries.length) return { ring: h, line: current };
  const cursor = h.cursor + 1;
  return { ring: { ...h, cursor }, line: cursor === h.entries.length ? h.draft : (h.entries[cursor] ?? '') };
}

/** Reads a stored history (sessionStorage text); anything malformed gives an empty one. */
export function parseStoredHistory(text: string | null, limit = HISTORY_LIMIT): string[] {
  if (!text) return [];
  try {
    const v: unknown = JSON.parse(text);
    return Array.isArray(v)
      ? v.filter((x): x is string => typeof x === 'string' && x.length <= 4096).slice(-limit)
      : [];
  } catch {
    return [];
  }
}
