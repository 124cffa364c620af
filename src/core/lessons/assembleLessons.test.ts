// How a lesson folder's Korean YAML twins (scenario.ko.yaml, solution-N.ko.yaml) become the
// lesson's `yaml.ko`, and what a folder without them gets: the English files.
import { describe, expect, it } from 'vitest';
import { readLessonFolders } from '../../cli/lessons.ts';
import { assembleLessons, stepStart, translatedName } from './assembleLessons.ts';
import type { LessonFiles } from './types.ts';

const folder = (): LessonFiles => structuredClone(readLessonFolders().find((f) => f.dir === '01-why-services')!);
const withoutTwins = (f: LessonFiles): LessonFiles => ({
  ...f,
  extra: Object.fromEntries(Object.entries(f.extra).filter(([name]) => !name.endsWith('.ko.yaml'))),
});

describe('the Korean YAML of a lesson', () => {
  it('names the twin of a file', () => {
    expect(translatedName('scenario.yaml', 'ko')).toBe('scenario.ko.yaml');
    expect(translatedName('solution-3.yaml', 'ko')).toBe('solution-3.ko.yaml');
    expect(translatedName('solution-3.yaml', 'en')).toBe('solution-3.yaml');
  });

  it('takes scenario.ko.yaml and solution-N.ko.yaml for ko, the English files for en', () => {
    const f = folder();
    const { lessons, problems } = assembleLessons([f]);
    expect(problems).toEqual([]);
    const l = lessons[0]!;
    expect(l.yaml.en).toEqual({ scenario: l.scenario, solutions: l.solutions });
    expect(l.yaml.ko.scenario).toBe(f.extra['scenario.ko.yaml']);
    const step = l.steps.find((s) => s.solution)!;
    expect(l.yaml.ko.solutions[step.id]).toBe(f.extra[translatedName(step.solution!, 'ko')]);
    expect(l.yaml.ko.solutions[step.id]).not.toBe(l.solutions[step.id]);
    // a step starts from the previous step's solution in the language asked for
    const next = l.steps.indexOf(step) + 1;
    expect(stepStart(l, next, 'ko')).toBe(l.yaml.ko.solutions[step.id]);
    expect(stepStart(l, next)).toBe(l.solutions[step.id]);
    expect(stepStart(l, 0, 'ko')).toBe(l.yaml.ko.scenario);
  });

  it('a folder without Korean YAML is still a lesson, its ko the English files', () => {
    const { lessons, problems } = assembleLessons([withoutTwins(folder())]);
    expect(problems).toEqual([]);
    expect(lessons[0]!.yaml.ko).toEqual(lessons[0]!.yaml.en);
    // one twin only: the other files fall back one by one
    const f = withoutTwins(folder());
    f.extra['scenario.ko.yaml'] = folder().extra['scenario.ko.yaml']!;
    const one = assembleLessons([f]).lessons[0]!;
    expect(one.yaml.ko.scenario).not.toBe(one.scenario);
    expect(one.yaml.ko.solutions).toEqual(one.solutions);
  });

  it('reports a twin of a file the lesson does not use, and an empty twin', () => {
    const f = folder();
    f.extra['soluton-3.ko.yaml'] = f.extra['solution-3.ko.yaml']!;
    const r = assembleLessons([f]);
    expect(r.lessons).toEqual([]);
    expect(r.problems).toMatchObject([{ dir: '01-why-services', file: 'soluton-3.ko.yaml' }]);
    const g = folder();
    g.extra['scenario.ko.yaml'] = '\n';
    expect(assembleLessons([g]).problems).toMatchObject([
      { file: 'scenario.ko.yaml', message: 'scenario.ko.yaml is empty' },
    ]);
  });
});
