#!/usr/bin/env node
// `npm run checks`: the format check, the typecheck and the lint side by side. Each is one
// single-threaded process that reads the whole tree, so on a 2-core machine the three together take
// little more than the lint alone, in a CI budget of 20 minutes. Each one's output is printed whole
// when it ends, in the order given, and the exit status is the first failure's.
import { spawn } from 'node:child_process';

const checks = [
  ['format', 'npm', ['run', '--silent', 'format:check']],
  ['typecheck', 'npm', ['run', '--silent', 'typecheck']],
  ['lint', 'npm', ['run', '--silent', 'lint']],
];

function run([name, command, args]) {
  return new Promise((resolve) => {
    const started = Date.now();
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    const out = [];
    child.stdout.on('data', (c) => out.push(c));
    child.stderr.on('data', (c) => out.push(c));
    child.on('error', (err) => resolve({ name, code: 1, text: String(err), seconds: 0 }));
    child.on('close', (code) =>
      resolve({ name, code: code ?? 1, text: Buffer.concat(out).toString(), seconds: (Date.now() - started) / 1000 }),
    );
  });
}

const results = await Promise.all(checks.map(run));
let status = 0;
for (const r of results) {
  const mark = r.code === 0 ? 'ok' : `failed (exit ${r.code})`;
  console.log(`── ${r.name}: ${mark} in ${r.seconds.toFixed(1)} s`);
  if (r.text.trim()) console.log(r.text.trimEnd());
  if (r.code !== 0 && status === 0) status = r.code;
}
process.exit(status);
