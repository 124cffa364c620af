// The playground's own lines in kubectl's output (`ksp: …`): what it does not simulate and what it
// will not change. They are the playground's words, not kubectl's, so a result carries each one as a
// code with its parameters beside the English line it printed; the page words it in its language
// (src/text/messages.ts installs this English, messages.ko.ts has the Korean) and ksp prints the
// English, or the Korean under --lang ko.
import type { KubectlResult } from './result.ts';

export const KUBECTL_NOTE_EN = {
  'kubectl.verbNotSimulated': '"{verb}" is not simulated in the playground',
  'kubectl.formatNotSimulated': '{format} is not simulated in the playground',
  'kubectl.describeNotSimulated': 'describing {resource} is not simulated in the playground (it describes {supported})',
  'kubectl.watchOnce':
    "--watch: the list above is what kubectl prints first; the playground's cluster changes only when its YAML does, so there is nothing more to watch",
  'kubectl.managedBy':
    '{object} is managed by {ownerKind} "{owner}"; change the {Kind} in the YAML instead (its controller would undo this change)',
  'kubectl.controlPlaneObject': '{object} is created by the control plane in the playground and cannot be changed',
} as const;

export type KubectlNoteCode = keyof typeof KUBECTL_NOTE_EN;

export interface KubectlNote {
  code: KubectlNoteCode;
  params: Readonly<Record<string, string>>;
}

/** The English wording of a note, with its `{name}` holes filled. */
export function noteEnglish(note: KubectlNote): string {
  return KUBECTL_NOTE_EN[note.code].replace(/\{(\w+)\}/g, (whole, name: string) => note.params[name] ?? whole);
}

/** The line a note prints on stderr: `ksp: ` and its wording. */
export const noteLine = (note: KubectlNote, words: (n: KubectlNote) => string = noteEnglish): string =>
  `ksp: ${words(note)}\n`;

/**
 * stderr with each note's line worded by `words` (the page's language): the result's notes are
 * the lines it printed in English, in order, so each is found and replaced where it stands.
 */
export function wordNotes(r: Pick<KubectlResult, 'stderr' | 'notes'>, words: (n: KubectlNote) => string): string {
  let out = r.stderr;
  let from = 0;
  for (const note of r.notes ?? []) {
    const english = noteLine(note);
    const at = out.indexOf(english, from);
    if (at < 0) continue;
    const worded = noteLine(note, words);
    out = out.slice(0, at) + worded + out.slice(at + english.length);
    from = at + worded.length;
  }
  return out;
}
