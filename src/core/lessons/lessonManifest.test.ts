import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseLessonManifest } from './lessonManifest.ts';

const fixture = (f: string) => readFileSync(new URL(`./fixtures/${f}`, import.meta.url), 'utf8');

describe('parseLessonManifest', () => {
  it("reports each of a teacher's typos at its line:column", () => {
    const r = parseLessonManifest(fixture('typo-lesson.yaml'));
    if (r.ok) throw new Error('expected errors');
    const at = r.errors.map((e) => `${e.line}:${e.column} ${e.message}`);
    expect(at).toContain('1:5 id must be lower-case letters, digits and \'-\' (got "Typo_Lesson")');
    expect(at).toContain('4:3 title.ko is missing or empty: write the text in Korean');
    expect(at).toContain('13:12 a reach goal has no field "too" (it takes from, to, count, expect)');
    expect(at).toContain('11:7 a reach goal needs "to"');
    expect(at).toContain(
      '19:13 unknown goal type "teleport" (use one of: reach, distribution, sticky, fails, valid, invalid, object, predict, kubectl, expires)',
    );
  });

  it('reports YAML syntax errors with their position instead of throwing', () => {
    const r = parseLessonManifest('id: x\ntitle: { en: One, two, ko: 하나 }\n');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors[0]).toMatchObject({ line: 2, message: 'unknown language "two" (use en and ko)' });
    const bad = parseLessonManifest('id: [unclosed\n');
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.errors[0]!.message).toMatch(/^YAML syntax: /);
  });

  it('parses a good manifest, with argv and stdoutIncludes given as strings', () => {
    const r = parseLessonManifest(
      [
        'id: demo',
        'order: 3',
        'title: { en: Demo, ko: 데모 }',
        'clients: [{ id: c, from: external, to: "nodeport/web@node-1", rate: 2 }]',
        'steps:',
        '  - id: look',
        '    title: { en: Look, ko: 보기 }',
        '    text: { en: T, ko: 글 }',
        '    hint: { en: H, ko: 힌트 }',
        '    goal: { type: kubectl, argv: get svc -o wide, stdoutIncludes: ClusterIP }',
        '    solution: solution-1.yaml',
      ].join('\n'),
    );
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    expect(r.manifest.steps[0]!.goal).toEqual({
      type: 'kubectl',
      argv: ['get', 'svc', '-o', 'wide'],
      stdoutIncludes: ['ClusterIP'],
    });
    expect(r.manifest.clients).toEqual([
      {
        id: 'c',
        from: { kind: 'external' },
        to: { kind: 'nodePort', namespace: 'default', service: 'web', node: 'node-1' },
        rate: 2,
      },
    ]);
    expect(r.manifest.steps[0]!.solution).toBe('solution-1.yaml');
  });

  it('rejects bad field values: outcome, counts, duplicate step ids, missing steps', () => {
    const step = (id: string, goal: string) => [
      `  - id: ${id}`,
      '    title: { en: A, ko: 가 }',
      '    text: { en: A, ko: 가 }',
      '    hint: { en: A, ko: 가 }',
      `    goal: ${goal}`,
    ];
    const r = parseLessonManifest(
      [
        'id: demo',
        'order: 1',
        'title: { en: D, ko: 디 }',
        'steps:',
        ...step('a', '{ type: fails, from: external, to: web, outcome: boom }'),
        ...step('b', '{ type: distribution, from: external, to: web, count: 0, minPods: 2 }'),
        ...step('c', '{ type: valid }'),
        ...step('c', '{ type: valid }'),
      ].join('\n'),
    );
    if (r.ok) throw new Error('expected errors');
    expect(r.errors.map((e) => e.message)).toEqual([
      'outcome must be one of ok, refused, timeout, dns-error, http-error, unreachable',
      'count must be a whole number from 1 to 500',
      'duplicate step id "c"',
    ]);
    const empty = parseLessonManifest('id: demo\norder: 1\ntitle: { en: D, ko: 디 }\nsteps: []\n');
    expect(empty.ok ? [] : empty.errors.map((e) => e.message)).toEqual(['steps must be a non-empty list']);
  });
});
