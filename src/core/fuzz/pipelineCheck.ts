// The per-scenario checks of the loadScenario fuzz suites (mutated manifests, generated objects),
// shared so the suites can be split into files that vitest's workers run side by side.
import { loadScenario, type Scenario } from '../scenario/load.ts';
import {
  diagnosticsOutsideDocument,
  endpointSliceInvariants,
  fingerprint,
  internalErrors,
  serviceInvariants,
} from './invariants.ts';

/**
 * Loads `text` and lists every broken property: positions outside the text, caught internal
 * errors, Service and EndpointSlice invariants, and (when `deterministic`) a second load that
 * differs from the first.
 */
export function loadProblems(
  text: string,
  seed: number,
  deterministic: boolean,
): { scenario: Scenario; problems: string[] } {
  const scenario = loadScenario(text, { seed });
  const problems = [
    ...diagnosticsOutsideDocument(scenario, text),
    ...internalErrors(scenario).map((m) => `internal error: ${m}`),
    ...serviceInvariants(scenario.state),
    ...endpointSliceInvariants(scenario.state),
  ];
  if (deterministic && fingerprint(loadScenario(text, { seed })) !== fingerprint(scenario))
    problems.push('a second load with the same seed differs');
  return { scenario, problems };
}
