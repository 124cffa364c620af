// Installs the English strings of the parts loaded after the first diagram (enLater.ts). Every
// module that shows one of them imports this module for that effect, so the strings arrive in the
// same chunk as the first part that needs them (laterWords.test.ts checks the imports).
import { en } from './en.ts';
import { EN_LATER } from './enLater.ts';
import { installDictionary } from './translate.ts';

installDictionary('en', { ...en, ...EN_LATER });
