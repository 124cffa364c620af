// countContentDocuments agrees with the parser on which documents have content (the document
// limit is checked with it before parsing).
import { describe, expect, it } from 'vitest';
import { countContentDocuments } from './documentCount.ts';
import { parseStream } from './parseStream.ts';

const CASES: Record<string, string> = {
  empty: '',
  'one bare': 'a: 1\n',
  'leading marker': '---\na: 1\n',
  'two with empties': '---\n---\na: 1\n---\n\n# only a comment\n---\nb: 2\n',
  'content on the marker line': '--- {a: 1}\n--- # comment\n---\nb: 1\n',
  'document end then bare': 'a: 1\n...\nb: 2\n',
  directive: '%YAML 1.2\n---\na: 1\n',
  'block scalar lines': 'a: |\n  ---x\n  ...y\n---\nb: 1\n',
  'markers need a space': '---x: 1\n',
  'CRLF lines': '---\r\na: 1\r\n---\r\nb: 2\r\n',
  'byte order mark': '\uFEFF---\na: 1\n',
  'indented marker is content': 'a:\n  - ---\n',
};

describe('countContentDocuments', () => {
  for (const [name, text] of Object.entries(CASES))
    it(name, () => expect(countContentDocuments(text)).toBe(parseStream(text).documents.length));

  it('counts 100,000 documents of a 2 MB text in well under a second', () => {
    const text = 'a: 1\n---\n'.repeat(100_000);
    const start = performance.now();
    expect(countContentDocuments(text)).toBe(100_000);
    expect(performance.now() - start).toBeLessThan(1_000);
  });
});
