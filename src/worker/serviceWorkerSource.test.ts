import { describe, expect, it } from 'vitest';
import { serviceWorkerSource } from './serviceWorkerSource.ts';
import { WORKER_CSP } from './workerCsp.ts';

describe(serviceWorkerSource, () => {
  const src = serviceWorkerSource('abc123', ['index.html', 'assets/index-x.js', 'sw.js']);

  it('bakes in the version and the asset list (the app shell first, never itself)', () => {
    expect(src).toContain(`const VERSION = "abc123";`);
    expect(src).toContain(`const ASSETS = ["./","index.html","assets/index-x.js"];`);
  });

  it('waits for the user before a new version takes over, and cleans old caches on activate', () => {
    expect(src).toContain(`event.data.type === 'skip-waiting'`);
    expect(src).not.toMatch(/install[\s\S]*skipWaiting\(\)[\s\S]*message/);
    expect(src).toContain(`k.startsWith('ksp-') && k !== CACHE`);
  });

  it('matches cached scripts whatever their Origin header (servers send Vary: Origin)', () => {
    expect(src.match(/ignoreVary: true/g)).toHaveLength(2);
  });

  it("serves worker scripts with the workers' own CSP (they do not inherit the page's)", () => {
    expect(src).toContain(`const WORKER_CSP = ${JSON.stringify(WORKER_CSP)};`);
    expect(src).toContain(`headers.set('Content-Security-Policy', WORKER_CSP)`);
    expect(src).toContain('if (hit) return withWorkerPolicy(request, hit);');
    expect(src).toContain('return withWorkerPolicy(request, response);');
  });

  it('a different build gives a different file (that is how browsers notice an update)', () => {
    expect(serviceWorkerSource('def456', ['index.html'])).not.toBe(src);
  });
});
