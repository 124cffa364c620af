// The page's one console session, wired to the app: the store's worker bridge, the editor's text
// and seed, the store's console slice for its screen, the store's setText for mutations (refused in a read-only embed), and sessionStorage for the history.
import '../i18n/laterWords.ts';
import { consoleSent, setText, simBridge, useStore } from '../store.ts';
import { t } from '../i18n/useT.ts';
import { createConsoleSession, type ConsoleSession } from './consoleSession.ts';
import { messageText } from '../../text/messages.ts';
import { installKubectlNoteEnglish } from '../../text/kubectlNoteMessages.ts';

installKubectlNoteEnglish();

let session: ConsoleSession | null = null;

export function appConsoleSession(): ConsoleSession {
  session ??= createConsoleSession({
    backend: () => simBridge(),
    scenario: () => {
      const s = useStore.getState();
      return { text: s.text, seed: s.seed };
    },
    setText,
    readOnly: () => {
      const embed = useStore.getState().embed;
      return embed && !embed.editable ? t('console.readOnly') : null;
    },
    storage: typeof sessionStorage === 'undefined' ? null : sessionStorage,
    didEffects: consoleSent,
    // kubectl prints the playground's own lines in English; the page words them in its language.
    words: (note) => messageText(useStore.getState().language, note),
    say: (line) => t(`console.${line.key}`, line.vars),
    screen: {
      get: () => useStore.getState().consoleScreen,
      set: (next) => useStore.getState().setConsoleScreen(next),
      subscribe: (listener) =>
        useStore.subscribe((s, prev) => {
          if (s.consoleScreen !== prev.consoleScreen) listener();
        }),
    },
  });
  return session;
}
