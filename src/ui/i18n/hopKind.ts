// A hop kind's name in the page's dictionaries (`hop.<kind>`, one per core HopKind).
import type { MessageKey } from './en.ts';

export function hopKindKey(kind: string): MessageKey {
  return `hop.${kind}` as MessageKey;
}
