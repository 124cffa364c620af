// The scenarios the data-path and kubectl fuzz suites run on: real manifests as they are, real
// manifests lightly mutated, and generated objects.
import fc from 'fast-check';
import { mutatedScenarioArb } from './mutators.ts';
import { structuredScenarioArb } from './objects.ts';

export function scenarioTextArb(texts: readonly string[]): fc.Arbitrary<string> {
  return fc.oneof(
    fc.constantFrom(...texts),
    mutatedScenarioArb(texts).map((m) => m.text),
    structuredScenarioArb,
  );
}
