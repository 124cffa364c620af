// The whole catalogue, every part installed (messages.ts): for the tests.
import { englishWords, type MessageCode } from './messages.ts';
import { installUsageEnglish } from './usageMessages.ts';
import { installExportEnglish } from './exportMessages.ts';
import { installKubectlNoteEnglish } from './kubectlNoteMessages.ts';
import { MESSAGES_KO } from './messages.ko.ts';

installUsageEnglish();
installExportEnglish();
installKubectlNoteEnglish();

/** The English wordings: every code but the diagnostics' (DiagnosticSayCode), whose English is the diagnostic's `message`. */
export const MESSAGES_EN = englishWords() as Readonly<Record<MessageCode, string>>;

/** The codes the English catalogue words. */
export const ENGLISH_CODES = Object.keys(MESSAGES_EN) as MessageCode[];

/** Every code (the compiler holds the Korean catalogue to all of them). */
export const MESSAGE_CODES = Object.keys(MESSAGES_KO) as MessageCode[];
