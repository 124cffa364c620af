// The engines a first diagram does not need: the traffic generator (the whole data path), the rules
// view's dumps, the diagram's edits, the export and the lessons' placeholders. sim.worker.ts loads this chunk on the first
// message that needs it, so the worker's first chunk holds only load + view (README "Benchmarks",
// section 5: the JavaScript fetched before the first diagram).
import { EXPORT_FILE_NAME, exportNote, exportScenario } from '../core/scenario/index.ts';
import { proxyRulesText } from '../core/dataplane/index.ts';
import { fillTemplate } from '../core/lessons/index.ts';
import { messageEnglish } from '../text/messages.ts';
import { installExportEnglish } from '../text/exportMessages.ts';
import type { Scenario } from '../core/scenario/index.ts';
import type { MessageOf } from './protocol.ts';
import { applyMutation } from './edits.ts';
import { createTrafficRunner } from './traffic.ts';
import type { Engines } from './engines.ts';

// The export script's comments word the notes in English (messages.ts keeps them out of the first chunk).
installExportEnglish();

type LaterEngines = Required<Pick<Engines, 'traffic' | 'rules' | 'edit' | 'exportText' | 'fillTemplate'>>;

/** The text as it is now (errors included: the export counts them in a note), as `ksp export` reads a file. */
function exportText(yaml: string, scenario: Scenario | null): Omit<MessageOf<'exported'>, 'type' | 'requestId'> {
  const result = scenario
    ? // the script's comments in English, as the rest of the script; the panel words the notes in the page's language
      exportScenario(yaml, scenario, messageEnglish)
    : { ok: false as const, problem: exportNote('export.notLoaded') };
  return { result, yamlFileName: EXPORT_FILE_NAME };
}

export function laterEngines(): LaterEngines {
  return { traffic: createTrafficRunner(), rules: proxyRulesText, edit: applyMutation, exportText, fillTemplate };
}
/** The core's plug-ins (the Gateway API, Ingress): sim.worker.ts installs them from this chunk before a scenario that holds their kinds. */
export { installPlugins } from '../core/scenario/index.ts';
