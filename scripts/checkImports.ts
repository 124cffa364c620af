// `npm run lint` step: fails when a file in src/ takes part in a run-time import cycle, or when a
// core folder imports one of its layer or above, or when code outside the core reaches past the
// core's entry points (scripts/importGraph.ts).
import fs from 'node:fs';
import path from 'node:path';
import { entryViolations, importCycles, importEdges, layerViolations } from './importGraph.ts';

function sources(dir: string, out: Map<string, string>): Map<string, string> {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.posix.join(dir, entry.name);
    if (entry.isDirectory()) sources(p, out);
    else if (/\.tsx?$/.test(entry.name)) out.set(p, fs.readFileSync(p, 'utf8'));
  }
  return out;
}

const files = sources('src', new Map());
const outside = sources('e2e', sources('bench', new Map()));
const edges = importEdges(files);
const cycles = importCycles(edges);
const layers = layerViolations(files);
const entries = entryViolations(new Map([...files, ...outside]));
for (const scc of cycles) {
  const inCycle = new Set(scc);
  console.error(`import cycle among ${scc.length} files:`);
  for (const e of edges)
    if (inCycle.has(e.from) && inCycle.has(e.to)) console.error(`  ${e.from}:${e.line} -> ${e.to}`);
}
for (const p of [...layers, ...entries]) console.error(p);
if (cycles.length > 0 || layers.length > 0 || entries.length > 0) process.exit(1);
console.log(
  `imports: ${files.size} files, ${edges.length} run-time imports, no cycles, core layers respected, the core entered through its entry points`,
);
