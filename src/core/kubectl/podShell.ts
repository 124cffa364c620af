// An interactive shell in a pod (`kubectl run NAME -it --rm --image=busybox`, `kubectl exec -it POD
// -- sh`): the session is plain data the caller keeps between lines, and runInPodShell(scenario,
// session, line) runs one line of busybox sh in it. Pure: the same scenario, session and line give
// the same output. Requests leave from the session's pod; every earlier request of the session is
// replayed through a fresh dataplane on the same seeded generator first, so kube-proxy's ClientIP
// affinity and round-robin state carry across lines as they do for a real shell's connections.
import type { Scenario } from '../scenario/load.ts';
import type { ClusterState } from '../model/clusterState.ts';
import { createRng } from '../random/rng.ts';
import { createDataplane } from '../dataplane/send.ts';
import { withPodAt } from '../dataplane/tempPod.ts';
import { mergeStreams, type ChunkedOutput } from '../dataplane/busybox.ts';
import { splitCommandLine } from '../argv/commandLine.ts';
import { execInPod, type PodContext } from './podCommands.ts';
import { deletedMessage } from './deletedMessage.ts';
import { requestEffect, type CommandEffect } from './effect.ts';
import { noteLine, type KubectlNote } from './playgroundNotes.ts';

export interface PodShellSession {
  /** `ns/name`. */
  pod: string;
  node: string;
  podIP: string;
  /** busybox sh's PS1 as root in `/`. */
  prompt: string;
  image: string;
  /** Made by `kubectl run` (not in the scenario YAML): put back at node/podIP for every line. */
  temporary: boolean;
  /** `kubectl run --rm`: the pod is deleted when the shell exits. */
  rm: boolean;
  /** `kubectl run` with restartPolicy Always prints how to re-attach when the shell ends. */
  attachHint?: string;
  /** The container's environment (set when the pod started, with the Services of that moment). */
  env: string[];
  /** Simulated second of the next line. */
  time: number;
  /** Requests sent so far, replayed to carry the dataplane's state. */
  sent: { to: string; time: number }[];
}

export interface PodShellResult {
  /** What the TTY shows: stdout and stderr are one stream under `-t`. */
  stdout: string;
  /** kubectl's own errors (the session's pod is gone). */
  stderr: string;
  exitCode: number;
  /** The shell ended (exit, Ctrl+D): the console goes back to `$ `. */
  closed: boolean;
  /** The session to pass with the next line. */
  session: PodShellSession;
  /** The requests this line sent (effect.ts), for a lesson to recognise them. */
  effects: CommandEffect[];
  /** The playground's own lines in stdout (`ksp: …`), as codes the faces word (playgroundNotes.ts). */
  notes?: KubectlNote[];
}

/** Seconds that pass between two lines typed in the shell. */
export const SECONDS_PER_LINE = 1;

export function splitPodRef(ref: string): { namespace: string; name: string } {
  const i = ref.indexOf('/');
  return i < 0 ? { namespace: 'default', name: ref } : { namespace: ref.slice(0, i), name: ref.slice(i + 1) };
}

/** The base environment of a busybox container under a TTY, then kubelet's service variables. */
export function containerEnv(pod: string, serviceVars: readonly string[]): string[] {
  return [
    'PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin',
    `HOSTNAME=${pod}`,
    'TERM=xterm',
    ...[...serviceVars].sort(),
    'HOME=/root',
    'SHLVL=1',
    'PWD=/',
  ];
}

export function runInPodShell(scenario: Scenario, session: PodShellSession, line: string): PodShellResult {
  const { namespace, name } = splitPodRef(session.pod);
  const state = session.temporary
    ? withPodAt(scenario.state, namespace, name, session.image, session.node, session.podIP)
    : scenario.state;
  const next: PodShellSession = { ...session, time: session.time + SECONDS_PER_LINE, sent: [...session.sent] };
  const effects: CommandEffect[] = [];
  const done = (stdout: string, exitCode: number, closed = false): PodShellResult => ({
    stdout,
    stderr: '',
    exitCode,
    closed,
    session: next,
    effects,
  });
  if (!state.pods.some((p) => p.metadata.name === name && p.metadata.namespace === namespace)) {
    // The pod went away under the shell (deleted in the editor): kubectl's stream ends.
    return {
      stdout: '',
      stderr: `error: pod ${session.pod} is gone; the session ended\n`,
      exitCode: 1,
      closed: true,
      session: next,
      effects,
    };
  }
  const ctx = podContext(scenario, state, session, next, namespace, name, effects);
  const stages = splitPipeline(expandVars(line, session.env));
  // Not busybox's words but the playground's: what its shell does not simulate.
  if (!stages.ok) return { ...done(noteLine(stages.note), 2), notes: [stages.note] };
  const words = stages.parts.map((p) => splitCommandLine(p));
  const bad = words.find((w) => !w.ok);
  if (bad && !bad.ok) return done(`sh: syntax error: ${bad.error}\n`, 2);
  const argvs = words.map((w) => (w.ok ? w.argv : []));
  if (argvs.length === 1 && (argvs[0]?.length ?? 0) === 0) return done('', 0);
  if (argvs.some((a) => a.length === 0)) return done('sh: syntax error: unexpected "|"\n', 2);
  const first = argvs[0] ?? [];
  if (argvs.length === 1 && first[0] === 'exit') {
    const code = Number.parseInt(first[1] ?? '0', 10);
    return done(closingText(session), Number.isFinite(code) ? code & 255 : 2, true);
  }
  let stdin = '';
  let shown = '';
  let exitCode = 0;
  for (const [i, argv] of argvs.entries()) {
    const r = argv[0] === 'grep' ? grep(argv.slice(1), stdin) : execInPod(ctx, argv, stdin);
    // busybox ash: "sh: NAME: not found", status 127.
    const res: ChunkedOutput = r ?? {
      chunks: [{ stream: 'err', text: `sh: ${argv[0] ?? ''}: not found\n` }],
      exitCode: 127,
    };
    const last = i === argvs.length - 1;
    // In a pipe only stdout flows on; stderr still reaches the terminal.
    stdin = res.chunks
      .filter((c) => c.stream === 'out')
      .map((c) => c.text)
      .join('');
    shown += last
      ? mergeStreams(res)
      : res.chunks
          .filter((c) => c.stream === 'err')
          .map((c) => c.text)
          .join('');
    exitCode = res.exitCode;
  }
  return done(shown, exitCode);
}

