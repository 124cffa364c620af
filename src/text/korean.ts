// Where the faces find the Korean catalogues (said.ko.ts, messages.ko.ts). They are installed, not
// imported, so an English page does not fetch them: the CLI installs them at start
// (src/cli/main.ts), the page when it turns Korean (src/ui/i18n/pageLanguage.ts, before any text is
// shown in Korean), the tests in their setup. Until then Korean words read as English.
import type { SaidCode } from '../core/dataplane/index.ts';
import type { MessageCode } from './messages.ts';

export interface KoreanWords {
  said: Readonly<Record<SaidCode, string>>;
  messages: Readonly<Record<MessageCode, string>>;
}

let installed: KoreanWords | null = null;

export function installKorean(words: KoreanWords): void {
  installed = words;
}

/** The installed Korean catalogues, or null while none is. */
export function koreanWords(): KoreanWords | null {
  return installed;
}
