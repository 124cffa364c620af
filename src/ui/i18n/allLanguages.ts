// Every string installed at once: Korean, as a page has it after loading it (pageLanguage.ts), and the
// English of the parts shown after the first diagram (laterWords.ts). The tests' setup file
// (vite.config.ts), so a test may word anything without a fetch.
import { installKorean } from '../../text/korean.ts';
import { KOREAN_WORDS } from '../../text/koreanCatalogue.ts';
import { ko } from './ko.ts';
import { installDictionary } from './translate.ts';
import './laterWords.ts';

installDictionary('ko', ko);
installKorean(KOREAN_WORDS);
