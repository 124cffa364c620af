// The prose of a Korean text: what a learner reads as sentences, with code taken out. Code is what a
// learner types or reads on a real cluster and so stays as written in both languages: Markdown code
// spans and blocks, `{value}` holes of a template, and kubectl commands written inline in a message.
// The glossary test and the Latin-script test read the prose only.
import { parseMarkdown, type Inline } from '../lessons/markdown.ts';

function inlineProse(items: readonly Inline[]): string {
  return items.map((i) => (i.type === 'text' ? i.text : i.type === 'code' ? ' ' : inlineProse(i.children))).join('');
}

/** Text pieces of a Markdown text (lessons: introductions, step texts, hints), code left out. */
export function markdownProse(source: string): string {
  return parseMarkdown(source)
    .map((b) =>
      b.type === 'code'
        ? ''
        : b.type === 'list'
          ? b.items.map((item) => inlineProse(item)).join('\n')
          : inlineProse(b.children),
    )
    .join('\n');
}

/**
 * A dictionary message's prose: `{value}` holes, inline kubectl commands, command-line flags and
 * resource forms a learner types (`service/이름:포트`, `deployment/NAME`, `--count`, `-H`) left out.
 */
export function messageProse(text: string): string {
  return text
    .replace(/\{\w+\}/g, ' ')
    .replace(/kubectl(?: [-\w./=:]+)+/g, ' ')
    .replace(/(^|[\s(])--?[a-zA-Z][\w-]*/g, '$1 ')
    .replace(/\b[a-z]+\/[^\s),]+/g, ' ');
}
