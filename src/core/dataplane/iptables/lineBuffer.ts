// proxyutil.LineBuffer: each Write joins its words with single spaces into one line. The four
// buffers (filter chains, filter rules, nat chains, nat rules) are concatenated into the
// iptables-restore payload at the end of syncProxyRules (pkg/proxy/util/linebuffer.go).

export type Words = readonly (string | readonly string[])[];

export class LineBuffer {
  readonly lines: string[] = [];

  write(...words: Words): void {
    this.lines.push(words.flat().join(' '));
  }

  /** utiliptables.MakeChainLine: `:NAME - [0:0]`. */
  writeChain(name: string): void {
    this.lines.push(`:${name} - [0:0]`);
  }
}

/** A comment argument as kube-proxy writes it: wrapped in literal quotes when it has spaces. */
export function quoted(text: string): string {
  return `"${text}"`;
}
