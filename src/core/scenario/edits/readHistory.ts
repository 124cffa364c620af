// Reading the KubectlHistory documents (history.ts) apart from writing them: loadScenario asks
// whether a stream has recorded commands (its replay is a plug-in, api/plugins.ts), and this
// module keeps the YAML editing that appending a command needs (streamText.ts) out of the
// worker's first chunk.
import { PLAYGROUND_API_VERSION } from '../../model/objects.ts';
import type { ParsedStream } from '../../yaml/parseStream.ts';

export const HISTORY_KIND = 'KubectlHistory';

export interface HistoryEntry {
  docIndex: number;
  /** Position in the document's `commands` list. */
  index: number;
  command: string;
}

/** All recorded commands, in stream order. Non-string entries are reported by the caller's replay. */
export function readHistory(stream: ParsedStream): HistoryEntry[] {
  const out: HistoryEntry[] = [];
  for (const doc of stream.documents) {
    const o = doc.object as Record<string, unknown>;
    if (o.kind !== HISTORY_KIND || o.apiVersion !== PLAYGROUND_API_VERSION) continue;
    const commands = Array.isArray(o.commands) ? (o.commands as unknown[]) : [];
    commands.forEach((c, index) =>
      out.push({ docIndex: doc.index, index, command: typeof c === 'string' ? c : String(JSON.stringify(c)) }),
    );
  }
  return out;
}
