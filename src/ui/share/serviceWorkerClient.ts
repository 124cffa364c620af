// Registers the offline cache (the service worker vite.config.ts generates as /sw.js with the
// build's asset list) in production builds only. A new version never takes over an open page: it
// waits, the page says "A new version is available — Reload", and only that click activates it
// and reloads that tab; other open tabs keep their pages (updateFlow.ts).
import { offerUpdate } from '../store.ts';
import { createUpdateFlow } from './updateFlow.ts';

const flow = createUpdateFlow<ServiceWorker>({
  hasController: () => !!navigator.serviceWorker?.controller,
  activate: (worker) => worker.postMessage({ type: 'skip-waiting' }),
  reload: () => location.reload(),
  offered: () => offerUpdate(),
});

export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  navigator.serviceWorker.addEventListener('controllerchange', () => flow.controllerChanged());
  navigator.serviceWorker.register(`${import.meta.env.BASE_URL}sw.js`, { scope: import.meta.env.BASE_URL }).then(
    (reg: ServiceWorkerRegistration | undefined) => {
      // Playwright's serviceWorkers: 'block' (every browser test but the offline one) resolves with nothing.
      if (!reg) return;
      flow.offer(reg.waiting);
      reg.addEventListener('updatefound', () => {
        const next = reg.installing;
        next?.addEventListener('statechange', () => {
          if (next.state === 'installed') flow.offer(next);
        });
      });
    },
    () => undefined, // no offline cache (private mode, file://): the app works online as before
  );
}

/** The user clicked Reload: the waiting version takes over, then this tab (only) reloads. */
export function applyUpdate(): void {
  flow.apply();
}
