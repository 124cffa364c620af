// Where a lesson's placeholders sit in its texts: every piece of text the page renders on its own
// (a Markdown text run, a code span, a code block) is filled as a whole, so `{nodeIP:*}` inside
// `http://{nodeIP:*}:30007/` expands to whole addresses, never to a list glued into a URL.
import { parseInline, parseMarkdown, type Inline } from './markdown.ts';

/** The command a kubectl goal names, as the learner types it. */
export const kubectlCommand = (argv: readonly string[]): string => `kubectl ${argv.join(' ')}`;

function inlinePieces(nodes: readonly Inline[], out: string[]): void {
  for (const n of nodes) {
    if (n.type === 'text' || n.type === 'code') out.push(n.text);
    else inlinePieces(n.children, out);
  }
}

/** The pieces of a Markdown text the page renders separately (blocks for an intro, inline runs for a step). */
export function templatePieces(markdown: string): string[] {
  const out: string[] = [];
  for (const b of parseMarkdown(markdown)) {
    if (b.type === 'code') out.push(...b.text.split('\n'));
    else if (b.type === 'list') for (const item of b.items) inlinePieces(item, out);
    else inlinePieces(b.children, out);
  }
  inlinePieces(parseInline(markdown), out);
  return out;
}
