// The API server's door: its storage of admitted objects (admission itself runs inside the scenario pipeline).
export { storeObject, findObject, isPlaygroundKind, CLUSTER_SCOPED } from './store.ts';
