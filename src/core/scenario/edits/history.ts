// The playground-only `KubectlHistory` document. Objects the controllers generated (the pods of a
// Deployment, EndpointSlices) have no document of their own, so an imperative change to them
// cannot be written into the YAML; a real cluster keeps it in etcd. The playground keeps the
// commands instead, in a document appended to the stream and dropped on export like `Cluster`:
//
//   apiVersion: playground.ksp.dev/v1alpha1
//   kind: KubectlHistory
//   commands:
//   - kubectl delete pod web-7d4b9c-abcde
//
// loadScenario replays them in order after the controllers (replay.ts), so the cluster comes out
// as if the commands had been typed against it.
import { isSeq } from 'yaml';
import { PLAYGROUND_API_VERSION } from '../../model/objects.ts';
import { appendDoc, editableDocs, replaceDoc, type EditResult } from './streamText.ts';
import { HISTORY_KIND } from './readHistory.ts';

export { HISTORY_KIND, readHistory, type HistoryEntry } from './readHistory.ts';

/** Adds one command to the last KubectlHistory document, creating the document when needed. */
export function appendHistory(text: string, command: string): EditResult {
  const parsed = editableDocs(text);
  if (!parsed.ok) return parsed;
  const existing = [...parsed.docs]
    .reverse()
    .find((d) => d.kind === HISTORY_KIND && d.apiVersion === PLAYGROUND_API_VERSION);
  if (!existing) {
    return {
      ok: true,
      yaml: appendDoc(text, { apiVersion: PLAYGROUND_API_VERSION, kind: HISTORY_KIND, commands: [command] }),
    };
  }
  const list = existing.doc.get('commands', true);
  if (isSeq(list)) list.add(existing.doc.createNode(command));
  else existing.doc.set('commands', existing.doc.createNode([command]));
  return { ok: true, yaml: replaceDoc(text, existing) };
}
