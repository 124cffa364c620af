// ksp's usage errors in English: the CLI's alone, so the page does not ship them (messages.ts holds
// the catalogue's machinery and the wordings the page needs before its first diagram). ksp installs
// them at start (src/cli/main.ts), as it installs the data path's words (saidEnglish.ts).
import { installEnglish } from './messages.ts';

/** ksp's usage errors: what a command line got wrong (printed after `ksp COMMAND: `, then the usage). */
export const USAGE_EN = {
  'usage.langValue': '--lang needs one of {languages}, got {got}',
  'usage.langMissing': '--lang needs one of {languages}, got nothing',
  'usage.seedValue': '--seed needs a whole number from 0 to {max}, got {got}',
  'usage.seedMissing': '--seed needs a whole number from 0 to {max}, got nothing',
  'usage.unknownFlag': 'unknown flag {flag}',
  'usage.needsValue': '{flag} needs a value',
  'usage.noFile': 'no file given',
  'usage.noFiles': 'no files given',
  'usage.oneFile': 'expected one file, got {count}',
  'usage.oneFILE': 'expected one FILE',
  'usage.kubectlArgs': 'expected one FILE, then -- and kubectl arguments',
  'usage.mode': '--mode must be one of {modes}, got {got}',
  'usage.header': '{flag} needs NAME: VALUE (as curl -H), got {got}',
  'usage.toRequired': '--to TARGET is required (e.g. --to my-service, --to 10.96.0.5:80, --to 192.168.49.2:30007)',
  'usage.from': '--from must be {forms}, deployment/NAME or selector/KEY=VALUE, got {got}',
  'usage.to': '--to: {why}',
  'usage.count': '--count must be a whole number from 1 to {max}, got {got}',
  'usage.interval': '--interval must be a number of seconds ≥ 0, got {got}',
} as const;

/** A usage error's code. */
export type UsageCode = keyof typeof USAGE_EN;

/** Adds the usage errors to the English catalogue. */
export function installUsageEnglish(): void {
  installEnglish(USAGE_EN);
}
