// The page's one console session, wired to the app: the store's worker bridge, the editor's text
// and seed, the store's setText for mutations, and sessionStorage for the history.
import { setText, simBridge, useStore } from '../store.ts';
import { createConsoleSession, type ConsoleSession } from './consoleSession.ts';

let session: ConsoleSession | null = null;

export function appConsoleSession(): ConsoleSession {
  session ??= createConsoleSession({
    backend: () => simBridge(),
    scenario: () => {
      const s = useStore.getState();
      return { text: s.text, seed: s.seed };
    },
    setText,
    storage: typeof sessionStorage === 'undefined' ? null : sessionStorage,
  });
  return session;
}
