// Every language installed at once, as a page has it after loading a language (pageLanguage.ts):
// the tests' setup file (vite.config.ts), so a test may word anything in Korean without a fetch.
import { installKorean } from '../../text/korean.ts';
import { KOREAN_WORDS } from '../../text/koreanCatalogue.ts';
import { ko } from './ko.ts';
import { installDictionary } from './translate.ts';

installDictionary('ko', ko);
installKorean(KOREAN_WORDS);
