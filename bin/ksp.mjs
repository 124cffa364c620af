#!/usr/bin/env node
// ksp: runs the TypeScript CLI through tsx's loader (tsx is a runtime dependency).
import { register } from 'tsx/esm/api';

register();
const { runProcess } = await import('../src/cli/node.ts');
runProcess(process.argv.slice(2));
