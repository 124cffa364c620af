// `kubectl exec [-it] POD [-c CONTAINER] [-n NS] -- COMMAND…`: runs a command in an existing pod.
// A shell with stdin attached opens a session (podShell.ts); another command runs once, from the
// pod through the simulated cluster, with stdout and stderr apart (no TTY) and kubectl's
// "command terminated with exit code N" when it fails (kubectl pkg/cmd/exec/exec.go, client-go
// remotecommand's exit-code error). The shell's tools are busybox's whatever the image.
import type { Scenario } from '../../scenario/load.ts';
import { parseFlags } from '../../argv/flags.ts';
import { fail, type KubectlResult } from '../result.ts';
import { createRng } from '../../random/rng.ts';
import { createDataplane } from '../../dataplane/send.ts';
import { splitStreams } from '../../dataplane/busybox.ts';
import { execInPod, notSimulatedProgram } from '../podCommands.ts';
import { requestEffect, type CommandEffect } from '../effect.ts';
import type { KubectlNote } from '../playgroundNotes.ts';
import { containerEnv, type PodShellSession } from '../podShell.ts';
import { serviceEnvVars } from '../serviceEnv.ts';
import { SHELLS } from './run.ts';

const SPECS = [
  { long: 'stdin', short: 'i', value: false },
  { long: 'tty', short: 't', value: false },
  { long: 'container', short: 'c', value: true },
  { long: 'namespace', short: 'n', value: true },
  { long: 'quiet', short: 'q', value: false },
] as const;

export function runExec(scenario: Scenario, args: readonly string[]): KubectlResult {
  const parsed = parseFlags(args, SPECS, 'exec');
  if (!parsed.ok) return fail(parsed.error);
  const { positional, rest, values } = parsed.flags;
  const target = positional[0];
  if (!target)
    return fail(
      `error: expected 'exec POD_NAME COMMAND [ARG1] [ARG2] ... [ARGN]'.\nPOD_NAME and COMMAND are required arguments for the exec command\nSee 'kubectl exec -h' for help and examples`,
    );
  // exec.go: the old form without "--" was removed.
  if (positional.length > 1)
    return fail(
      `error: exec [POD] [COMMAND] is not supported anymore. Use exec [POD] -- [COMMAND] instead\nSee 'kubectl exec -h' for help and examples`,
    );
  if (rest.length === 0)
    return fail(
      `error: you must specify at least one command for the container\nSee 'kubectl exec -h' for help and examples`,
    );
  const name = target.replace(/^(pods?|po)\//, '');
  const namespace = values.get('namespace') ?? 'default';
  const state = scenario.state;
  const pod = state.pods.find((p) => p.metadata.name === name && p.metadata.namespace === namespace);
  if (!pod) return fail(`Error from server (NotFound): pods "${name}" not found`);
  const container = values.get('container');
  const containers = pod.spec.containers;
  if (container !== undefined && !containers.some((c) => c.name === container)) {
    return fail(`Error from server (BadRequest): container ${container} is not valid for pod ${name}`);
  }
  const phase = pod.status?.phase ?? 'Pending';
  if (phase === 'Succeeded' || phase === 'Failed')
    return fail(`error: cannot exec into a container in a completed pod; current phase is ${phase}`);
  if (phase !== 'Running')
    return fail(
      `error: unable to upgrade connection: container not found ("${container ?? containers[0]?.name ?? name}")`,
    );
  const podIP = pod.status?.podIP ?? '';
  const env = containerEnv(name, serviceEnvVars(state, namespace));
  const program = rest[0] ?? '';
  if (SHELLS.has(program)) {
    // A shell without stdin reads EOF at once and exits quietly.
    if (!values.has('stdin')) return { stdout: '', stderr: '', exitCode: 0 };
    const image = containers.find((c) => c.name === container)?.image ?? containers[0]?.image ?? '';
    const session: PodShellSession = {
      pod: `${namespace}/${name}`,
      node: pod.spec.nodeName ?? '',
      podIP,
      prompt: '/ # ',
      image,
      temporary: false,
      rm: false,
      env,
      time: 0,
      sent: [],
    };
    return { stdout: '', stderr: '', exitCode: 0, session };
  }
  const dp = createDataplane(state, createRng(state.seed).fork(`kubectl-exec:${namespace}/${name}`));
  const effects: CommandEffect[] = [];
  const notes: KubectlNote[] = [];
  const out = splitStreams(
    execInPod(
      {
        state,
        namespace,
        pod: name,
        podIP,
        env,
        send: (to) => {
          const r = dp.send({ from: { kind: 'pod', namespace, name }, to, time: 0 });
          effects.push(
            requestEffect(to, r, { pod: `${namespace}/${name}`, node: pod.spec.nodeName ?? '', temporary: false }),
          );
          return r;
        },
      },
      rest,
    ) ?? notSimulatedProgram(program, notes),
  );
  if (out.exitCode === 0) return { ...out, effects };
  return {
    ...out,
    stderr: `${out.stderr}command terminated with exit code ${out.exitCode}\n`,
    exitCode: out.exitCode,
    effects,
    ...(notes.length > 0 ? { notes } : {}),
  };
}
