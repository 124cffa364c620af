// Embed mode at start-up: the settings from the query, and configuration by postMessage from the
// one origin the query names (`?origin=`) — from the parent frame only, and only known fields
// (readEmbedMessage), coalesced per short window. Without `origin`, messages are ignored entirely.
import { pause, play, setEmbed, setLanguage, setLessonStep, useStore } from '../store.ts';
import { applyTheme } from '../persistence.ts';
import { createMessageCoalescer, parseEmbedParams, readEmbedMessage } from './embedParams.ts';

/** Reads `?embed…`; returns whether the page is an embed. */
export function startEmbed(search: string): boolean {
  const config = parseEmbedParams(search);
  if (!config) return false;
  setEmbed(config);
  if (config.theme) applyTheme(config.theme);
  // `lang=` wins; without it the reader's browser chose already (an embed never reads saved settings).
  if (config.language) setLanguage(config.language);
  if (config.step !== null) setLessonStep(useStore.getState().lesson, config.step);
  if (!config.autoplay) holdAutoplay();
  // A burst of messages is applied once per short window, as its last values (one render, not hundreds).
  const configure = createMessageCoalescer(
    (m) => {
      if (m.theme) applyTheme(m.theme);
      if (m.step !== undefined) setLessonStep(useStore.getState().lesson, m.step);
      if (m.playing === true) play();
      if (m.playing === false) pause();
    },
    (run, ms) => window.setTimeout(run, ms),
  );
  window.addEventListener('message', (e: MessageEvent) => {
    if (e.source !== window.parent || window.parent === window) return;
    const m = readEmbedMessage(e.data, e.origin, config.messageOrigin);
    if (m) configure(m);
  });
  return true;
}

/**
 * `autoplay=0`: the traffic view starts playing on its own when a scenario arrives; in this embed
 * that first start is undone until the reader presses a key or clicks (then play works as usual).
 */
function holdAutoplay(): void {
  let reader = false;
  const mark = (): void => {
    reader = true;
    unsubscribe();
  };
  const unsubscribe = useStore.subscribe((s, prev) => {
    if (!reader && s.playing && !prev.playing) pause();
  });
  window.addEventListener('pointerdown', mark, { once: true, capture: true });
  window.addEventListener('keydown', mark, { once: true, capture: true });
}
