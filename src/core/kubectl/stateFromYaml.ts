// A Scenario over the stored objects of a YAML stream (api/testing/storedState.ts builds the
// state): what kubectl's tests run commands against, to pin an exact cluster like upstream's fake clients.
import { parseStream } from '../yaml/parseStream.ts';
import { stateFromStoredYaml, type StoredStateOptions } from '../api/testing/storedState.ts';
import type { Scenario } from '../scenario/load.ts';

export function scenarioFromYaml(text: string, options: StoredStateOptions = {}): Scenario {
  return { stream: parseStream(text), state: stateFromStoredYaml(text, options), applied: [], diagnostics: [] };
}
