// The import graph of src/: which file loads which at run time, its cycles, and the core's layer
// order. `npm run lint` runs this after ESLint (scripts/checkImports.ts) and fails on either.
// A cycle makes the order modules initialise in depend on which one was loaded first (an ES
// module in a cycle can read a binding of the other before it exists); the layers keep the core
// a stack of folders where each one can be read without the ones above it.
import path from 'node:path';

/** A static import a module evaluates before its own body; type-only imports are erased and do not count. */
export interface ImportEdge {
  from: string;
  to: string;
  line: number;
}

/**
 * `import … from '…'`, `import '…'` and `export … from '…'` statements starting a line (Prettier
 * puts every one at the start of a line; a regular expression reads 400 files in milliseconds,
 * where loading the TypeScript parser would cost more than the check).
 */
const STATEMENT = /^(import|export)\s+(type\s)?(?:[^;'"`]*?\sfrom\s*)?['"]([^'"]+)['"]/gm;

/** The relative imports of one source text: all of them, or only those the compiled module keeps (type-only ones are erased). */
export function relativeImports(text: string, runtimeOnly: boolean): { specifier: string; line: number }[] {
  const out: { specifier: string; line: number }[] = [];
  for (const m of text.matchAll(STATEMENT)) {
    const specifier = m[3] ?? '';
    if (!specifier.startsWith('.') || (runtimeOnly && m[2])) continue;
    out.push({ specifier, line: text.slice(0, m.index).split('\n').length });
  }
  return out;
}

/** The relative static imports a module evaluates before its own body. */
export function runtimeImports(text: string): { specifier: string; line: number }[] {
  return relativeImports(text, true);
}

/** Edges between the given files (paths relative to one root, `/`-separated). */
export function importEdges(files: ReadonlyMap<string, string>): ImportEdge[] {
  const edges: ImportEdge[] = [];
  for (const [file, text] of files) {
    for (const imp of runtimeImports(text)) {
      const to = path.posix.normalize(path.posix.join(path.posix.dirname(file), imp.specifier));
      if (files.has(to)) edges.push({ from: file, to, line: imp.line });
    }
  }
  return edges;
}

/** The strongly connected components with more than one file (or a file importing itself), Tarjan's algorithm. */
export function importCycles(edges: readonly ImportEdge[]): string[][] {
  const next = new Map<string, string[]>();
  for (const e of edges) next.set(e.from, [...(next.get(e.from) ?? []), e.to]);
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  let counter = 0;
  const visit = (v: string): void => {
    index.set(v, counter);
    low.set(v, counter++);
    stack.push(v);
    onStack.add(v);
    for (const w of next.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const scc: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        scc.push(w);
      } while (w !== v);
      if (scc.length > 1 || (next.get(v) ?? []).includes(v)) cycles.push(scc.sort());
    }
  };
  for (const v of [...next.keys()].sort()) if (!index.has(v)) visit(v);
  return cycles;
}

/**
 * The core's folders from the bottom up. A folder imports only folders of lower layers (tests may
 * reach higher: they load whole scenarios to test one part). Files at the core's root count as their own folder.
 */
export const CORE_LAYERS: readonly (readonly string[])[] = [
  ['net', 'random', 'argv', 'share', 'diagnostics.ts'],
  ['model'],
  ['yaml'],
  ['api'],
  ['controllers'],
  ['dataplane', 'scenario'],
  ['sim'],
  ['kubectl'],
  ['lessons'],
  ['fuzz', 'index.ts'],
];

/** The core folder (first path segment under `core/`) of a file, or undefined outside the core. */
function coreFolder(file: string, coreRoot: string): string | undefined {
  if (!file.startsWith(coreRoot + '/')) return undefined;
  return file.slice(coreRoot.length + 1).split('/')[0];
}

/** Imports (type-only ones included: they tie the folders together just the same) that point up or sideways in CORE_LAYERS. */
export function layerViolations(
  files: ReadonlyMap<string, string>,
  coreRoot = 'src/core',
  layers: readonly (readonly string[])[] = CORE_LAYERS,
): string[] {
  const layerOf = new Map<string, number>();
  layers.forEach((names, i) => names.forEach((n) => layerOf.set(n, i)));
  const problems: string[] = [];
  for (const [file, text] of files) {
    const a = coreFolder(file, coreRoot);
    if (a === undefined || /\.test\.tsx?$/.test(file)) continue;
    for (const imp of relativeImports(text, false)) {
      const to = path.posix.normalize(path.posix.join(path.posix.dirname(file), imp.specifier));
      const b = coreFolder(to, coreRoot);
      if (b === undefined || b === a) continue;
      const la = layerOf.get(a);
      const lb = layerOf.get(b);
      const line = imp.line;
      if (la === undefined) problems.push(`${file}:${line}: core/${a} is not in CORE_LAYERS (scripts/importGraph.ts)`);
      else if (lb === undefined)
        problems.push(`${file}:${line}: core/${b} is not in CORE_LAYERS (scripts/importGraph.ts)`);
      else if (lb >= la) problems.push(`${file}:${line}: core/${a} may not import core/${b} (same or higher layer)`);
    }
  }
  return problems;
}

/** Core modules other code may import: each area's entry point, the diagnostics shape, and the pure modules the page runs. */
export function isCoreEntry(file: string, coreRoot = 'src/core'): boolean {
  const rest = file.slice(coreRoot.length + 1);
  return (
    /^[^/]+\/index\.ts$/.test(rest) ||
    rest === 'diagnostics.ts' ||
    rest === 'share/linkCodec.ts' ||
    rest === 'yaml/fieldPath.ts' ||
    rest === 'dataplane/sourceText.ts' ||
    rest === 'sim/clientText.ts' ||
    rest === 'kubectl/playgroundNotes.ts'
  );
}

/**
 * Imports from outside the core (worker, CLI, UI, benchmarks, e2e) that reach past an entry point.
 * (`file` and the resolved import are relative to the repository root.)
 */
export function entryViolations(files: ReadonlyMap<string, string>, coreRoot = 'src/core'): string[] {
  const problems: string[] = [];
  for (const [file, text] of files) {
    if (file.startsWith(coreRoot + '/')) continue;
    for (const imp of relativeImports(text, false)) {
      const to = path.posix.normalize(path.posix.join(path.posix.dirname(file), imp.specifier));
      if (to.startsWith(coreRoot + '/') && !isCoreEntry(to, coreRoot))
        problems.push(
          `${file}:${imp.line}: import the core through an entry point (core/<area>/index.ts), not ${to.slice(coreRoot.length + 1)}`,
        );
    }
  }
  return problems;
}
