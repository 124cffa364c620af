// What a first visit shows: the built-in scenario with the default seed. Its own module because the
// entry (src/main.tsx) sends it to the worker before the app's bundle (and the store) have loaded.
import defaultScenario from '../scenarios/default.yaml?raw';

export { defaultScenario };
export const DEFAULT_SEED = 1;
