#!/usr/bin/env node
// ksp: runs the prebuilt CLI, dist-cli/ksp.mjs (scripts/build-cli.mjs builds it on `npm ci`, on
// `npm run build`, and here when it is missing or older than its sources). No TypeScript is
// compiled at start, so `ksp validate` costs about twice a bare `node -e 0` (npm run bench).
import { pathToFileURL } from 'node:url';
import { ensureCli } from '../scripts/build-cli.mjs';

const { runProcess } = await import(pathToFileURL(await ensureCli()).href);
runProcess(process.argv.slice(2));
