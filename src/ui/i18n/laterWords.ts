// Installs the English strings of the parts loaded after the first diagram (enLater.ts) and the
// data path's English words (src/text/said.ts). Every module that shows one of them imports this
// module for that effect, so the strings arrive in the same chunk as the first part that needs
// them (laterWords.test.ts checks the imports); the first diagram's modules that word the core's
// codes get them through the simulation client, which loads this module before it hands them a
// traffic answer or a view that carries an explanation (src/ui/simClient.ts).
import { installSaidEnglish } from '../../text/saidEnglish.ts';
import { en } from './en.ts';
import { EN_LATER } from './enLater.ts';
import { installDictionary } from './translate.ts';

installDictionary('en', { ...en, ...EN_LATER });
installSaidEnglish();
