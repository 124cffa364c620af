// Every Korean catalogue the page words things with, in one chunk (fetchKorean, firstLanguage.ts):
// the UI's strings and src/text's (the data path's explanations, the faces' messages).
export { ko } from './ko.ts';
export { KOREAN_WORDS } from '../../text/koreanCatalogue.ts';
