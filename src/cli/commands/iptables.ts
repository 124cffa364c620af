// `ksp iptables FILE --node NAME [--mode iptables|ipvs|nftables] [--sorted]`: what kube-proxy
// would program on that node. iptables: the iptables-restore payload (`*filter … COMMIT`,
// `*nat … COMMIT`); nftables: the `nft -f` transaction for table `ip kube-proxy`; ipvs: the
// virtual servers as `ipvsadm -Ln` lists them. The mode defaults to the scenario's
// KubeProxyConfiguration mode. --sorted orders the iptables payload like upstream's tests do.
import { loadScenario } from '../../core/scenario/index.ts';
import { proxyRulesText } from '../../core/dataplane/index.ts';
import { EXIT_USAGE, readOrReport, usageError, type CliCommand } from '../io.ts';
import { message, type Message } from '../../text/messages.ts';
import { CLI_WORDS } from '../words.ts';

const MODES = ['iptables', 'ipvs', 'nftables'] as const;
type Mode = (typeof MODES)[number];

interface Parsed {
  file: string;
  node?: string;
  mode?: Mode;
  sorted: boolean;
}

function parse(args: readonly string[]): Parsed | { error: Message } {
  const files: string[] = [];
  let node: string | undefined;
  let mode: string | undefined;
  let sorted = false;
  for (let i = 0; i < args.length; i++) {
    const a = args[i] ?? '';
    const eq = a.indexOf('=');
    const flag = a.startsWith('--') && eq > 0 ? a.slice(0, eq) : a;
    const inline = a.startsWith('--') && eq > 0 ? a.slice(eq + 1) : undefined;
    if (flag === '--node' || flag === '--mode') {
      const value = inline ?? args[++i];
      if (value === undefined || value === '') return { error: message('usage.needsValue', { flag }) };
      if (flag === '--node') node = value;
      else mode = value;
    } else if (a === '--sorted') sorted = true;
    else if (a.startsWith('-')) return { error: message('usage.unknownFlag', { flag: a }) };
    else files.push(a);
  }
  if (files.length !== 1)
    return { error: files.length === 0 ? message('usage.noFile') : message('usage.oneFile', { count: files.length }) };
  if (mode !== undefined && !(MODES as readonly string[]).includes(mode))
    return { error: message('usage.mode', { modes: MODES.join(', '), got: JSON.stringify(mode) }) };
  return {
    file: files[0]!,
    ...(node !== undefined ? { node } : {}),
    ...(mode !== undefined ? { mode: mode as Mode } : {}),
    sorted,
  };
}

export const iptablesCommand: CliCommand = {
  summary: 'print the rules kube-proxy would program on a node (iptables-restore, nft or ipvsadm view)',
  usage: 'ksp iptables FILE --node NAME [--mode iptables|ipvs|nftables] [--sorted] [--seed N]',
  run(args, io, globals) {
    const p = parse(args);
    if ('error' in p) return usageError(io, 'iptables', p.error, this.usage, globals.lang);
    const words = CLI_WORDS[globals.lang ?? 'en'];
    const text = readOrReport(io, p.file, words.lang);
    if (text === null) return EXIT_USAGE;
    const scenario = loadScenario(text, {
      ...(globals.seed !== undefined ? { seed: globals.seed } : {}),
      fileName: p.file,
    });
    const nodes = scenario.state.nodes.map((n) => n.metadata.name).filter((n) => n !== '');
    const node = p.node ?? (nodes.length === 1 ? nodes[0] : undefined);
    if (node === undefined) {
      io.err(`ksp iptables: ${words.nodeRequired(nodes.length, nodes)}\n`);
      return EXIT_USAGE;
    }
    if (!nodes.includes(node)) {
      io.err(`ksp iptables: ${words.nodeNotFound(node, nodes)}\n`);
      return EXIT_USAGE;
    }
    io.out(proxyRulesText(scenario.state, node, p.mode, p.sorted).text);
    const errors = scenario.diagnostics.filter((d) => d.severity === 'error').length;
    if (errors > 0) {
      io.err(`ksp iptables: ${words.hasErrors('iptables', p.file, errors)}\n`);
      return 1;
    }
    return 0;
  },
};
