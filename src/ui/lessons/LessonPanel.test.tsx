// The panel's first markup (server-rendered in Node, which shows zustand's initial state: the
// per-step views are covered by e2e/lessons.spec.ts in the browser).
import { renderToStaticMarkup } from 'react-dom/server';
import { beforeEach, describe, expect, it } from 'vitest';
import { useStore } from '../store.ts';
import { LESSONS } from './catalog.ts';
import { LessonPanel } from './LessonPanel.tsx';
import { resetLessonStore } from './lessonStore.ts';

beforeEach(() => {
  resetLessonStore();
  useStore.setState({ language: 'en', text: '' });
});

describe(LessonPanel, () => {
  it('lists every lesson in order and asks to choose one', () => {
    const html = renderToStaticMarkup(<LessonPanel />);
    const ids = [...html.matchAll(/data-lesson="([^"]+)"/g)].map((m) => m[1]);
    expect(ids).toEqual(LESSONS.map((l) => l.id));
    expect(html).toContain('Choose a lesson to start.');
  });
});
