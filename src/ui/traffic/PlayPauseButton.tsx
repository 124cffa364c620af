// The one Play / Pause button (traffic strip, embed widget, compare): pressed while the clock runs.
import { pause, play, useStore } from '../store.ts';
import { useT } from '../i18n/useT.ts';
import { PauseIcon, PlayIcon } from '../icons.tsx';

/** `icons`: an icon before the word, the word in `wordClass` (the embed hides it on a narrow frame). */
export function PlayPauseButton({
  testId = 'play',
  icons = false,
  className = 'k-btn',
  wordClass,
}: {
  testId?: string;
  icons?: boolean;
  className?: string;
  wordClass?: string;
}) {
  const t = useT();
  const playing = useStore((s) => s.playing);
  const word = playing ? t('traffic.pause') : t('traffic.play');
  return (
    <button
      type="button"
      className={className}
      aria-pressed={playing}
      onClick={() => (playing ? pause() : play())}
      data-testid={testId}
    >
      {icons && (playing ? <PauseIcon /> : <PlayIcon />)}
      {wordClass ? <span className={wordClass}>{word}</span> : word}
    </button>
  );
}
