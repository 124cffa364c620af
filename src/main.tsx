// The entry: start the simulation worker (loading the built-in scenario ahead), then load the app
// (src/startApp.tsx). The worker's start-up (fetch, compile, first scenario load) then runs while
// the main thread fetches, parses and evaluates the app's bundle, instead of after it
// (src/ui/earlyWorker.ts; `npm run bench` section 5).
import { startWorkerEarly } from './ui/earlyWorker.ts';
import { DEFAULT_SEED, defaultScenario } from './ui/firstScenario.ts';

startWorkerEarly({ yaml: defaultScenario, seed: DEFAULT_SEED });
void import('./startApp.tsx');
