// Normalises an iptables-restore payload the way upstream's tests compare kube-proxy output, so a
// payload can be diffed against upstream's expected text regardless of Go map order.
// Upstream: pkg/proxy/iptables/proxier_test.go sortIPTablesRules + orderByCommentServiceName, over
// pkg/util/iptables/testing/parse.go ParseIPTablesDump / IPTablesDump.String:
// tables by name; chains KUBE-NODEPORTS, KUBE-SERVICES, other KUBE-* alphabetically, then the rest;
// the rules of KUBE-NODEPORTS and KUBE-SERVICES stably by the service name in their comment (the nat
// KUBE-SERVICES "must be the last rule" rule stays last); every other chain keeps its rule order.

interface Chain {
  name: string;
  line: string;
  rules: string[];
}

interface Table {
  name: string;
  chains: Chain[];
}

/** Returns the sorted payload, or an error message for text that is not an iptables-restore payload. */
export function sortRestoreRules(text: string): { text: string } | { error: string } {
  const tables: Table[] = [];
  let table: Table | null = null;
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.trim() === '' || line.startsWith('#')) continue;
    if (line.startsWith('*')) {
      table = { name: line.slice(1), chains: [] };
      tables.push(table);
    } else if (table === null) {
      return { error: `line ${i + 1}: rule outside of a table: ${line}` };
    } else if (line === 'COMMIT') {
      table = null;
    } else if (line.startsWith(':')) {
      const name = line.slice(1).split(' ')[0] ?? '';
      const existing = table.chains.find((c) => c.name === name);
      if (existing) existing.line = line;
      else table.chains.push({ name, line, rules: [] });
    } else if (line.startsWith('-A ') || line.startsWith('-X ')) {
      const name = line.split(' ')[1] ?? '';
      const chain = table.chains.find((c) => c.name === name);
      if (!chain) return { error: `line ${i + 1}: chain ${name} was not declared` };
      if (line.startsWith('-A ')) chain.rules.push(line);
    } else {
      return { error: `line ${i + 1}: unexpected line: ${line}` };
    }
  }
  if (table !== null) return { error: `table ${table.name} has no COMMIT` };

  tables.sort((a, b) => cmp(a.name, b.name));
  const out: string[] = [];
  for (const t of tables) {
    t.chains.sort(chainOrder);
    for (const c of t.chains) {
      if (c.name === 'KUBE-NODEPORTS' || (c.name === 'KUBE-SERVICES' && t.name === 'filter'))
        c.rules.sort(byCommentServiceName);
      else if (c.name === 'KUBE-SERVICES') c.rules.sort(lastRuleLast);
    }
    out.push(`*${t.name}`, ...t.chains.map((c) => c.line), ...t.chains.flatMap((c) => c.rules), 'COMMIT');
  }
  return { text: `${out.join('\n')}\n` };
}

function chainOrder(a: Chain, b: Chain): number {
  const rank = (c: Chain) =>
    c.name === 'KUBE-NODEPORTS' ? 0 : c.name === 'KUBE-SERVICES' ? 1 : c.name.startsWith('KUBE-') ? 2 : 3;
  return rank(a) - rank(b) || cmp(a.name, b.name);
}

function lastRuleLast(a: string, b: string): number {
  const last = (r: string) => (ruleComment(r)?.includes('must be the last rule') ? 1 : 0);
  return last(a) - last(b) || byCommentServiceName(a, b);
}

/** orderByCommentServiceName: compare the comment up to its first space or colon; no comment ⇒ equal. */
function byCommentServiceName(a: string, b: string): number {
  const ca = ruleComment(a);
  const cb = ruleComment(b);
  if (ca === null || cb === null) return 0;
  return cmp(serviceName(ca), serviceName(cb));
}

function serviceName(comment: string): string {
  const i = comment.search(/[ :]/);
  return i === -1 ? comment : comment.slice(0, i);
}

/** The value of `--comment`, unquoted. */
export function ruleComment(rule: string): string | null {
  const m = /--comment (?:"([^"]*)"|(\S+))/.exec(rule);
  if (!m) return null;
  return m[1] ?? m[2] ?? null;
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
