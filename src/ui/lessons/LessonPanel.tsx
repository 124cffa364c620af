// The Lessons tab: the lessons in the seed's order on the left, the open lesson on the right
// (its introduction, its steps, Check / hint / solution / reset, previous / next).
import '../i18n/laterWords.ts';
import { useEffect } from 'react';
import { useT, useLanguage } from '../i18n/useT.ts';
import { LESSONS, findLesson } from './catalog.ts';
import { openLesson, startLessonSync, useLessonPosition } from './lessonStore.ts';
import { pick } from './pick.ts';
import { Markdown } from './Markdown.tsx';
import { useFill } from './Filled.tsx';
import { StepCard } from './StepCard.tsx';
import { ReplaceBar } from './ReplaceBar.tsx';
import './lessons.css';

export function LessonPanel() {
  const t = useT();
  const lang = useLanguage();
  const { lessonId } = useLessonPosition();
  const lesson = findLesson(lessonId);
  const fill = useFill();
  useEffect(() => {
    startLessonSync();
  }, []);
  return (
    <section className="lessons" aria-label={t('lessons.label')} data-testid="lesson-panel">
      <nav className="lessons-nav" aria-label={t('lessons.list')}>
        <ol>
          {LESSONS.map((l) => (
            <li key={l.id}>
              <button
                type="button"
                className="lessons-item"
                aria-current={l.id === lessonId ? 'true' : undefined}
                data-lesson={l.id}
                onClick={() => openLesson(l.id)}
              >
                {pick(l.title, lang)}
              </button>
            </li>
          ))}
        </ol>
      </nav>
      <div className="lessons-body">
        <ReplaceBar />
        {lesson ? (
          <article lang={lang} aria-labelledby="lesson-title">
            <h2 id="lesson-title">{pick(lesson.title, lang)}</h2>
            <details className="lessons-intro" open>
              <summary>{t('lessons.intro')}</summary>
              <Markdown source={pick(lesson.intro, lang)} headingOffset={3} fill={fill} />
            </details>
            <StepCard lesson={lesson} />
          </article>
        ) : (
          <p className="empty">{t('lessons.choose')}</p>
        )}
      </div>
    </section>
  );
}
