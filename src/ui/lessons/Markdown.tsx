// Renders the tree from markdown.ts as React elements. Text is always a React child (escaped by
// React); links get rel="noopener noreferrer" and open in a new tab. No innerHTML anywhere.
import { Fragment, useMemo, type ReactNode } from 'react';
import { parseInline, parseMarkdown, type Block, type Inline } from './markdown.ts';

/** How a piece of text is shown: as written, or with a lesson's placeholders filled (Filled.tsx). */
export type Fill = (text: string) => ReactNode;
const asWritten: Fill = (text) => text;

export function renderInline(nodes: readonly Inline[], fill: Fill = asWritten): ReactNode[] {
  return nodes.map((n, i) => {
    switch (n.type) {
      case 'text':
        return <Fragment key={i}>{fill(n.text)}</Fragment>;
      case 'code':
        return <code key={i}>{fill(n.text)}</code>;
      case 'strong':
        return <strong key={i}>{renderInline(n.children, fill)}</strong>;
      case 'em':
        return <em key={i}>{renderInline(n.children, fill)}</em>;
      case 'link':
        return (
          <a key={i} href={n.href} target="_blank" rel="noopener noreferrer">
            {renderInline(n.children, fill)}
          </a>
        );
    }
  });
}

function renderBlock(b: Block, i: number, headingOffset: number, fill: Fill): ReactNode {
  switch (b.type) {
    case 'heading': {
      const level = Math.min(6, b.level + headingOffset);
      const H = `h${level}` as 'h1';
      return <H key={i}>{renderInline(b.children, fill)}</H>;
    }
    case 'paragraph':
      return <p key={i}>{renderInline(b.children, fill)}</p>;
    case 'list': {
      const items = b.items.map((item, j) => <li key={j}>{renderInline(item, fill)}</li>);
      return b.ordered ? (
        <ol key={i} start={b.start === 1 ? undefined : b.start}>
          {items}
        </ol>
      ) : (
        <ul key={i}>{items}</ul>
      );
    }
    case 'code':
      return (
        <pre key={i} data-lang={b.lang || undefined}>
          <code>
            {b.text.split('\n').map((line, j) => (
              <Fragment key={j}>
                {j > 0 && '\n'}
                {fill(line)}
              </Fragment>
            ))}
          </code>
        </pre>
      );
  }
}

/** A Markdown text as blocks. `headingOffset` pushes `#` down (the panel already has an h2). */
export function Markdown({
  source,
  headingOffset = 0,
  fill = asWritten,
}: {
  source: string;
  headingOffset?: number;
  fill?: Fill;
}) {
  const blocks = useMemo(() => parseMarkdown(source), [source]);
  return <div className="md">{blocks.map((b, i) => renderBlock(b, i, headingOffset, fill))}</div>;
}

/** One line of Markdown inline syntax (a step's text, a hint), without a wrapping paragraph. */
export function InlineMarkdown({ source, fill = asWritten }: { source: string; fill?: Fill }) {
  const nodes = useMemo(() => parseInline(source), [source]);
  return <>{renderInline(nodes, fill)}</>;
}
