// `ksp send FILE --from SOURCE --to TARGET [--count N] [--interval SECONDS] [-X METHOD] [-H 'NAME: VALUE'] [-n NS] [--json]`:
// sends N requests through the simulated cluster and prints, per request, the outcome, the pod
// that answered, its IP:port, its node and the source IP the pod saw, an HTTP status other than
// 200 (with a redirect's Location) and why a request failed; then a summary per pod and
// per outcome. SOURCE and TARGET are client declarations in the core's one text form
// (src/core/sim/clientText.ts), resolved against the scenario as the playground resolves its
// clients: SOURCE pod/NAME (in -n NS, default "default"), pod/NS/NAME, deployment/NAME,
// selector/KEY=VALUE, node/NAME, external, external/IP; TARGET a URL, ip:port or DNS name, or
// service/NAME[:PORT], nodeport/NAME[:PORT][@NODE], loadbalancer/NAME[:PORT], ingress/HOST[/PATH].
import { loadScenario } from '../../core/scenario/index.ts';
import { createRng } from '../../core/random/index.ts';
import { createDataplane, SOURCE_FORMS, type RequestResult } from '../../core/dataplane/index.ts';
import {
  parseSourceDecl,
  parseTargetDecl,
  resolveClients,
  type SourceDecl,
  type TargetDecl,
} from '../../core/sim/index.ts';
import { EXIT_USAGE, readOrReport, usageError, type CliCommand } from '../io.ts';
import { message, type Message } from '../../text/messages.ts';
import { clientProblemText } from '../clientProblem.ts';
import { CLI_WORDS, EN, type CliWords } from '../words.ts';

interface Parsed {
  file: string;
  from: SourceDecl;
  to: TargetDecl;
  count: number;
  interval: number;
  json: boolean;
  /** HTTP method and request headers (for HTTPRoute method and header matches). */
  method?: string;
  headers: Record<string, string>;
}

export const SEND_LIMITS = { maxCount: 100_000 } as const;

function parse(args: readonly string[]): Parsed | { error: Message } {
  const files: string[] = [];
  const v: Record<string, string> = {};
  let json = false;
  const headers: Record<string, string> = {};
  for (let i = 0; i < args.length; i++) {
    const a = args[i] ?? '';
    const eq = a.indexOf('=');
    const flag = a.startsWith('--') && eq > 0 ? a.slice(0, eq) : a;
    const inline = a.startsWith('--') && eq > 0 ? a.slice(eq + 1) : undefined;
    if (flag === '--header' || flag === '-H') {
      const value = inline ?? args[++i] ?? '';
      const colon = value.indexOf(':');
      if (colon <= 0) return { error: message('usage.header', { flag, got: JSON.stringify(value) }) };
      headers[value.slice(0, colon).trim()] = value.slice(colon + 1).trim();
    } else if (['--from', '--to', '--count', '--interval', '-n', '--namespace', '--method', '-X'].includes(flag)) {
      const value = inline ?? args[++i];
      if (value === undefined || value === '') return { error: message('usage.needsValue', { flag }) };
      v[flag === '--namespace' ? '-n' : flag === '-X' ? '--method' : flag] = value;
    } else if (a === '--json') json = true;
    else if (a.startsWith('-')) return { error: message('usage.unknownFlag', { flag: a }) };
    else files.push(a);
  }
  if (files.length !== 1)
    return { error: files.length === 0 ? message('usage.noFile') : message('usage.oneFile', { count: files.length }) };
  if (!v['--to']) return { error: message('usage.toRequired') };
  const from = parseSourceDecl(v['--from'] ?? 'external', v['-n'] ?? 'default');
  if (!from.ok) return { error: message('usage.from', { forms: SOURCE_FORMS, got: JSON.stringify(v['--from']) }) };
  const to = parseTargetDecl(v['--to'], v['-n'] ?? 'default');
  if (!to.ok) return { error: message('usage.to', { why: to.problem }) };
  const count = Number(v['--count'] ?? '1');
  if (!Number.isInteger(count) || count < 1 || count > SEND_LIMITS.maxCount)
    return { error: message('usage.count', { max: SEND_LIMITS.maxCount, got: JSON.stringify(v['--count']) }) };
  const interval = Number(v['--interval'] ?? '1');
  if (!Number.isFinite(interval) || interval < 0)
    return { error: message('usage.interval', { got: JSON.stringify(v['--interval']) }) };
  const method = v['--method']?.toUpperCase();
  return {
    file: files[0]!,
    from: from.value,
    to: to.value,
    count,
    interval,
    json,
    ...(method ? { method } : {}),
    headers,
  };
}

export function sendJson(results: readonly RequestResult[]): string {
  const requests = results.map((r) => ({
    index: r.index,
    time: r.time,
    outcome: r.outcome,
    status: r.status ?? null,
    location: r.location ?? null,
    reason: r.reason ?? null,
    pod: r.pod ?? null,
    podIP: r.podIP ?? null,
    port: r.port ?? null,
    node: r.node ?? null,
    sourceIP: r.sourceIP ?? null,
    hops: r.hops.map((h) => ({
      kind: h.kind,
      node: h.node ?? null,
      detail: h.detail,
      rule: h.rule ?? null,
      packet: h.packet ?? null,
    })),
    reply: r.reply ?? null,
  }));
  return `${JSON.stringify({ requests, summary: summarize(results) }, null, 2)}\n`;
}

