// Property: the iptables generator writes, for any cluster, an iptables-restore input that restore
// would accept: both tables committed, every appended-to or jumped-to KUBE-* chain declared in its
// table (pkg/proxy/iptables/proxier.go writes `:CHAIN - [0:0]` for each chain it uses).
// Runs: 400 clusters (every node).
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { loadScenario } from '../scenario/index.ts';
import { iptablesRestoreForNode } from '../dataplane/iptables/restoreRules.ts';
import { corpusFrom, fuzzParams, runsFor } from './corpus.ts';
import { mutatedScenarioArb } from './mutators.ts';
import { structuredScenarioArb } from './objects.ts';

const corpus = corpusFrom({
  ...import.meta.glob<string>('../**/fixtures/**/*.yaml', { query: '?raw', import: 'default', eager: true }),
  ...import.meta.glob<string>('../../scenarios/*.yaml', { query: '?raw', import: 'default', eager: true }),
});
const params = fuzzParams(process.env);
const texts = corpus.map((f) => f.text);

function undeclaredChains(chains: readonly string[], rules: readonly string[]): string[] {
  const declared = new Set(chains.map((c) => /^:(\S+)/.exec(c)?.[1] ?? ''));
  const used = new Set<string>();
  for (const r of rules) {
    const appended = /^-A (\S+)/.exec(r)?.[1];
    if (appended) used.add(appended);
    const jump = / -j (KUBE-\S+)/.exec(r)?.[1];
    if (jump) used.add(jump);
  }
  return [...used].filter((c) => !declared.has(c));
}

describe('fuzz: iptables-restore text for arbitrary clusters', () => {
  it('is complete and declares every chain it uses, on every node, deterministically', () => {
    let clusters = 0;
    let nodes = 0;
    const started = performance.now();
    fc.assert(
      fc.property(
        fc.oneof(
          mutatedScenarioArb(texts).map((m) => m.text),
          structuredScenarioArb,
        ),
        (text) => {
          const s = loadScenario(text);
          clusters++;
          for (const node of s.state.nodes) {
            const name = node.metadata.name;
            const r = iptablesRestoreForNode(s.state, name);
            nodes++;
            expect(r.text.startsWith('*filter\n')).toBe(true);
            expect(r.text.endsWith('COMMIT\n')).toBe(true);
            expect(r.text).toContain('\n*nat\n');
            expect(undeclaredChains(r.filterChains, r.filterRules)).toEqual([]);
            expect(undeclaredChains(r.natChains, r.natRules)).toEqual([]);
            if (clusters % 4 === 0) expect(iptablesRestoreForNode(s.state, name).text).toBe(r.text);
          }
        },
      ),
      { seed: params.seed + 40, numRuns: runsFor(params, 400), endOnFailure: true },
    );
    console.info(
      `[fuzz] iptables: ${clusters} clusters, ${nodes} node rule sets in ${Math.round(performance.now() - started)} ms`,
    );
    expect(nodes).toBeGreaterThan(clusters);
  }, 300_000);
});
