#!/usr/bin/env node
// Builds the ksp CLI into dist-cli/ksp.mjs: one ES module with the core and `yaml` bundled in, so
// `npx ksp` starts like a compiled tool instead of compiling TypeScript at every start (issue 18).
// Runs from `npm run build`, from `prepare` (so `npm ci` on a fresh clone leaves a working
// `npx ksp`), and from bin/ksp.mjs whenever the bundle is missing or older than a file it was built
// from, so a developer's edit is never answered by a stale CLI. Plain JavaScript: it must run
// before anything can compile TypeScript.
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
export const CLI_DIR = join(ROOT, 'dist-cli');
export const CLI_BUNDLE = join(CLI_DIR, 'ksp.mjs');
/** The files the bundle was built from (esbuild's metafile), relative to the repository. */
const INPUTS = join(CLI_DIR, 'inputs.json');
const ENTRY = join(ROOT, 'src/cli/node.ts');
const THIS_FILE = fileURLToPath(import.meta.url);

/** True when dist-cli/ksp.mjs exists and no file it was built from (nor this script) is newer. */
export function cliIsFresh() {
  let builtAt;
  let inputs;
  try {
    builtAt = statSync(CLI_BUNDLE).mtimeMs;
    inputs = JSON.parse(readFileSync(INPUTS, 'utf8'));
  } catch {
    return false;
  }
  if (!Array.isArray(inputs)) return false;
  for (const file of [...inputs.map((f) => join(ROOT, f)), THIS_FILE]) {
    try {
      if (statSync(file).mtimeMs > builtAt) return false;
    } catch {
      return false; // an input was deleted or moved: rebuild
    }
  }
  return true;
}

/** Bundles the CLI (about 0.3 s). Writes through temporary files so concurrent builds never leave half a file. */
export async function buildCli() {
  let esbuild;
  try {
    esbuild = await import('esbuild');
  } catch {
    throw new Error('ksp: dist-cli/ksp.mjs is missing or stale and esbuild is not installed; run `npm ci`');
  }
  mkdirSync(CLI_DIR, { recursive: true });
  const tmp = `${CLI_BUNDLE}.${process.pid}.tmp`;
  const result = await esbuild.build({
    entryPoints: [ENTRY],
    outfile: tmp,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    metafile: true,
    logLevel: 'warning',
    // `yaml` ships CommonJS to Node (it requires node:process); an ES module bundle has no `require`.
    banner: { js: "import { createRequire } from 'node:module';\nconst require = createRequire(import.meta.url);" },
  });
  const inputs = Object.keys(result.metafile.inputs)
    .map((f) => relative(ROOT, resolve(f)).split('\\').join('/'))
    .sort();
  const tmpInputs = `${INPUTS}.${process.pid}.tmp`;
  writeFileSync(tmpInputs, JSON.stringify(inputs, null, 1) + '\n');
  renameSync(tmp, CLI_BUNDLE);
  renameSync(tmpInputs, INPUTS);
  return CLI_BUNDLE;
}

/** The bundle's path, built first when missing or stale. */
export async function ensureCli() {
  if (cliIsFresh()) return CLI_BUNDLE;
  return buildCli();
}

/** Vitest globalSetup of the "cli-built" project (vite.config.ts): the CLI tests run against the bundle. */
export async function setup() {
  await ensureCli();
}

if (process.argv[1] && resolve(process.argv[1]) === THIS_FILE) {
  const out = await buildCli();
  console.log(`built ${relative(ROOT, out)} (${Math.round(statSync(out).size / 1024)} KB)`);
}