/** What kubectl prints after the shell exits (kubectl run.go/attach.go). */
function closingText(session: PodShellSession): string {
  const { name, namespace } = splitPodRef(session.pod);
  return (
    (session.attachHint ? `${session.attachHint}\n` : '') +
    (session.rm ? deletedMessage('Pod', '', name, namespace) : '')
  );
}

function podContext(
  scenario: Scenario,
  state: ClusterState,
  session: PodShellSession,
  next: PodShellSession,
  namespace: string,
  name: string,
  effects: CommandEffect[],
): PodContext {
  let dp: ReturnType<typeof createDataplane> | null = null;
  return {
    state,
    namespace,
    pod: name,
    podIP: session.podIP,
    env: session.env,
    send(to) {
      if (!dp) {
        dp = createDataplane(state, createRng(scenario.state.seed).fork(`pod-shell:${session.pod}`));
        for (const s of session.sent) dp.send({ from: { kind: 'pod', namespace, name }, to: s.to, time: s.time });
      }
      next.sent.push({ to, time: session.time });
      const r = dp.send({ from: { kind: 'pod', namespace, name }, to, time: session.time });
      effects.push(requestEffect(to, r, { pod: session.pod, node: session.node, temporary: session.temporary }));
      return r;
    },
  };
}

/** busybox grep on a pipe's text: fixed string (-F behaviour), -i ignores case, -v inverts. */
function grep(args: readonly string[], stdin: string): ChunkedOutput {
  const flags = args.filter((a) => /^-[a-zA-Z]+$/.test(a)).join('');
  const pattern = args.find((a) => !/^-[a-zA-Z]+$/.test(a));
  if (pattern === undefined)
    return {
      chunks: [
        {
          stream: 'err',
          text: 'BusyBox grep: missing PATTERN\nUsage: grep [-HhnlLoqvsrRiwFE] [-m N] [-A|B|C N] { PATTERN | -e PATTERN... | -f FILE... } [FILE]...\n',
        },
      ],
      exitCode: 2,
    };
  const ci = flags.includes('i');
  const needle = ci ? pattern.toLowerCase() : pattern;
  const lines = stdin.split('\n').filter((l, i, a) => !(i === a.length - 1 && l === ''));
  const hits = lines.filter((l) => (ci ? l.toLowerCase() : l).includes(needle) !== flags.includes('v'));
  return {
    chunks: hits.length ? [{ stream: 'out', text: hits.map((l) => `${l}\n`).join('') }] : [],
    exitCode: hits.length ? 0 : 1,
  };
}

/** sh parameter expansion of `$NAME` and `${NAME}` outside single quotes (unset → empty); `$(…)` is refused later. */
export function expandVars(line: string, env: readonly string[]): string {
  let outText = '';
  let single = false;
  let double = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i] ?? '';
    if (ch === "'" && !double) single = !single;
    if (ch === '"' && !single) double = !double;
    const m =
      !single && ch === '$' ? /^\$(?:\{([A-Za-z_][A-Za-z0-9_]*)\}|([A-Za-z_][A-Za-z0-9_]*))/.exec(line.slice(i)) : null;
    if (!m) {
      outText += ch;
      continue;
    }
    const key = m[1] ?? m[2] ?? '';
    outText += env.find((e) => e.startsWith(`${key}=`))?.slice(key.length + 1) ?? '';
    i += m[0].length - 1;
  }
  return outText;
}

/** Splits at `|` outside quotes; `||`, `&&`, `;`, redirections and `$(…)` are not simulated. */
function splitPipeline(line: string): { ok: true; parts: string[] } | { ok: false; note: KubectlNote } {
  const parts: string[] = [];
  let cur = '';
  let quote: string | null = null;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i] ?? '';
    if (quote) {
      if (ch === quote) quote = null;
      cur += ch;
    } else if (ch === '"' || ch === "'") {
      quote = ch;
      cur += ch;
    } else if (ch === '\\') {
      cur += ch + (line[++i] ?? '');
    } else if (ch === '|') {
      if (line[i + 1] === '|') return { ok: false, note: { code: 'podShell.onePipeline', params: {} } };
      parts.push(cur);
      cur = '';
    } else if (
      ch === ';' ||
      ch === '&' ||
      ch === '>' ||
      ch === '<' ||
      ch === '`' ||
      (ch === '$' && line[i + 1] === '(')
    ) {
      return { ok: false, note: { code: 'podShell.operatorNotSimulated', params: { operator: ch } } };
    } else cur += ch;
  }
  parts.push(cur);
  return { ok: true, parts };
}
