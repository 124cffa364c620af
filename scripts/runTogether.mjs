#!/usr/bin/env node
// `node scripts/runTogether.mjs format:check typecheck lint`: runs those npm scripts at the same time
// (`npm test` starts with them). Each is one single-threaded process; one after the other they left a
// core of CI's two idle for a minute or more. Each one's output is printed whole when it ends, with its
// time; the exit status is 1 when any of them failed.
import { spawn } from 'node:child_process';

const names = process.argv.slice(2);
// Through the npm that runs this script (npm_execpath) when there is one, so no shell is needed.
const npm = process.env.npm_execpath
  ? { cmd: process.execPath, args: [process.env.npm_execpath] }
  : { cmd: 'npm', args: [] };

const runs = names.map(
  (name) =>
    new Promise((resolve) => {
      const started = performance.now();
      const child = spawn(npm.cmd, [...npm.args, 'run', '--silent', name], { stdio: ['ignore', 'pipe', 'pipe'] });
      const out = [];
      child.stdout.on('data', (c) => out.push(c));
      child.stderr.on('data', (c) => out.push(c));
      child.on('close', (code) => {
        const seconds = ((performance.now() - started) / 1000).toFixed(1);
        process.stdout.write(`\n> ${name} (${seconds} s${code === 0 ? '' : `, exit ${code}`})\n`);
        process.stdout.write(Buffer.concat(out));
        resolve(code === 0);
      });
    }),
);

const ok = (await Promise.all(runs)).every(Boolean);
process.exit(ok ? 0 : 1);
