import { describe, expect, it } from 'vitest';
import { entryViolations, importCycles, importEdges, layerViolations, runtimeImports } from './importGraph.ts';

const files = (o: Record<string, string>) => new Map(Object.entries(o));

describe('import graph', () => {
  it('finds a two-file cycle and names its files', () => {
    const f = files({
      'src/core/dataplane/route.ts': "import { lb } from './lb.ts';\nexport const route = () => lb();",
      'src/core/dataplane/lb.ts': "import { route } from './route.ts';\nexport const lb = () => route();",
      'src/core/dataplane/leaf.ts': "import { lb } from './lb.ts';",
    });
    expect(importCycles(importEdges(f))).toEqual([['src/core/dataplane/lb.ts', 'src/core/dataplane/route.ts']]);
  });

  it('finds a longer cycle through re-exports and a self-import', () => {
    const f = files({
      'a.ts': "export * from './b.ts';",
      'b.ts': "export { c } from './c.ts';",
      'c.ts': "import './a.ts';",
      'self.ts': "import { x } from './self.ts';",
    });
    expect(importCycles(importEdges(f))).toEqual([['a.ts', 'b.ts', 'c.ts'], ['self.ts']]);
  });

  it('does not count type-only imports, which the compiler erases', () => {
    const f = files({
      'a.ts': "import type { B } from './b.ts';\nexport type A = B;",
      'b.ts': "import { a } from './a.ts';\nexport type { A } from './a.ts';",
    });
    expect(runtimeImports(f.get('a.ts')!)).toEqual([]);
    expect(importCycles(importEdges(f))).toEqual([]);
  });

  it('reports a core folder importing a higher layer, type-only or not, but lets tests reach up', () => {
    const f = files({
      'src/core/model/clusterState.ts': "import type { Scenario } from '../scenario/load.ts';",
      'src/core/scenario/load.ts': "import { x } from '../model/clusterState.ts';",
      'src/core/controllers/x.test.ts': "import { loadScenario } from '../scenario/load.ts';",
      'src/core/dataplane/a.ts': "import { s } from '../scenario/load.ts';",
    });
    expect(layerViolations(f)).toEqual([
      'src/core/model/clusterState.ts:1: core/model may not import core/scenario (same or higher layer)',
      'src/core/dataplane/a.ts:1: core/dataplane may not import core/scenario (same or higher layer)',
    ]);
  });

  it('asks for a new core folder to be placed in the layers', () => {
    const f = files({ 'src/core/newthing/a.ts': "import { x } from '../model/objects.ts';" });
    expect(layerViolations(f)).toEqual([
      'src/core/newthing/a.ts:1: core/newthing is not in CORE_LAYERS (scripts/importGraph.ts)',
    ]);
  });

  it('lets code outside the core in only through the entry points', () => {
    const f = files({
      'src/worker/handler.ts': [
        "import { loadScenario } from '../core/scenario/index.ts';",
        "import type { Diagnostic } from '../core/diagnostics.ts';",
        "import { runKubectl } from '../core/kubectl/runKubectl.ts';",
      ].join('\n'),
      'bench/route.bench.ts': "import type { Rng } from '../src/core/random/rng.ts';",
      'src/core/kubectl/runKubectl.ts': "import { loadScenario } from '../scenario/load.ts';",
    });
    expect(entryViolations(f)).toEqual([
      'src/worker/handler.ts:3: import the core through an entry point (core/<area>/index.ts), not kubectl/runKubectl.ts',
      'bench/route.bench.ts:1: import the core through an entry point (core/<area>/index.ts), not random/rng.ts',
    ]);
  });
});
