// `kubectl apply -f FILE` and `kubectl create -f FILE` over the scenario's own stream: the
// scenario was already admitted document by document (scenario/load.ts), so this replays what
// kubectl printed for each document, in order — successes on stdout, errors on stderr, exit 1
// when any document failed (kubectl pkg/cmd/apply/apply.go, pkg/cmd/create/create.go). The API
// server's warnings on a write that reached it go to stderr (client-go's warning handler prints
// `Warning: …` as the response arrives); create's AlreadyExists got none.
import type { ApplyRecord, Scenario } from '../../scenario/load.ts';
import { GLOBAL_FLAGS, parseFlags, type FlagSpec } from '../../argv/flags.ts';
import { fail, type KubectlResult } from '../result.ts';
import { findResourceType, groupResource } from '../resources.ts';

const FLAGS: readonly FlagSpec[] = [...GLOBAL_FLAGS, { long: 'filename', short: 'f', value: true }];

/**
 * The `Warning: …` lines the API server's answer to this write put on stderr (empty for none); with
 * `printed`, each line only once per command, as kubectl's warning writer prints them
 * (client-go rest.WarningWriterOptions.Deduplicate, set by kubectl's root command).
 */
export const warningLines = (rec: ApplyRecord | undefined, printed?: Set<string>): string =>
  (rec?.warnings ?? [])
    .filter((w) => !printed || (!printed.has(w) && !!printed.add(w)))
    .map((w) => `${w}\n`)
    .join('');

export function runApplyLike(verb: 'apply' | 'create', scenario: Scenario, args: readonly string[]): KubectlResult {
  const parsed = parseFlags(args, FLAGS, verb);
  if (!parsed.ok) return fail(parsed.error);
  const file = parsed.flags.values.get('filename');
  if (!file) {
    return fail(
      verb === 'apply'
        ? `error: must specify one of -f and -k\n`
        : `error: must specify one of -f and -k\n\nSee 'kubectl create -h' for help and examples`,
    );
  }
  let stdout = '';
  let stderr = '';
  let failed = false;
  const printed = new Set<string>();
  for (const rec of scenario.applied) {
    if (rec.outcome === 'skipped' || rec.message === '') continue;
    if (rec.outcome === 'created' || (rec.outcome === 'configured' && verb === 'apply')) {
      stderr += warningLines(rec, printed);
      stdout += `${rec.message}\n`;
    } else if (rec.outcome === 'configured') {
      const r = findResourceType(rec.kind);
      const what = r ? groupResource(r) : `${rec.kind.toLowerCase()}s`;
      stderr += `Error from server (AlreadyExists): error when creating "${file}": ${what} "${rec.name}" already exists\n`;
      failed = true;
    } else {
      stderr += warningLines(rec, printed) + `${rec.message}\n`;
      failed = true;
    }
  }
  return { stdout, stderr, exitCode: failed ? 1 : 0 };
}
