// The whole English catalogue, every part installed (messages.ts): for the tests.
import { englishWords, type MessageCode } from './messages.ts';
import { installUsageEnglish } from './usageMessages.ts';
import { installExportEnglish } from './exportMessages.ts';
import { installKubectlNoteEnglish } from './kubectlNoteMessages.ts';

installUsageEnglish();
installExportEnglish();
installKubectlNoteEnglish();

export const MESSAGES_EN = englishWords() as Readonly<Record<MessageCode, string>>;

export const MESSAGE_CODES = Object.keys(MESSAGES_EN) as MessageCode[];
