// Composition root, loaded by src/main.tsx once the worker is starting: the UI language, embed
// settings from the query, the draft (or the default scenario), then a share link in the fragment (which asks before replacing a draft), the worker
// client (also the lessons' Check), autosave, the offline cache, and the app.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { DEFAULT_SCENARIOS, isDefaultScenario } from './ui/firstScenario.ts';
import { App } from './ui/App.tsx';
import { connectSim, loadNow, setLanguage, startScenario, useStore } from './ui/store.ts';
import { createSimClient } from './ui/simClient.ts';
import { diagramShown } from './ui/diagram/diagramShown.ts';
import { applyTheme, loadSession, readDraft, readTheme, startAutosave } from './ui/persistence.ts';
import { installTestHook } from './ui/testHook.ts';
import { afterFirstDiagram, afterFirstPackets, afterFirstPacketsAtRest } from './ui/startupGate.ts';
import { startEmbed } from './ui/share/embedBoot.ts';
import { isShareFragment } from './ui/share/shareFragment.ts';
import { startLanguage } from './ui/i18n/language.ts';
import { loadLanguage } from './ui/i18n/pageLanguage.ts';
import './ui/app.css';

applyTheme(readTheme());
startLanguage();
const embedded = startEmbed(location.search);
// A Korean page speaks Korean from its first text: its catalogues (a small chunk, fetched since
// src/main.tsx) are installed before the page renders or opens a link (whose notices are worded
// when they are shown); if they cannot be fetched, the page starts in English. English waits for
// nothing. (Not a top-level await: with one, the bundler splits the app into many small chunks.)
const startLang = useStore.getState().language;
const worded = startLang === 'en' ? null : loadLanguage(startLang).catch(() => setLanguage('en'));
const whenWorded = (go: () => void): void => void (worded ? worded.then(go) : go());
// Embeds never read or write the visitor's drafts: they show their link (or the default).
const draft = embedded ? null : loadSession();
startScenario({
  // No draft: the built-in scenario with its comments in the page's language.
  text: draft?.text ?? DEFAULT_SCENARIOS[useStore.getState().language],
  ...(draft ? { seed: draft.seed, clients: draft.clients } : {}),
});
// The first traffic request waits for the first diagram to show (a good load with no box to draw: a
// second after the first diagram's gate), so the data path's code is fetched after the diagram, not before it.
const firstTraffic = Promise.race([
  diagramShown,
  new Promise<void>((go) => afterFirstDiagram(() => window.setTimeout(go, 1000))),
]);
const client = createSimClient(undefined, undefined, firstTraffic);
connectSim(client);
// The lessons' Check runs in the same worker. The lesson catalog loads off the start-up path, after
// the first packets; the lesson and step live in the app store (share links set them) and the
// panel follows them.
afterFirstPackets(
  () =>
    void Promise.all([import('./ui/lessons/lessonStore.ts'), import('./ui/console/appSession.ts')]).then(
      ([m, consoleModule]) => {
        // A kubectl step is checked against what the learner ran in this page's console.
        m.connectLessons(client, () => consoleModule.appConsoleSession().records());
        m.startLessonSync();
      },
    ),
);
if (!isShareFragment(location.hash)) loadNow();
// A saved draft that is only the default scenario is not work to protect.
const hasOwnDraft = (): boolean => {
  const d = embedded ? null : readDraft();
  return d !== null && !isDefaultScenario(d.text);
};
// The share-link code (opening a link, writing the address bar) loads at once for a visit that
// opens a link, and after the first packets otherwise: the address bar starts following then.
const shareLinks = () => Promise.all([import('./ui/share/openLink.ts'), import('./ui/share/addressBar.ts')]);
// A link that was refused or is waiting for the user's choice: show the draft meanwhile.
const showDraft = (): void => {
  if (useStore.getState().counters.loadsSent === 0) loadNow();
};
const openLinks = (): void =>
  void shareLinks().then(
    ([link, address]) =>
      link.openLinkFromLocation(hasOwnDraft()).finally(() => {
        showDraft();
        // From now on the address bar holds the scenario on screen (a copied URL is the current state).
        address.startAddressBar();
      }),
    showDraft,
  );
whenWorded(() => {
  if (isShareFragment(location.hash)) openLinks();
  else afterFirstPackets(openLinks);
  // A link pasted into the address bar of an open page: the same rules (ask over a saved draft).
  window.addEventListener(
    'hashchange',
    () => void shareLinks().then(([link]) => link.openLinkFromLocation(hasOwnDraft())),
  );
});
startAutosave();
installTestHook(client);
// The offline cache downloads every asset (Monaco included) when it installs: started during
// start-up it queued the worker's own script behind 4 MB of fetches (bench: first diagram 2.0 s).
// Chrome then compiles each cached script for its code cache (~0.2 s of a core on the bench's VM),
// which ran beside the first edits when it started with the editor: it waits for a pause in typing.
// Its code loads then too, not before the first diagram.
afterFirstPacketsAtRest(
  () =>
    void import('./ui/share/serviceWorkerClient.ts').then(
      (m) => m.registerServiceWorker(),
      () => undefined, // its chunk did not load (the network went away): no offline cache this visit
    ),
);

whenWorded(() =>
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App />
    </StrictMode>,
  ),
);
