// The entry: start the simulation worker (loading the likely first scenario ahead), then load the
// app (src/startApp.tsx) and, for a visit that will likely be Korean, the Korean catalogues. The
// worker's start-up (fetch, compile, first scenario load) then runs while the main thread fetches,
// parses and evaluates the app's bundle, instead of after it (src/ui/earlyWorker.ts; `npm run
// bench` section 5).
import { startWorkerEarly } from './ui/earlyWorker.ts';
import { likelyFirstScenario, likelyLanguage } from './ui/firstScenario.ts';
import { fetchKorean } from './ui/i18n/firstLanguage.ts';

let storage: Storage | null = null;
try {
  storage = window.localStorage;
} catch {
  // storage disabled: no draft to guess from
}
startWorkerEarly(likelyFirstScenario(location, storage));
void import('./startApp.tsx');
// Only a head start: the app installs the catalogues of the language it settles on (pageLanguage.ts).
if (likelyLanguage(location.search, storage) === 'ko') void fetchKorean().catch(() => undefined);
