// What busybox prints for the outcome of a request (busybox networking/wget.c and nslookup.c
// messages: bb_error_msg_and_die "can't connect to remote host", "bad address", "download timed
// out", "server returned error: %s"), so `kubectl run … -- wget` reads like a real terminal.
// Output is a list of chunks in the order the terminal shows them: under a TTY (`-it`) stdout and
// stderr are one stream, so the pod shell prints the chunks in order; without one they split.
import type { RequestResult } from './types.ts';
import type { DnsAnswer } from './dnsStep.ts';
import { utf8ByteLength } from '../yaml/limits.ts';

export interface CommandOutput {
  stdout: string;
  stderr: string;
  exitCode: number;
}

export interface Chunk {
  stream: 'out' | 'err';
  text: string;
}

export interface ChunkedOutput {
  chunks: Chunk[];
  exitCode: number;
}

const STATUS_TEXT: Record<number, string> = {
  404: 'Not Found',
  502: 'Bad Gateway',
  503: 'Service Temporarily Unavailable',
};

/**
 * busybox's progress line at the end of a download to stdout (libbb/progress.c bb_progress_update:
 * the file name "-" in 20 columns, the percentage, a star bar, the size, the ETA). The bar width
 * follows the terminal; 32 stars is what an 80-column terminal shows. UNSURE: the exact spacing of
 * the size column varies between busybox versions; this is the 1.36 look.
 */
export function wgetProgressLine(bytes: number): string {
  // "%-20.20s%4u%% |": the name in 20 columns, then " 100%".
  return `${'-'.padEnd(20)} 100% |${'*'.repeat(32)}|${String(bytes).padStart(6)}  0:00:00 ETA\n`;
}

/**
 * `port` is the port wget dials (from the URL; 80 for http, 443 for https) — busybox prints the
 * address it connects to (xmalloc_sockaddr2dotted), before any DNAT.
 */
export function wgetChunks(
  r: RequestResult,
  host: string,
  destIP: string | undefined,
  quiet: boolean,
  port: number | undefined = r.port,
): ChunkedOutput {
  // wget.c: "Connecting to %s (%s)" before the connect, to stderr, unless -q.
  const connecting: Chunk[] = quiet
    ? []
    : [{ stream: 'err', text: `Connecting to ${host} (${destIP ?? host}:${port ?? ''})\n` }];
  const die = (text: string): ChunkedOutput => ({ chunks: [...connecting, { stream: 'err', text }], exitCode: 1 });
  switch (r.outcome) {
    case 'ok': {
      const body = `${r.response ?? ''}\n`;
      if (quiet) return { chunks: [{ stream: 'out', text: body }], exitCode: 0 };
      return {
        chunks: [
          ...connecting,
          { stream: 'err', text: 'writing to stdout\n' },
          { stream: 'out', text: body },
          // wget counts the UTF-8 bytes it wrote.
          { stream: 'err', text: wgetProgressLine(utf8ByteLength(body)) },
          { stream: 'err', text: 'written to stdout\n' },
        ],
        exitCode: 0,
      };
    }
    case 'dns-error':
      return { chunks: [{ stream: 'err', text: `wget: bad address '${host}'\n` }], exitCode: 1 };
    case 'refused':
      return die(`wget: can't connect to remote host (${destIP ?? host}): Connection refused\n`);
    case 'timeout':
      return die('wget: download timed out\n');
    case 'http-error':
      return die(`wget: server returned error: HTTP/1.1 ${r.status ?? 500} ${STATUS_TEXT[r.status ?? 0] ?? 'Error'}\n`);
    case 'unreachable':
      return die(`wget: can't connect to remote host (${destIP ?? host}): Network is unreachable\n`);
  }
}

/** Chunks split into the two streams (no TTY). */
export function splitStreams(o: ChunkedOutput): CommandOutput {
  const pick = (s: Chunk['stream']) =>
    o.chunks
      .filter((c) => c.stream === s)
      .map((c) => c.text)
      .join('');
  return { stdout: pick('out'), stderr: pick('err'), exitCode: o.exitCode };
}

/** Chunks as a TTY shows them: one stream, in order. */
export function mergeStreams(o: ChunkedOutput): string {
  return o.chunks.map((c) => c.text).join('');
}

export function wgetOutput(r: RequestResult, host: string, destIP: string | undefined, quiet: boolean): CommandOutput {
  return splitStreams(wgetChunks(r, host, destIP, quiet));
}

export function nslookupChunks(name: string, dnsIP: string, answer: DnsAnswer): ChunkedOutput {
  const head = `Server:\t\t${dnsIP}\nAddress:\t${dnsIP}:53\n\n`;
  if (answer.kind === 'NXDOMAIN')
    return {
      chunks: [
        { stream: 'out', text: head },
        { stream: 'err', text: `** server can't find ${name}: NXDOMAIN\n\n` },
      ],
      exitCode: 1,
    };
  if (answer.kind === 'CNAME')
    return {
      chunks: [
        { stream: 'out', text: `${head}${answer.fqdn}\tcanonical name = ${answer.target.replace(/\.$/, '')}\n\n` },
      ],
      exitCode: 0,
    };
  return {
    chunks: [
      {
        stream: 'out',
        // nslookup.c parse_reply: an answer without the AA flag (forwarded, not from CoreDNS's zone).
        text: `${head}${answer.upstream ? 'Non-authoritative answer:\n' : ''}${answer.addresses.map((a) => `Name:\t${answer.fqdn}\nAddress: ${a}\n`).join('')}\n`,
      },
    ],
    exitCode: 0,
  };
}

export function nslookupOutput(name: string, dnsIP: string, answer: DnsAnswer): CommandOutput {
  return splitStreams(nslookupChunks(name, dnsIP, answer));
}
