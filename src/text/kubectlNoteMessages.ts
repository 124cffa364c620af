// The playground's own lines in kubectl's output (core/kubectl/playgroundNotes.ts owns their codes and
// English, which ksp prints): installed into the catalogue where a face words them in the reader's
// language, the console (src/ui/console/appSession.ts) and ksp kubectl, not before the first diagram.
// The notes' own module, not core/kubectl's entry: the console's chunk must not carry kubectl.
import { KUBECTL_NOTE_EN } from '../core/kubectl/playgroundNotes.ts';
import { installEnglish } from './messages.ts';

/** Adds the kubectl notes to the English catalogue. */
export function installKubectlNoteEnglish(): void {
  installEnglish(KUBECTL_NOTE_EN);
}
