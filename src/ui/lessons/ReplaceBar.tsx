// The two moments the editor text changes hands: the question before a lesson, solution or reset
// replaces the learner's text, and the Undo that puts it back afterwards.
import '../i18n/laterWords.ts';
import { useT } from '../i18n/useT.ts';
import type { MessageKey } from '../i18n/en.ts';
import {
  cancelReplace,
  confirmReplace,
  dismissUndo,
  undoReplace,
  useLessonStore,
  type ReplaceCause,
} from './lessonStore.ts';
import { findLesson, LESSONS } from './catalog.ts';
import { pick } from './pick.ts';
import { useLanguage } from '../i18n/useT.ts';

const QUESTION: Record<ReplaceCause, MessageKey> = {
  lesson: 'lessons.confirmLesson',
  solution: 'lessons.confirmSolution',
  reset: 'lessons.confirmReset',
};
const CAUSE: Record<ReplaceCause, MessageKey> = {
  lesson: 'lessons.causeLesson',
  solution: 'lessons.causeSolution',
  reset: 'lessons.causeReset',
};

export function ReplaceBar() {
  const t = useT();
  const lang = useLanguage();
  const confirm = useLessonStore((s) => s.confirm);
  const undo = useLessonStore((s) => s.undo);
  if (confirm) {
    const lesson = findLesson(confirm.lessonId) ?? LESSONS[0];
    return (
      <div
        role="alertdialog"
        aria-labelledby="lesson-confirm-title"
        aria-describedby="lesson-confirm-text"
        className="lessons-confirm"
      >
        <strong id="lesson-confirm-title">{t('lessons.confirmTitle')}</strong>
        <p id="lesson-confirm-text">
          {t(QUESTION[confirm.cause], { title: lesson ? pick(lesson.title, lang) : confirm.title })}
        </p>
        <button type="button" className="k-btn lessons-primary" onClick={confirmReplace} autoFocus>
          {t('lessons.replace')}
        </button>
        <button type="button" className="k-btn" onClick={cancelReplace}>
          {t('lessons.cancel')}
        </button>
      </div>
    );
  }
  if (!undo) return null;
  return (
    <div role="status" className="lessons-undo">
      <span>{t('lessons.replaced', { cause: t(CAUSE[undo.cause]) })}</span>
      <button type="button" className="k-btn" onClick={undoReplace}>
        {t('lessons.undo')}
      </button>
      <button type="button" className="k-btn" onClick={dismissUndo} aria-label={t('banner.dismiss')}>
        ×
      </button>
    </div>
  );
}
