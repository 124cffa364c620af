// Both Korean catalogues of src/text in one value, for installKorean (korean.ts).
import type { KoreanWords } from './korean.ts';
import { MESSAGES_KO } from './messages.ko.ts';
import { SAID_KO } from './said.ko.ts';

export const KOREAN_WORDS: KoreanWords = { said: SAID_KO, messages: MESSAGES_KO };
