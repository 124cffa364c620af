// The scenario's door: the apply pipeline (YAML text → cluster state), the export for a real
// cluster, the edits the page makes to the YAML text (delete, label, ready, scale), and the function
// that installs the core's plug-ins (installPlugins.ts).
export { loadScenario, SCENARIO_LIMITS, type Scenario, type ApplyRecord, type LoadOptions } from './load.ts';
export { exportScenario, EXPORT_FILE_NAME, type ExportResult } from './export.ts';
export { exportNote, type ExportNote, type ExportNoteCode } from './export/notes.ts';
export { deletePod, markPodReady, relabelPod, scaleWorkload } from './edits/podEdits.ts';
export { updateMetadataMap, type ObjectRef, type MapUpdate, type MapEditResult } from './edits/objectEdits.ts';
export type { EditResult } from './edits/streamText.ts';
export { installPlugins } from './installPlugins.ts';
