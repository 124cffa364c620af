#!/usr/bin/env node
// The browser tests use Debian's Chromium (Playwright cannot download its own browser on this
// network). Install it on a fresh machine; do nothing when it is already there.
import { existsSync } from 'node:fs';
import { execSync } from 'node:child_process';

const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (existsSync(path)) process.exit(0);
console.log(`[ensure-chromium] ${path} is missing; installing Debian's chromium package…`);
const sudo = process.getuid && process.getuid() === 0 ? '' : 'sudo ';
try {
  execSync(`${sudo}apt-get update -qq && ${sudo}env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium`, {
    stdio: 'inherit',
  });
} catch {
  console.error(
    '[ensure-chromium] could not install chromium. Install it (apt-get install -y chromium) or set CHROMIUM_PATH.',
  );
  process.exit(1);
}
if (!existsSync(path)) {
  console.error(`[ensure-chromium] chromium installed but ${path} does not exist; set CHROMIUM_PATH.`);
  process.exit(1);
}
