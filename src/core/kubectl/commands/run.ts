// `kubectl run NAME --image=busybox -it --rm [--restart=Never] [-- COMMAND…]`: creates a temporary
// pod (scheduled and addressed like any pod). With no command (busybox's default is `sh`) or a
// shell as the command, and stdin attached, it opens a shell session in the pod (podShell.ts) —
// the seed's `kubectl run -it --rm --image=busybox bash` names the POD "bash"; busybox has no bash.
// With a command it runs it from the pod through the simulated cluster and prints what the
// terminal shows, then `pod "NAME" deleted` with --rm. A failing command ends like kubectl's attach
// does: `pod NS/NAME terminated (Error)`, exit 1 (kubectl pkg/cmd/run/run.go: "pod %s/%s terminated (%s)\n%s").
import type { Scenario } from '../../scenario/load.ts';
import { parseFlags } from '../../argv/flags.ts';
import { fail, type KubectlResult } from '../result.ts';
import { createRng } from '../../random/rng.ts';
import { goQuote } from '../../api/fieldErrors.ts';
import { createDataplane } from '../../dataplane/send.ts';
import { withTemporaryPod } from '../../dataplane/tempPod.ts';
import { splitStreams } from '../../dataplane/busybox.ts';
import { execInPod, hasProgram, notSimulatedProgram } from '../podCommands.ts';
import { containerEnv, type PodShellSession } from '../podShell.ts';
import { serviceEnvVars } from '../serviceEnv.ts';
import { requestEffect, type CommandEffect } from '../effect.ts';
import type { KubectlNote } from '../playgroundNotes.ts';
import { deletedMessage } from '../deletedMessage.ts';
import { createRunObjects, parseRunLabels } from './runCreate.ts';
import { serverMessage } from './admitNew.ts';

const SPECS = [
  { long: 'image', value: true },
  { long: 'stdin', short: 'i', value: false },
  { long: 'tty', short: 't', value: false },
  { long: 'rm', value: false },
  { long: 'restart', value: true },
  { long: 'namespace', short: 'n', value: true },
  { long: 'labels', short: 'l', value: true },
  { long: 'port', value: true },
  { long: 'command', value: false },
  { long: 'attach', value: false },
  { long: 'quiet', short: 'q', value: false },
  { long: 'expose', value: false },
] as const;

/** The shells a busybox image has (busybox sh is ash). */
export const SHELLS = new Set(['sh', '/bin/sh', 'ash', '/bin/ash']);
/** Images whose default command is busybox sh (docker.io/library/busybox CMD ["sh"]). */
const SHELL_IMAGE = /(^|\/)busybox(:|@|$)/;

