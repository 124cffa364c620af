// Keeps the lesson panel's selection and the app store's `lesson`/`lessonStep` (which share links
// and embeds read and write, src/ui/share) the same, in both directions.
import { setLessonStep, useStore } from '../store.ts';
import { selectStep, useLessonStore } from './lessonStore.ts';

let stop: (() => void) | null = null;

export function startLessonSync(): () => void {
  if (stop) return stop;
  const app = useStore.getState();
  if (app.lesson !== null) selectStep(app.lesson, app.lessonStep);
  const offLessons = useLessonStore.subscribe((s, prev) => {
    if (s.lessonId === prev.lessonId && s.step === prev.step) return;
    const a = useStore.getState();
    if (a.lesson !== s.lessonId || a.lessonStep !== s.step) setLessonStep(s.lessonId, s.step);
  });
  const offApp = useStore.subscribe((a, prev) => {
    if (a.lesson === prev.lesson && a.lessonStep === prev.lessonStep) return;
    const s = useLessonStore.getState();
    if (a.lesson !== s.lessonId || a.lessonStep !== s.step) selectStep(a.lesson, a.lessonStep);
  });
  stop = () => {
    offLessons();
    offApp();
    stop = null;
  };
  return stop;
}
