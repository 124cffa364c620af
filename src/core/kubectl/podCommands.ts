// The busybox tools a learner runs inside a pod (`kubectl run -it --image=busybox`, `kubectl exec`):
// wget and nslookup go through the simulated cluster; cat, hostname, env, echo and pwd answer from
// what kubelet gives every container (/etc/resolv.conf, /etc/hosts, the service env vars).
// Texts are busybox's (coreutils/cat.c "can't open '%s'", networking/wget.c usage).
import type { ClusterState } from '../model/clusterState.ts';
import type { RequestResult } from '../dataplane/types.ts';
import { wgetChunks, nslookupChunks, type ChunkedOutput } from '../dataplane/busybox.ts';
import { lookupFromPod, podResolvConfig } from '../dataplane/clusterDns.ts';
import { resolvConfText } from '../controllers/dns.ts';
import { noteLine, type KubectlNote } from './playgroundNotes.ts';

export interface PodContext {
  state: ClusterState;
  namespace: string;
  pod: string;
  podIP: string;
  /** The container's environment, `NAME=value`. */
  env: readonly string[];
  /** One new connection from this pod through the dataplane. */
  send(to: string): RequestResult;
}

const WGET_USAGE =
  'BusyBox wget: missing URL\nUsage: wget [-cqS] [--spider] [-O FILE] [-o LOGFILE] [--header STR]\n\t[--post-data STR | --post-file FILE] [-Y on/off]\n\t[-P DIR] [-U AGENT] [-T SEC] URL...\n';
const NSLOOKUP_USAGE =
  'BusyBox nslookup: missing NAME\nUsage: nslookup [-type=QUERY_TYPE] [-debug] HOST [DNS_SERVER]\n';

const out = (text: string, exitCode = 0): ChunkedOutput => ({
  chunks: text ? [{ stream: 'out', text }] : [],
  exitCode,
});
const err = (text: string, exitCode = 1): ChunkedOutput => ({ chunks: [{ stream: 'err', text }], exitCode });

/** The programs this pod has, by name (a path like /bin/wget works too). */
export const POD_PROGRAMS = [
  'wget',
  'nslookup',
  'cat',
  'hostname',
  'env',
  'printenv',
  'echo',
  'pwd',
  'true',
  'false',
] as const;

export function hasProgram(path: string): boolean {
  return (POD_PROGRAMS as readonly string[]).includes(path.split('/').pop() ?? '');
}

/** A program of an image other than busybox that the playground does not model: its note, added to `notes`. */
export function notSimulatedProgram(program: string, notes: KubectlNote[]): ChunkedOutput {
  const note: KubectlNote = { code: 'kubectl.busyboxOnly', params: { programs: POD_PROGRAMS.join(', '), program } };
  notes.push(note);
  return err(noteLine(note), 127);
}

/** Runs argv in the pod; null when the program does not exist there. */
export function execInPod(ctx: PodContext, argv: readonly string[], stdin = ''): ChunkedOutput | null {
  const [cmd, ...args] = argv;
  const program = cmd?.split('/').pop() ?? '';
  switch (program) {
    case 'wget':
      return wget(ctx, args);
    case 'nslookup': {
      const target = args.find((a) => !a.startsWith('-'));
      if (!target) return err(NSLOOKUP_USAGE);
      const { server, answer } = lookupFromPod(ctx.state, ctx.namespace, ctx.pod, target);
      return nslookupChunks(target, server, answer);
    }
    case 'cat': {
      if (args.length === 0) return out(stdin);
      const parts: ChunkedOutput = { chunks: [], exitCode: 0 };
      for (const f of args) {
        const text = fileText(ctx, f);
        if (text === null) {
          parts.chunks.push({ stream: 'err', text: `cat: can't open '${f}': No such file or directory\n` });
          parts.exitCode = 1;
        } else parts.chunks.push({ stream: 'out', text });
      }
      return parts;
    }
    case 'hostname':
      return out(`${ctx.pod}\n`);
    case 'env':
    case 'printenv': {
      if (args.length === 0) return out(ctx.env.map((e) => `${e}\n`).join(''));
      const values = args.map((a) => ctx.env.find((e) => e.startsWith(`${a}=`))?.slice(a.length + 1));
      return {
        chunks: values.filter((v) => v !== undefined).map((v) => ({ stream: 'out' as const, text: `${v}\n` })),
        exitCode: values.every((v) => v !== undefined) ? 0 : 1,
      };
    }
    case 'echo':
      return out(`${args.join(' ')}\n`);
    case 'pwd':
      return out('/\n');
    case 'true':
      return out('');
    case 'false':
      return out('', 1);
    default:
      return null;
  }
}

function wget(ctx: PodContext, args: readonly string[]): ChunkedOutput {
  // -q alone or grouped (-qO-); the URL is the last word that is neither a flag nor the value of -O/-T.
  const quiet = args.some((a) => /^-[a-zA-Z]*q/.test(a) && !a.startsWith('--'));
  const url = [...args].reverse().find((a, i, arr) => !a.startsWith('-') && arr[i + 1] !== '-O' && arr[i + 1] !== '-T');
  if (!url) return err(WGET_USAGE);
  const r = ctx.send(url);
  const authority = url.replace(/^[a-z]+:\/\//i, '').split('/')[0] ?? url;
  const host = authority.split(':')[0] ?? authority;
  const port = Number(authority.split(':')[1] ?? (/^https:/i.test(url) ? 443 : 80));
  const destIP = r.hops.find((h) => h.kind === 'dns')?.toIP ?? (/^\d+\.\d+\.\d+\.\d+$/.test(host) ? host : undefined);
  return wgetChunks(r, host, destIP, quiet, Number.isFinite(port) ? port : undefined);
}

/** The files kubelet writes into every container, plus /etc/hostname. */
function fileText(ctx: PodContext, path: string): string | null {
  const p = path.replace(/^\/+/, '/');
  if (p === '/etc/resolv.conf') return resolvConfText(podResolvConfig(ctx.state, ctx.namespace, ctx.pod));
  if (p === '/etc/hostname') return `${ctx.pod}\n`;
  // kubelet_pods.go managedHostsFileContent: the header, the IPv4/IPv6 defaults, then the pod's own line.
  if (p === '/etc/hosts') {
    return (
      '# Kubernetes-managed hosts file.\n127.0.0.1\tlocalhost\n::1\tlocalhost ip6-localhost ip6-loopback\n' +
      'fe00::0\tip6-localnet\nfe00::0\tip6-mcastprefix\nfe00::1\tip6-allnodes\nfe00::2\tip6-allrouters\n' +
      `${ctx.podIP}\t${ctx.pod}\n`
    );
  }
  return null;
}
