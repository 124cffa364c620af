// The Content Security Policy of the app's Web Workers (simulation, Monaco's editor worker,
// monaco-yaml). A worker loaded from a URL does not inherit the page's policy (the page's is a
// <meta> in index.html); its own comes from the response that served its script (CSP3 §4.2.2
// "Initialize a global object's CSP list"; MDN "Content-Security-Policy: worker contexts").
// vite.config.ts serves this header on every worker script request (dev and preview), and the
// offline service worker adds it to the worker scripts it serves from its cache, so the built
// app's workers run under it on any static host once installed.
// Same-origin scripts only, no eval/new Function, no requests to other origins.
export const WORKER_CSP = "default-src 'none'; script-src 'self'; connect-src 'self'; base-uri 'none'";

/** Fetch destinations of worker scripts (Fetch standard, RequestDestination). */
export const WORKER_DESTINATIONS: readonly string[] = ['worker', 'sharedworker'];
