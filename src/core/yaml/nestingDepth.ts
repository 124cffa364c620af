// A cheap upper estimate of how deep a YAML text nests, checked before parsing. eemeli/yaml
// composes recursively: around 1,000 levels (`[[[[…`, `- - - …`, or one more indented key per
// line) it overflows the call stack, slowly, with an error whose position depends on the engine's
// stack size — so the same text could give different diagnostics. Kubernetes objects nest about
// 15 levels deep; the API server's own JSON decoder stops at 10,000 (apimachinery util/json
// maxDepth), a depth no page should try to render.

export interface DepthExcess {
  depth: number;
  /** 1-based line where the estimate first passed the limit. */
  line: number;
}

/**
 * Depth estimate per line: the number of open block indentation levels, plus the `- ` / `? `
 * indicators that open a collection on the same line, plus the open flow collections (`[`, `{`).
 * Block scalars (`|`, `>`) are skipped: their indentation is text, not structure.
 */
export function findExcessiveNesting(text: string, limit: number): DepthExcess | null {
  const indents: number[] = [];
  let flow = 0;
  let blockScalarParent = -1;
  let lineNo = 0;
  for (const line of text.split('\n')) {
    lineNo++;
    const indent = /^ */.exec(line)![0].length;
    const body = line.slice(indent);
    if (blockScalarParent >= 0) {
      if (body === '' || indent > blockScalarParent) continue;
      blockScalarParent = -1;
    }
    if (body === '' || body.startsWith('#')) continue;
    if (/^(---|\.\.\.)(\s|$)/.test(body) && indent === 0) {
      indents.length = 0;
      flow = 0;
      continue;
    }
    if (flow === 0) {
      while (indents.length > 0 && indents[indents.length - 1]! > indent) indents.pop();
      if (indents.length === 0 || indents[indents.length - 1]! < indent) indents.push(indent);
    }
    const indicators = /^(?:[-?](?:\s+|$))*/.exec(body)![0].replace(/\s+/g, '').length;
    const scan = scanFlow(body, flow);
    flow = scan.flow;
    const depth = indents.length + indicators + scan.maxFlow;
    if (depth > limit) return { depth, line: lineNo };
    if (flow === 0 && /(^|[\s:-])[|>][+-]?\d?\s*(#.*)?$/.test(body)) blockScalarParent = indent;
  }
  return null;
}

/** Flow brackets on one line, ignoring quoted text, comments and brackets inside plain words. */
function scanFlow(body: string, start: number): { flow: number; maxFlow: number } {
  let flow = start;
  let maxFlow = start;
  let quote: '"' | "'" | null = null;
  for (let i = 0; i < body.length; i++) {
    const c = body[i]!;
    if (quote) {
      if (c === '\\' && quote === '"') i++;
      else if (c === quote) quote = null;
      continue;
    }
    const prev = i === 0 ? ' ' : body[i - 1]!;
    const atValueStart = /[\s,[{:-]/.test(prev);
    if (c === '#' && /\s/.test(prev)) break;
    if ((c === '"' || c === "'") && (flow > 0 || atValueStart)) quote = c;
    else if ((c === '[' || c === '{') && (flow > 0 || atValueStart)) maxFlow = Math.max(maxFlow, ++flow);
    else if ((c === ']' || c === '}') && flow > 0) flow--;
  }
  return { flow, maxFlow };
}
