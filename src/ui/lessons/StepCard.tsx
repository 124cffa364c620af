// One step of the open lesson: what to do, the goal the simulator will check, the Check button and
// its verdict, a hint on demand, the solution and reset, and the way to the next step.
import '../i18n/laterWords.ts';
import type { Lesson } from '../../scenarios/lessons/index.ts';
import { useLanguage, useT } from '../i18n/useT.ts';
import { LESSONS } from './catalog.ts';
import { pick } from './pick.ts';
import { InlineMarkdown } from './Markdown.tsx';
import { goalNodes, verdictNodes } from './GoalText.tsx';
import { useFill } from './Filled.tsx';
import { useRichT } from '../i18n/richText.tsx';
import {
  check,
  chooseAnswer,
  goToStep,
  openLesson,
  resetStep,
  revealHint,
  showSolution,
  useLessonPosition,
  useLessonStore,
} from './lessonStore.ts';

export function StepCard({ lesson }: { lesson: Lesson }) {
  const t = useT();
  const rt = useRichT();
  const fill = useFill();
  const lang = useLanguage();
  const s = { ...useLessonStore((p) => p), step: useLessonPosition().step };
  const step = lesson.steps[s.step];
  if (!step) return null;
  const last = s.step === lesson.steps.length - 1;
  const nextLesson = LESSONS[LESSONS.findIndex((l) => l.id === lesson.id) + 1];
  const goal = step.goal;
  return (
    <section className="lessons-step" aria-labelledby="lesson-step-title" data-step={step.id}>
      <ol className="lessons-steps" aria-label={t('lessons.steps')}>
        {lesson.steps.map((st, i) => (
          <li key={st.id}>
            <button
              type="button"
              aria-current={i === s.step ? 'step' : undefined}
              onClick={() => goToStep(i)}
              title={pick(st.title, lang)}
            >
              {i + 1}
            </button>
          </li>
        ))}
      </ol>
      <p className="lessons-count">{t('lessons.step', { n: s.step + 1, total: lesson.steps.length })}</p>
      <h3 id="lesson-step-title">{pick(step.title, lang)}</h3>
      <p>
        <InlineMarkdown source={pick(step.text, lang)} fill={fill} />
      </p>
      <p className="lessons-goal">
        <strong>{t('lessons.goal')}:</strong> {goalNodes(goal, rt, fill)}
      </p>
      {goal.type === 'predict' && (
        <fieldset className="lessons-choices">
          <legend>{pick(goal.question, lang)}</legend>
          {s.choices === null ? (
            <p className="k-dim">{t('lessons.loadingChoices')}</p>
          ) : (
            s.choices.map((c) => (
              <label key={c}>
                <input
                  type="checkbox"
                  name={`predict-${step.id}`}
                  value={c}
                  checked={s.answer.includes(c)}
                  onChange={(e) => chooseAnswer(c, e.currentTarget.checked)}
                />{' '}
                <code>{c}</code>
              </label>
            ))
          )}
        </fieldset>
      )}
      <div className="lessons-actions">
        <button type="button" className="k-btn lessons-primary" onClick={() => void check()} disabled={s.checking}>
          {s.checking ? t('lessons.checking') : t('lessons.check')}
        </button>
        {!s.hintShown && (
          <button type="button" className="k-btn" onClick={revealHint}>
            {t('lessons.hint')}
          </button>
        )}
        {step.solution !== undefined && (
          <button type="button" className="k-btn" onClick={showSolution}>
            {t('lessons.solution')}
          </button>
        )}
        <button type="button" className="k-btn" onClick={resetStep}>
          {t('lessons.reset')}
        </button>
      </div>
      <div
        role="status"
        aria-live="polite"
        className="lessons-result"
        data-testid="lesson-result"
        data-passed={s.result ? String(s.result.passed) : undefined}
      >
        {s.result && (
          <>
            <strong className={s.result.passed ? 'lessons-pass' : 'lessons-fail'}>
              {s.result.passed ? t('lessons.passed') : t('lessons.notYet')}
            </strong>
            <p className="lessons-detail">{verdictNodes(s.result, rt, t, lang)}</p>
          </>
        )}
      </div>
      {s.result?.passed && last && <p className="lessons-done">{t('lessons.done')}</p>}
      {/* After the verdict, so a hint never pushes the Check result out of view. */}
      {s.hintShown && (
        <p className="lessons-hint">
          <strong>{t('lessons.hintTitle')}:</strong> <InlineMarkdown source={pick(step.hint, lang)} fill={fill} />
        </p>
      )}
      <div className="lessons-nav-buttons">
        <button type="button" className="k-btn" disabled={s.step === 0} onClick={() => goToStep(s.step - 1)}>
          {t('lessons.previous')}
        </button>
        {!last && (
          <button type="button" className="k-btn" onClick={() => goToStep(s.step + 1)}>
            {t('lessons.next')}
          </button>
        )}
        {last && nextLesson && (
          <button type="button" className="k-btn" onClick={() => openLesson(nextLesson.id)}>
            {t('lessons.nextLesson')}
          </button>
        )}
      </div>
    </section>
  );
}
