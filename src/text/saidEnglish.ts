// Installs the core's English wording of the data path (SAID_EN) into said.ts: its own module, so
// that only the faces' code that installs it carries the table (ksp at start, the page with its
// later panels, src/ui/i18n/laterWords.ts).
import { SAID_EN } from '../core/dataplane/index.ts';
import { installEnglishWords } from './said.ts';

export function installSaidEnglish(): void {
  installEnglishWords(SAID_EN);
}
