// Every step of every lesson, rendered in English and Korean the way the panel shows it: the
// introduction, the step's text, goal and hint, and the Check's verdict before and after the edit.
// No placeholder (`{clusterIP:my-service}`) and no literal backtick ever reaches the page: values
// the cluster has are shown, the others described in words, code as code spans.
import { renderToStaticMarkup } from 'react-dom/server';
import { beforeEach, describe, expect, it } from 'vitest';
import { loadScenario } from '../../core/scenario/index.ts';
import { checkGoalOn, fillTemplate, stepStart, type GoalResult } from '../../core/lessons/index.ts';
import { useStore } from '../store.ts';
import { LESSONS } from './catalog.ts';
import { LessonPanel } from './LessonPanel.tsx';
import { lessonTemplates, resetLessonStore } from './lessonStore.ts';

const LEAK = /\{\w+:[^{}\s]+\}/;

/** The page's text: tags dropped, entities decoded. */
function textOf(html: string): string {
  return html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

// Server rendering reads a zustand store's initial state (useSyncExternalStore's server snapshot),
// so each case writes its state there too, and the initial states are put back afterwards.
const initialApp = { ...useStore.getInitialState() };
function render(): string {
  Object.assign(useStore.getInitialState(), useStore.getState());
  return renderToStaticMarkup(<LessonPanel />);
}
beforeEach(() => {
  resetLessonStore();
  return () => {
    Object.assign(useStore.getInitialState(), initialApp);
  };
});

describe('what the lesson panel shows', () => {
  for (const lang of ['en', 'ko'] as const) {
    for (const lesson of LESSONS) {
      it(`${lesson.dir} in ${lang}: values, not placeholders; code spans, not backticks`, () => {
        const templates = lessonTemplates(lesson);
        lesson.steps.forEach((step, i) => {
          const start = stepStart(lesson, i);
          const end = lesson.solutions[step.id] ?? start;
          for (const [label, yaml, filled] of [
            ['before the core answers', start, false],
            ['on the text the step starts from', start, true],
            ['on its solution', end, true],
          ] as const) {
            const scenario = loadScenario(yaml, { seed: 1 });
            const verdict: GoalResult = checkGoalOn(scenario, step.goal, 1);
            useStore.setState({ language: lang, text: yaml, lesson: lesson.id, lessonStep: i });
            useStore.getState().patchLessonPanel({
              filled: filled ? Object.fromEntries(templates.map((t) => [t, fillTemplate(scenario.state, t)])) : {},
              hintShown: true,
              result: { passed: verdict.passed, code: verdict.code, params: verdict.params },
            });
            const text = textOf(render());
            expect(text).toContain(step.title[lang]);
            const where = `${lesson.id} step ${step.id} ${label}`;
            expect(text, where).not.toMatch(LEAK);
            expect(text, where).not.toContain('`');
            // The verdict was worded from the dictionary (an unknown key would show as the key).
            expect(text, where).not.toMatch(/\bcheck\.[a-z]+\.?[a-zA-Z]*/);
          }
        });
      });
    }
  }

  it('shows the cluster’s values where the text names them (lesson 3: the ClusterIP, lesson 6: every node)', () => {
    const busybox = LESSONS.find((l) => l.id === 'clusterip-busybox')!;
    const s = loadScenario(busybox.scenario, { seed: 1 });
    const ip = s.state.services.find((x) => x.metadata?.name === 'my-service')!.spec!.clusterIP!;
    useStore.setState({ language: 'en', text: busybox.scenario, lesson: busybox.id, lessonStep: 1 });
    useStore.getState().patchLessonPanel({
      filled: Object.fromEntries(lessonTemplates(busybox).map((t) => [t, fillTemplate(s.state, t)])),
    });
    const html = render();
    expect(html).toContain(
      `<code>kubectl run -it --rm --image=busybox test --restart=Never -- wget -O- -q ${ip}</code>`,
    );
    // Before the core has answered, the placeholder is described, not shown raw.
    useStore.getState().patchLessonPanel({ filled: {} });
    expect(textOf(render())).toContain('ClusterIP of my-service');
  });
});
