// The API server's door: its storage of admitted objects (admission itself runs inside the scenario
// pipeline), and for tests outside the core a cluster state holding a stream's objects as stored;
// the error that refuses a scenario whose kinds need a plug-in not installed (plugins.ts).
export { storeObject, findObject, isPlaygroundKind, CLUSTER_SCOPED } from './store.ts';
export { stateFromStoredYaml } from './testing/storedState.ts';
export { MissingPluginError } from './plugins.ts';
