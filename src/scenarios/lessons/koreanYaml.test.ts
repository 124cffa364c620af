// The Korean twins of the lesson YAML (scenario.ko.yaml, solution-N.ko.yaml): the same objects as
// the English file, byte for byte, and a Korean comment wherever the English has a comment. What the
// twins say is held to the glossary in src/ui/i18n/latinInKorean.test.ts.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Lexer, parseAllDocuments } from 'yaml';
import { LESSONS_DIR, loadLessonsFromDisk } from '../../cli/lessons.ts';

const { lessons } = loadLessonsFromDisk();
const HANGUL = /[\uAC00-\uD7A3]/;

/**
 * The file's tokens (yaml's lexer: a comment is a token of its own, never part of a quoted value),
 * each comment block (comments with only line breaks and indentation between them) as one `#`, and
 * the comments' texts.
 */
function shape(text: string): { tokens: string[]; comments: string[] } {
  const tokens: string[] = [];
  const comments: string[] = [];
  let pending: string[] = [];
  for (const tok of new Lexer().lex(text)) {
    if (tok.startsWith('#')) {
      comments.push(tok);
      if (tokens.at(-1) !== '#') tokens.push('#');
      pending = [];
    } else if (tokens.at(-1) === '#' && /^\s*$/.test(tok)) pending.push(tok);
    else {
      tokens.push(...pending, tok);
      pending = [];
    }
  }
  return { tokens: [...tokens, ...pending], comments };
}

const objects = (text: string): unknown[] => parseAllDocuments(text).map((d) => d.toJS() as unknown);

/** Each (English, Korean) pair of texts a lesson puts in the editor, named by the English file. */
function pairs(): { name: string; en: string; ko: string }[] {
  return lessons.flatMap((l) => [
    { name: `${l.dir}/scenario.yaml`, en: l.yaml.en.scenario, ko: l.yaml.ko.scenario },
    ...l.steps.flatMap((s) =>
      s.solution === undefined
        ? []
        : [{ name: `${l.dir}/${s.solution}`, en: l.yaml.en.solutions[s.id]!, ko: l.yaml.ko.solutions[s.id]! }],
    ),
  ]);
}

describe('the Korean lesson YAML', () => {
  it('the shape finds comment blocks and leaves everything else, a # inside a value too', () => {
    const a = shape('# one\n# two\nkind: Pod\nspec:\n  # three\n  a: "#1" # four\n');
    expect(a.comments).toEqual(['# one', '# two', '# three', '# four']);
    expect(a.tokens.filter((t) => t === '#')).toHaveLength(3);
    expect(a.tokens).toContain('"#1"');
    // a comment block of another length is the same shape; a changed value or a missing comment is not
    expect(shape('# 하나\nkind: Pod\nspec:\n  # 셋\n  # 넷\n  a: "#1" # 다섯\n').tokens).toEqual(a.tokens);
    expect(shape('# 하나\nkind: Pod\nspec:\n  # 셋\n  a: "#2" # 다섯\n').tokens).not.toEqual(a.tokens);
    expect(shape('# 하나\nkind: Pod\nspec:\n  a: "#1" # 다섯\n').tokens).not.toEqual(a.tokens);
  });

  it('every English scenario or solution file with comments has a Korean twin', () => {
    const missing: string[] = [];
    for (const dir of readdirSync(LESSONS_DIR).filter((d) => /^\d\d-/.test(d))) {
      const files = readdirSync(join(LESSONS_DIR, dir));
      for (const f of files.filter((x) => /^(scenario|solution-\d+)\.yaml$/.test(x))) {
        const twin = f.replace(/\.yaml$/, '.ko.yaml');
        if (shape(readFileSync(join(LESSONS_DIR, dir, f), 'utf8')).comments.length > 0 && !files.includes(twin))
          missing.push(`${dir}/${twin}`);
      }
    }
    expect(missing).toEqual([]);
    expect(pairs().filter((p) => p.ko === p.en)).toEqual([]);
  });

  for (const p of pairs())
    it(`${p.name}: the same objects, Korean comments where the English has comments`, () => {
      // the same documents and objects
      expect(objects(p.ko)).toEqual(objects(p.en));
      const en = shape(p.en);
      const ko = shape(p.ko);
      // the same bytes outside the comments, and a comment block exactly where the English has one
      expect(ko.tokens).toEqual(en.tokens);
      expect(en.comments.length).toBeGreaterThan(0);
      expect(ko.comments.filter((c) => !HANGUL.test(c))).toEqual([]);
    });
});