export function runRun(scenario: Scenario, args: readonly string[]): KubectlResult {
  const parsed = parseFlags(args, SPECS, 'run');
  if (!parsed.ok) return fail(parsed.error);
  const { positional, rest, values } = parsed.flags;
  const name = positional[0];
  if (!name) return fail(`error: NAME is required for run\nSee 'kubectl run -h' for help and examples`);
  const image = values.get('image');
  if (!image) return fail('error: required flag(s) "image" not set');
  // run.go Validate: the client-side checks, before anything reaches the server.
  const portText = values.get('port');
  if (values.has('expose') && !portText) return fail('error: --port must be set when exposing a service');
  if (portText && !/^[+-]?\d+$/.test(portText)) return fail('error: --port must be a number');
  const labels = parseRunLabels(values.get('labels'));
  if (typeof labels === 'string') return fail(`error: ${labels}`);
  if (!/^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/.test(name) || name.length > 63) {
    return fail(
      `The Pod ${goQuote(name)} is invalid: metadata.name: Invalid value: ${goQuote(name)}: a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')`,
    );
  }
  const namespace = values.get('namespace') ?? 'default';
  const state = scenario.state;
  if (state.pods.some((p) => p.metadata.name === name && p.metadata.namespace === namespace)) {
    return fail(`Error from server (AlreadyExists): pods "${name}" already exists`);
  }
  const attach = values.has('stdin') || values.has('tty') || values.has('attach');
  const rm = values.has('rm');
  if (rm && !attach) return fail('error: --rm should only be used for attached containers');
  if (!attach) {
    const restart = values.get('restart') || 'Always';
    if (!['Always', 'OnFailure', 'Never'].includes(restart))
      return fail(`error: invalid restart policy: ${restart}, valid values are: Always, OnFailure, Never`);
    return createRunObjects(scenario, {
      name,
      namespace,
      image,
      port: portText ? Number(portText) : undefined,
      expose: values.has('expose'),
      labels,
      restartPolicy: restart,
      args: rest,
      command: values.has('command'),
    });
  }
  const rng = createRng(state.seed).fork(`kubectl-run:${namespace}/${name}`);
  const placed = withTemporaryPod(state, rng.fork('schedule'), namespace, name, image);
  if ('refused' in placed) return fail(serverMessage(placed.refused));
  if ('error' in placed) return fail(`error: timed out waiting for the condition (${placed.error})`);
  const deleted = rm ? deletedMessage('Pod', '', name, namespace) : '';
  const program = rest[0];
  const busybox = SHELL_IMAGE.test(image.toLowerCase());
  if (busybox && program !== undefined && !SHELLS.has(program) && !hasProgram(program)) {
    // The runtime cannot start a command the image does not have (runc's text through containerd).
    return {
      stdout: deleted,
      stderr: `pod ${namespace}/${name} terminated (StartError)\nfailed to create containerd task: failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: exec: "${program}": executable file not found in $PATH: unknown\n`,
      exitCode: 1,
    };
  }
  const interactive =
    values.has('stdin') && ((program === undefined && busybox) || (program !== undefined && SHELLS.has(program)));
  if (interactive) {
    const restart = values.get('restart') ?? 'Always';
    const ip = placed.pod.status?.podIP ?? '';
    const session: PodShellSession = {
      pod: `${namespace}/${name}`,
      node: placed.pod.spec.nodeName ?? '',
      podIP: ip,
      prompt: '/ # ',
      image,
      temporary: true,
      rm,
      env: containerEnv(name, serviceEnvVars(state, namespace)),
      time: 0,
      sent: [],
      // attach.go: only a pod that would restart its container can be attached to again.
      ...(restart === 'Always'
        ? {
            attachHint: `Session ended, resume using 'kubectl attach ${name} -c ${name}${namespace === 'default' ? '' : ` -n ${namespace}`} -i -t' command when the pod is running`,
          }
        : {}),
    };
    // attach.go prints this hint to stderr when it attaches a raw terminal.
    const hint =
      values.has('tty') && !values.has('quiet') ? "If you don't see a command prompt, try pressing enter.\n" : '';
    return { stdout: '', stderr: hint, exitCode: 0, session };
  }
  if (program === undefined || SHELLS.has(program)) return { stdout: deleted, stderr: '', exitCode: 0 };
  const dp = createDataplane(placed.state, rng.fork('dataplane'));
  const effects: CommandEffect[] = [];
  const notes: KubectlNote[] = [];
  const out = splitStreams(
    execInPod(
      {
        state: placed.state,
        namespace,
        pod: name,
        podIP: placed.pod.status?.podIP ?? '',
        env: containerEnv(name, serviceEnvVars(state, namespace)),
        send: (to) => {
          const r = dp.send({ from: { kind: 'pod', namespace, name }, to, time: 0 });
          effects.push(
            requestEffect(to, r, {
              pod: `${namespace}/${name}`,
              node: placed.pod.spec.nodeName ?? '',
              temporary: true,
            }),
          );
          return r;
        },
      },
      rest,
    ) ?? notSimulatedProgram(program, notes),
  );
  const terminated = out.exitCode !== 0 ? `pod ${namespace}/${name} terminated (Error)\n` : '';
  return {
    stdout: out.stdout + deleted,
    stderr: out.stderr + terminated,
    exitCode: out.exitCode === 0 ? 0 : 1,
    effects,
    ...(notes.length > 0 ? { notes } : {}),
  };
}
