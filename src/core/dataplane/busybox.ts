// What busybox prints for the outcome of a request (busybox networking/wget.c and nslookup.c
// messages: bb_error_msg_and_die "can't connect to remote host", "bad address", "download timed
// out", "server returned error: %s"), so `kubectl run … -- wget` reads like a real terminal.
import type { RequestResult } from './types.ts';
import type { DnsAnswer } from './dnsStep.ts';

export interface CommandOutput {
  stdout: string;
  stderr: string;
  exitCode: number;
}

const STATUS_TEXT: Record<number, string> = { 404: 'Not Found', 502: 'Bad Gateway', 503: 'Service Temporarily Unavailable' };

export function wgetOutput(r: RequestResult, host: string, destIP: string | undefined, quiet: boolean): CommandOutput {
  const connecting = quiet ? '' : `Connecting to ${host} (${destIP ?? host}:${r.port ?? ''})\n`;
  switch (r.outcome) {
    case 'ok':
      return { stdout: `${r.response ?? ''}\n`, stderr: connecting + (quiet ? '' : 'writing to stdout\nwritten to stdout\n'), exitCode: 0 };
    case 'dns-error':
      return { stdout: '', stderr: `wget: bad address '${host}'\n`, exitCode: 1 };
    case 'refused':
      return { stdout: '', stderr: `${connecting}wget: can't connect to remote host (${destIP ?? host}): Connection refused\n`, exitCode: 1 };
    case 'timeout':
      return { stdout: '', stderr: `${connecting}wget: download timed out\n`, exitCode: 1 };
    case 'http-error':
      return { stdout: '', stderr: `${connecting}wget: server returned error: HTTP/1.1 ${r.status ?? 500} ${STATUS_TEXT[r.status ?? 0] ?? 'Error'}\n`, exitCode: 1 };
    default:
      return { stdout: '', stderr: `${connecting}wget: can't connect to remote host (${destIP ?? host}): Network is unreachable\n`, exitCode: 1 };
  }
}

export function nslookupOutput(name: string, dnsIP: string, answer: DnsAnswer): CommandOutput {
  const head = `Server:\t\t${dnsIP}\nAddress:\t${dnsIP}:53\n\n`;
  if (answer.kind === 'NXDOMAIN') return { stdout: head, stderr: `** server can't find ${name}: NXDOMAIN\n\n`, exitCode: 1 };
  if (answer.kind === 'CNAME') return { stdout: `${head}${answer.fqdn}\tcanonical name = ${answer.target.replace(/\.$/, '')}\n\n`, stderr: '', exitCode: 0 };
  return { stdout: `${head}${answer.addresses.map((a) => `Name:\t${answer.fqdn}\nAddress: ${a}\n`).join('')}\n`, stderr: '', exitCode: 0 };
}
