// The main view's keyboard shortcuts (issue 15): Space plays or pauses, → / ← step one hop event
// (src/ui/traffic/hopEvents.ts), ? shows the list. Off in presenter and compare mode (they have
// their own keys) and while the key belongs to what has focus (keyTargets.ts).
import { useEffect, useState } from 'react';
import { useStore } from '../store.ts';
import { isTyping, ownsKey } from './keyTargets.ts';

/** Runs the shortcut for `key`; false when the key is not one. */
export function mainKey(key: string, toggleHelp: () => void): boolean {
  const s = useStore.getState();
  switch (key) {
    case ' ':
      if (s.playing) s.pause();
      else s.play();
      return true;
    case 'ArrowRight':
      s.step();
      return true;
    case 'ArrowLeft':
      s.stepBack();
      return true;
    case '?':
      toggleHelp();
      return true;
    default:
      return false;
  }
}

/** Listens for the shortcuts; returns whether the list is open and a way to close it. */
export function useMainKeys(): { helpOpen: boolean; closeHelp: () => void } {
  const [helpOpen, setHelpOpen] = useState(false);
  const mode = useStore((s) => s.classroom.mode);
  const embedded = useStore((s) => s.embed !== null);
  useEffect(() => {
    if (mode !== 'off' || embedded) return;
    const onKey = (e: KeyboardEvent): void => {
      // (Not e.defaultPrevented: React Flow prevents Space on the whole document for its pan key.)
      if (e.ctrlKey || e.metaKey || e.altKey) return;
      if (isTyping(e.target)) return;
      if (ownsKey(e.key, e.target)) return;
      if (mainKey(e.key, () => setHelpOpen((o) => !o))) e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [mode, embedded]);
  return { helpOpen, closeHelp: () => setHelpOpen(false) };
}
