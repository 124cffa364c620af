// Composition root: restores the draft (or opens the default scenario), starts the worker
// client, wires it to the store, and renders the app.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import defaultScenario from './scenarios/default.yaml?raw';
import { App } from './ui/App.tsx';
import { connectSim, loadNow, useStore } from './ui/store.ts';
import { createSimClient } from './ui/simClient.ts';
import { applyTheme, readDraft, readTheme, startAutosave } from './ui/persistence.ts';
import { installTestHook } from './ui/testHook.ts';
import './ui/app.css';

applyTheme(readTheme());
const draft = readDraft();
useStore.setState({ text: draft?.text ?? defaultScenario, seed: draft?.seed ?? useStore.getState().seed });
const client = createSimClient();
connectSim(client);
loadNow();
startAutosave();
installTestHook(client);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
