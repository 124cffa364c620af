// `kubectl run NAME --image=busybox -it --rm --restart=Never -- wget -O- -q URL` (or
// `-- nslookup NAME`): creates a temporary pod (scheduled and addressed like any pod), runs the
// command from it through the simulated cluster and prints what the terminal would show —
// the serve_hostname reply or busybox's exact error text — then `pod "NAME" deleted` with --rm.
// A failing command ends like kubectl's attach does: `pod NS/NAME terminated (Error)`, exit 1
// (kubectl pkg/cmd/run/run.go: "pod %s/%s terminated (%s)\n%s").
import type { Scenario } from '../../scenario/load.ts';
import { parseFlags } from '../flags.ts';
import { fail, type KubectlResult } from '../result.ts';
import { createRng } from '../../sim/rng.ts';
import { createDataplane } from '../../dataplane/send.ts';
import { withTemporaryPod } from '../../dataplane/tempPod.ts';
import { wgetOutput, nslookupOutput, type CommandOutput } from '../../dataplane/busybox.ts';
import { clusterResolver } from '../../dataplane/clusterDns.ts';
import { clusterDnsIP } from '../../controllers/dns.ts';

const SPECS = [
  { long: 'image', value: true }, { long: 'stdin', short: 'i', value: false }, { long: 'tty', short: 't', value: false },
  { long: 'rm', value: false }, { long: 'restart', value: true }, { long: 'namespace', short: 'n', value: true },
  { long: 'labels', short: 'l', value: true }, { long: 'port', value: true }, { long: 'command', value: false },
  { long: 'attach', value: false }, { long: 'quiet', short: 'q', value: false },
] as const;

export function runRun(scenario: Scenario, args: readonly string[]): KubectlResult {
  const parsed = parseFlags(args, SPECS, 'run');
  if (!parsed.ok) return fail(parsed.error);
  const { positional, rest, values } = parsed.flags;
  const name = positional[0];
  if (!name) return fail(`error: NAME is required for run\nSee 'kubectl run -h' for help and examples`);
  const image = values.get('image');
  if (!image) return fail('error: required flag(s) "image" not set');
  if (!/^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/.test(name) || name.length > 63) {
    return fail(`The Pod "${name}" is invalid: metadata.name: Invalid value: "${name}": a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')`);
  }
  const namespace = values.get('namespace') ?? 'default';
  const state = scenario.state;
  if (state.pods.some((p) => p.metadata?.name === name && (p.metadata?.namespace ?? 'default') === namespace)) {
    return fail(`Error from server (AlreadyExists): pods "${name}" already exists`);
  }
  const attach = values.has('stdin') || values.has('tty') || values.has('attach');
  const rm = values.has('rm');
  if (rm && !attach) return fail('error: --rm should only be used for attached containers');
  if (!attach) return { stdout: `pod/${name} created\n`, stderr: '', exitCode: 0 };
  const rng = createRng(state.seed).fork(`kubectl-run:${namespace}/${name}`);
  const placed = withTemporaryPod(state, rng.fork('schedule'), namespace, name, image);
  if ('error' in placed) return fail(`error: timed out waiting for the condition (${placed.error})`);
  const out = runCommand(placed.state, rng, namespace, name, rest);
  const deleted = rm ? `pod "${name}" deleted\n` : '';
  const terminated = out.exitCode !== 0 ? `pod ${namespace}/${name} terminated (Error)\n` : '';
  return { stdout: out.stdout + deleted, stderr: out.stderr + terminated, exitCode: out.exitCode === 0 ? 0 : 1 };
}

function runCommand(state: Scenario['state'], rng: ReturnType<typeof createRng>, namespace: string, pod: string, argv: readonly string[]): CommandOutput {
  const [cmd, ...args] = argv;
  const program = cmd?.split('/').pop();
  if (program === 'wget') {
    const quiet = args.some((a) => /^-[a-zA-Z]*q/.test(a) && !a.startsWith('--'));
    const url = [...args].reverse().find((a, i, arr) => !a.startsWith('-') && arr[i + 1] !== '-O' && arr[i + 1] !== '-T');
    if (!url) return { stdout: '', stderr: 'BusyBox wget: missing URL\nUsage: wget [-cqS] [--spider] [-O FILE] [-o LOGFILE] [--header STR]\n\t[--post-data STR | --post-file FILE] [-Y on/off]\n\t[-P DIR] [-U AGENT] [-T SEC] URL...\n', exitCode: 1 };
    const dp = createDataplane(state, rng.fork('dataplane'));
    const r = dp.send({ from: { kind: 'pod', namespace, name: pod }, to: url, time: 0 });
    const host = url.replace(/^[a-z]+:\/\//i, '').split(/[/:]/)[0] ?? url;
    const destIP = r.hops.find((h) => h.kind === 'dns')?.toIP ?? (/^\d+\.\d+\.\d+\.\d+$/.test(host) ? host : undefined);
    return wgetOutput(r, host, destIP, quiet);
  }
  if (program === 'nslookup') {
    const target = args.find((a) => !a.startsWith('-'));
    if (!target) return { stdout: '', stderr: 'BusyBox nslookup: missing NAME\nUsage: nslookup [-type=QUERY_TYPE] [-debug] HOST [DNS_SERVER]\n', exitCode: 1 };
    return nslookupOutput(target, clusterDnsIP(state), clusterResolver(state, target, namespace));
  }
  if (cmd === undefined) return { stdout: '', stderr: '', exitCode: 0 };
  return { stdout: '', stderr: `the playground runs only "wget" and "nslookup" inside kubectl run (got "${cmd}")\n`, exitCode: 127 };
}
