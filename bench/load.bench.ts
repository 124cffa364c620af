// 1. Scenario load: parse + validate + default + allocate + controllers (loadScenario) against the
// baseline of `yaml`'s parseAllDocuments alone on the same text. Budget: ≤ 3× the baseline.
import { parseAllDocuments } from 'yaml';
import { loadScenario } from '../src/core/scenario/index.ts';
import { podsYaml, scenarioYaml, servicesYaml } from './generate.ts';
import { pairedMedians, round } from './stats.ts';

export interface LoadRow {
  case: string;
  documents: number;
  bytes: number;
  loadMs: number;
  baselineMs: number;
  ratio: number;
  /** Errors the load reported (a benchmark of a failing scenario would measure the wrong thing). */
  errors: number;
}

export function benchLoad(quick: boolean): LoadRow[] {
  const cases: [string, string][] = quick
    ? [
        ['10 objects', scenarioYaml(10)],
        ['100 objects', scenarioYaml(100)],
        ['500 pods', podsYaml(500)],
      ]
    : [
        ['10 objects', scenarioYaml(10)],
        ['100 objects', scenarioYaml(100)],
        ['1,000 objects', scenarioYaml(1_000)],
        ['5,000 pods', podsYaml(5_000)],
        ['5,000 Services', servicesYaml(5_000)],
      ];
  const rows: LoadRow[] = [];
  for (const [name, text] of cases) {
    const big = text.length > 200_000;
    const runs = quick ? 1 : big ? 5 : 9;
    const reps = big ? 1 : text.length > 20_000 ? 3 : 30;
    let errors = 0;
    let documents = 0;
    const [loadMs, baselineMs] = pairedMedians(
      runs,
      () => {
        for (let i = 0; i < reps; i++) {
          const s = loadScenario(text, { fileName: 'bench.yaml' });
          errors = s.diagnostics.filter((d) => d.severity === 'error').length;
          documents = s.stream.documents.length;
        }
      },
      () => {
        for (let i = 0; i < reps; i++) parseAllDocuments(text);
      },
    );
    rows.push({
      case: name,
      documents,
      bytes: text.length,
      loadMs: round(loadMs / reps, 3),
      baselineMs: round(baselineMs / reps, 3),
      ratio: round(loadMs / baselineMs),
      errors,
    });
  }
  return rows;
}
