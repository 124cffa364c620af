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
  'kubectl.statusNotFilled':
    "{columns}: the playground runs no controller for {resource}, so these can differ from a cluster's",
  'kubectl.rbacNotBootstrapped':
    "the playground does not make the {resource} a cluster's API server creates at start-up (its bootstrap RBAC policy); only those in the YAML are listed",
  'kubectl.watchOnce':
    "--watch: the list above is what kubectl prints first; the playground's cluster changes only when its YAML does, so there is nothing more to watch",
  'kubectl.managedBy':
    '{object} is managed by {ownerKind} "{owner}"; change the {Kind} in the YAML instead (its controller would undo this change)',
  'kubectl.controlPlaneObject': '{object} is created by the control plane in the playground and cannot be changed',
  'kubectl.scenarioUnparsed': 'the scenario YAML does not parse; fix it in the editor to use kubectl',
  'kubectl.scenarioHasErrors': 'the scenario has errors; fix them to use kubectl',
  'kubectl.busyboxOnly': 'the playground runs busybox\'s {programs} inside pods (got "{program}")',
  'podShell.scenarioUnparsed': 'the scenario YAML does not parse; fix it in the editor to use the pod shell',
  'podShell.onePipeline': 'the playground shell runs one pipeline per line (no ||)',
  'podShell.operatorNotSimulated': '"{operator}" is not simulated; run one command (or one pipe into grep) per line',
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
 * `text` with each note's line worded by `words` (the page's language): the notes are the lines
 * printed in English, in order, so each is found and replaced where it stands. A note printed on
 * the other stream (a pod's TTY joins them) is not in `text` and is skipped.
 */
export function wordNoteLines(
  text: string,
  notes: readonly KubectlNote[] | undefined,
  words: (n: KubectlNote) => string,
): string {
  let out = text;
  let from = 0;
  for (const note of notes ?? []) {
    const english = noteLine(note);
    const at = out.indexOf(english, from);
    if (at < 0) continue;
    const worded = noteLine(note, words);
    out = out.slice(0, at) + worded + out.slice(at + english.length);
    from = at + worded.length;
  }
  return out;
}

/** A kubectl result's stderr with its notes worded (wordNoteLines). */
export const wordNotes = (r: Pick<KubectlResult, 'stderr' | 'notes'>, words: (n: KubectlNote) => string): string =>
  wordNoteLines(r.stderr, r.notes, words);
