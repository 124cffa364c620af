// Registers the offline cache (the service worker vite.config.ts generates as /sw.js with the
// build's asset list) in production builds only. A new version never takes over an open page: it
// waits, the page says "A new version is available — Reload", and only that click activates it.
import { useStore } from '../store.ts';

let waiting: ServiceWorker | null = null;

function offer(worker: ServiceWorker | null): void {
  if (!worker || !navigator.serviceWorker.controller) return; // first install: nothing to replace
  waiting = worker;
  useStore.setState({ updateAvailable: true });
}

export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  let reloading = false;
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    // Only a reload the user asked for; the first install's claim() must not reload the page.
    if (!waiting || reloading) return;
    reloading = true;
    location.reload();
  });
  navigator.serviceWorker.register(`${import.meta.env.BASE_URL}sw.js`, { scope: import.meta.env.BASE_URL }).then(
    (reg) => {
      offer(reg.waiting);
      reg.addEventListener('updatefound', () => {
        const next = reg.installing;
        next?.addEventListener('statechange', () => {
          if (next.state === 'installed') offer(next);
        });
      });
    },
    () => undefined, // no offline cache (private mode, file://): the app works online as before
  );
}

/** The user clicked Reload: the waiting version takes over, then the page reloads (controllerchange). */
export function applyUpdate(): void {
  if (waiting) waiting.postMessage({ type: 'skip-waiting' });
  else location.reload();
}