function summarize(results: readonly RequestResult[]): {
  byPod: Record<string, number>;
  byOutcome: Record<string, number>;
} {
  const byPod: Record<string, number> = {};
  const byOutcome: Record<string, number> = {};
  for (const r of results) {
    if (r.pod && r.outcome === 'ok') byPod[r.pod] = (byPod[r.pod] ?? 0) + 1;
    byOutcome[r.outcome] = (byOutcome[r.outcome] ?? 0) + 1;
  }
  return { byPod, byOutcome };
}

/** Columns a terminal draws: Hangul and other wide characters take two (padEnd counts one). */
function columns(text: string): number {
  let n = 0;
  for (const ch of text) n += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\uff00-\uff60]/u.test(ch) ? 2 : 1;
  return n;
}
const padTo = (text: string, width: number) => text + ' '.repeat(Math.max(0, width - columns(text)));

/**
 * An HTTP answer other than 200 as a server sends it, verbatim in every language (README: status
 * lines stay as a real cluster prints them): the status line, and a redirect's Location header.
 */
function answerText(r: RequestResult): string {
  if (r.status === undefined || r.status === 200) return '';
  const line = r.response?.startsWith(`${r.status} `) ? r.response : String(r.status);
  return r.location ? `${line}  Location: ${r.location}` : line;
}

export function sendText(results: readonly RequestResult[], words: CliWords = EN): string {
  const rows = results.map((r) => [
    `#${r.index}`,
    words.outcome(r.outcome),
    r.pod ?? '-',
    r.podIP ? `${r.podIP}:${r.port ?? ''}` : '-',
    r.node ?? '-',
    r.sourceIP ? words.from(r.sourceIP) : '-',
    [answerText(r), r.outcome === 'ok' ? '' : words.reason(r)].filter((t) => t !== '').join('  '),
  ]);
  const widths = [0, 1, 2, 3, 4, 5].map((c) => Math.max(...rows.map((row) => columns(row[c]!))));
  const lines = rows.map((row) =>
    row
      .map((cell, c) => (c < 6 ? padTo(cell, widths[c]!) : cell))
      .join('  ')
      .trimEnd(),
  );
  const { byPod, byOutcome } = summarize(results);
  const n = results.length;
  const pad = (m: Record<string, number>, name: (k: string) => string = (k) => k) => {
    const w = Math.max(0, ...Object.keys(m).map((k) => columns(name(k))));
    return Object.entries(m)
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([k, c]) => `  ${padTo(name(k), w)}  ${c} (${Math.round((100 * c) / n)}%)`);
  };
  return [
    ...lines,
    '',
    words.requests(n),
    words.byPod,
    ...(Object.keys(byPod).length ? pad(byPod) : [`  ${words.noneAnswered}`]),
    words.byOutcome,
    ...pad(byOutcome, words.outcome),
    '',
  ].join('\n');
}

export const sendCommand: CliCommand = {
  summary: 'send requests through the simulated cluster and show where each one lands',
  usage:
    'ksp send FILE --from pod/[NS/]NAME|deployment/NAME|selector/K=V|node/NAME|external[/IP] --to URL|service/NAME[:PORT]|nodeport/NAME[:PORT][@NODE]|loadbalancer/NAME|ingress/HOST[/PATH] [--count N] [--interval SECONDS] [-X METHOD] [-H "NAME: VALUE"]... [-n NS] [--json] [--seed N]',
  run(args, io, globals) {
    const p = parse(args);
    if ('error' in p) return usageError(io, 'send', p.error, this.usage, globals.lang);
    const words = CLI_WORDS[globals.lang ?? 'en'];
    const text = readOrReport(io, p.file, words.lang);
    if (text === null) return EXIT_USAGE;
    const seed = globals.seed ?? 1;
    const scenario = loadScenario(text, { seed, fileName: p.file });
    // The same resolution the playground gives its clients on this load (core/sim/resolveClients.ts).
    const [client] = resolveClients(scenario.state, [{ id: 'send', from: p.from, to: p.to, rate: 1 }]);
    if (!client?.ok) {
      io.err(`ksp send: ${client ? clientProblemText(client.problem, words.lang) : words.nothingToSend}\n`);
      return 1;
    }
    const { from, to, protocol } = client.spec;
    const dp = createDataplane(scenario.state, createRng(seed).fork('send'));
    const results: RequestResult[] = [];
    for (let i = 0; i < p.count; i++)
      results.push(
        dp.send({
          from,
          to,
          time: i * p.interval,
          ...(protocol ? { protocol } : {}),
          ...(p.method ? { method: p.method } : {}),
          ...(Object.keys(p.headers).length > 0 ? { headers: p.headers } : {}),
        }),
      );
    io.out(p.json ? sendJson(results) : sendText(results, words));
    const errors = scenario.diagnostics.filter((d) => d.severity === 'error').length;
    if (errors > 0) {
      io.err(`ksp send: ${words.hasErrors('send', p.file, errors)}\n`);
      return 1;
    }
    return 0;
  },
};
