/// <reference types="vitest/config" />
import { createHash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { serviceWorkerSource } from './src/worker/serviceWorkerSource.ts';
import { WORKER_CSP, WORKER_DESTINATIONS } from './src/worker/workerCsp.ts';

// monaco-worker-manager (used by monaco-yaml) deep-imports monaco-editor/esm/vs/..., which the
// exports map of monaco-editor >= 0.56 no longer allows (docs/toolchain.md §3.2).
const monacoEsm = fileURLToPath(new URL('./node_modules/monaco-editor/esm/vs/', import.meta.url));

/** Files under public/ (copied as they are into the build). */
function publicFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  const walk = (d: string): void => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else out.push(relative(dir, p).split('\\').join('/'));
    }
  };
  walk(dir);
  return out;
}

/** Emits /sw.js (the offline cache) listing every built file, versioned by their content. */
function offlineServiceWorker(): Plugin {
  let publicDir = '';
  return {
    name: 'ksp-offline-service-worker',
    apply: 'build',
    configResolved(config) {
      publicDir = config.publicDir;
    },
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        const hash = createHash('sha256');
        const files = [...Object.keys(bundle), ...publicFiles(publicDir)].filter((f) => !f.endsWith('.map')).sort();
        for (const f of files) {
          const item = bundle[f];
          hash.update(f);
          if (item?.type === 'asset')
            hash.update(typeof item.source === 'string' ? item.source : Buffer.from(item.source));
        }
        const version = hash.digest('hex').slice(0, 16);
        this.emitFile({ type: 'asset', fileName: 'sw.js', source: serviceWorkerSource(version, files) });
      },
    },
  };
}

/**
 * The entry (src/main.tsx) starts the worker, then imports the app with import(). Vite preloads
 * that chunk (and its CSS) only when the entry runs; links in the page let the browser fetch them
 * in parallel with the entry instead (`npm run bench`, section 5).
 */
function preloadApp(): Plugin {
  let base = '/';
  return {
    name: 'ksp-preload-app',
    apply: 'build',
    configResolved(config) {
      base = config.base;
    },
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        const chunks = Object.values(ctx.bundle ?? {}).filter((c) => c.type === 'chunk');
        const app = chunks.find((c) => c.facadeModuleId?.endsWith('/src/startApp.tsx'));
        if (!app) return [];
        const entries = new Set(chunks.filter((c) => c.isEntry).map((c) => c.fileName));
        const css = [...(app.viteMetadata?.importedCss ?? [])].map((file) => ({
          // `preload`, not `stylesheet`: a stylesheet in the page holds back the entry script (and so
          // the worker's start) until it has loaded; the app inserts the stylesheet itself.
          tag: 'link',
          injectTo: 'head' as const,
          attrs: { rel: 'preload', as: 'style', crossorigin: '', href: `${base}${file}` },
        }));
        return [
          ...css,
          ...[app.fileName, ...app.imports]
            .filter((f) => !entries.has(f))
            .map((file) => ({
              tag: 'link',
              injectTo: 'head' as const,
              attrs: { rel: 'modulepreload', crossorigin: '', href: `${base}${file}` },
            })),
        ];
      },
    },
  };
}

/**
 * In the "cli-built" test project the CLI tests' `import { main } from './main.ts'` (directly or through
 * their runner, src/cli/runCaptured.ts) gets the bundle
 * that `npx ksp` runs (dist-cli/ksp.mjs, scripts/build-cli.mjs), so every CLI case runs against the
 * TypeScript source and against the shipped build.
 */
function cliBundleForTests(): Plugin {
  const source = fileURLToPath(new URL('./src/cli/main.ts', import.meta.url));
  const bundle = fileURLToPath(new URL('./dist-cli/ksp.mjs', import.meta.url));
  return {
    name: 'ksp-cli-bundle-for-tests',
    enforce: 'pre',
    resolveId(id, importer) {
      const fromTest = importer?.endsWith('.test.ts') || importer?.endsWith('/src/cli/runCaptured.ts');
      if (importer && fromTest && resolve(dirname(importer), id) === source) return bundle;
      return null;
    },
  };
}

/**
 * Serves worker scripts with the workers' own Content-Security-Policy header (src/worker/workerCsp.ts):
 * the page's <meta> policy does not reach them. Browsers mark a worker script's request with
 * `Sec-Fetch-Dest: worker`.
 */
function workerCspHeader(): Plugin {
  const middleware = (req: IncomingMessage, res: ServerResponse, next: () => void): void => {
    const dest = req.headers['sec-fetch-dest'];
    if (typeof dest === 'string' && WORKER_DESTINATIONS.includes(dest))
      res.setHeader('Content-Security-Policy', WORKER_CSP);
    next();
  };
  return {
    name: 'ksp-worker-csp',
    configureServer(server) {
      server.middlewares.use(middleware);
    },
    configurePreviewServer(server) {
      server.middlewares.use(middleware);
    },
  };
}

/**
 * `vite preview` gzips every response as it sends it; KSP_PREVIEW_UNCOMPRESSED=1 (the browser tests' server,
 * playwright.config.ts) asks it for the files as they are. Over localhost the compression bought the
 * tests nothing and cost the server ~0.8 s of CPU a page load (the 3.9 MB editor chunk alone ~0.15 s,
 * and the service worker fetches every built file again), CPU the two test workers' browsers wait for.
 * Registered before Vite's own middlewares, it hides the request's Accept-Encoding from the compression.
 */
function uncompressedPreview(): Plugin {
  return {
    name: 'ksp-uncompressed-preview',
    configurePreviewServer(server) {
      if (process.env.KSP_PREVIEW_UNCOMPRESSED !== '1') return;
      server.middlewares.use((req: IncomingMessage, _res: ServerResponse, next: () => void) => {
        delete req.headers['accept-encoding'];
        next();
      });
    },
  };
}

/** The test files of modules that keep state on purpose: each gets a fresh module registry. */
const statefulTests = ['src/ui/**/*.test.ts', 'src/ui/**/*.test.tsx', 'src/worker/**/*.test.ts'];

export default defineConfig({
  plugins: [react(), offlineServiceWorker(), preloadApp(), workerCspHeader(), uncompressedPreview()],
  resolve: {
    alias: [
      { find: /^monaco-editor\/esm\/vs\//, replacement: monacoEsm },
      // zustand's traditional store (React Flow's) imports the shim of useSyncExternalStore, which
      // carries a fallback for React before 18; React 19 has the hook, and the package's own
      // with-selector build uses it directly: 0.4 KB gzip less before the first diagram.
      {
        find: /^use-sync-external-store\/shim\/with-selector(\.js)?$/,
        replacement: 'use-sync-external-store/with-selector.js',
      },
    ],
  },
  optimizeDeps: { include: ['yaml', 'monaco-yaml', 'monaco-yaml/yaml.worker.js'] },
  worker: {
    format: 'es',
    // Everything a worker's entry imports statically stays in its entry chunk, which the dynamic
    // chunks import from. Left to itself, rolldown (1.2) moved the modules the simulation worker's
    // first chunk shares with its later chunks (laterEngines, consoleEngines) into chunks of their
    // own once the core's plug-ins went into one of those, and the first diagram then fetched three
    // files, ~5 KB gzip more than one (docs/toolchain.md §3.3).
    rolldownOptions: { output: { codeSplitting: { groups: [{ name: 'initial', tags: ['$initial'] }] } } },
  },
  build: { chunkSizeWarningLimit: 5000, sourcemap: false },
  preview: { port: 5173, strictPort: true },
  test: {
    environment: 'node',
    // Worker threads rather than child processes: the same 1,589 unit tests in 86 s rather than
    // 211 s of wall time with the isolation below (load ~3), and ~35 % less CPU for the page's files.
    pool: 'threads',
    // One worker per core. Vitest's default leaves a core to its main process (cores - 1): on CI's two
    // cores the unit and fuzz suites then ran in one thread. Two threads cost the same CPU time
    // (unit: 176 s vs 179 s user+sys) and use the second core.
    maxWorkers: '100%',
    testTimeout: 30_000,
    // The Korean catalogues are fetched by a page that speaks Korean (src/ui/i18n/pageLanguage.ts);
    // the tests have them installed from the start, with the core's plug-ins (scripts/vitestSetup.ts).
    setupFiles: ['./src/ui/i18n/allLanguages.ts', './scripts/vitestSetup.ts'],
    // `npm run test:unit` runs the fast default (unit, unit-ui, cli-built); `npm run test:fuzz` the
    // fuzz suite (src/core/fuzz and the property tests next to their code, `*.fuzz.test.ts`).
    // `npx vitest run` and `npm test` run all four.
    //
    // Isolation: by default Vitest gives every test file a fresh module registry, and loading the
    // setup files and the modules again for each of ~190 files was ~75 % of the unit run (211 s wall
    // for 45 s of tests). The core, the CLI and the scripts keep no state between calls, so their
    // files share one registry per worker (`isolate: false`: 113 files in 27 s, the same tests
    // passing in shuffled orders). The page's and the worker's modules hold state on purpose (the
    // store, the address bar's memory of what it wrote, the theme), so their files keep a fresh one:
    // run without it in a shuffled order, addressBar.test.ts and topologyHints.test.tsx found the
    // store as an earlier file left it.
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'scripts/**/*.test.ts'],
          exclude: [...statefulTests, 'src/core/fuzz/**', 'src/**/*.fuzz.test.ts'],
          isolate: false,
        },
      },
      {
        extends: true,
        test: { name: 'unit-ui', include: statefulTests, exclude: ['src/**/*.fuzz.test.ts'] },
      },
      {
        extends: true,
        test: {
          name: 'fuzz',
          include: ['src/core/fuzz/**/*.test.ts', 'src/**/*.fuzz.test.ts'],
          isolate: false,
        },
      },
      {
        extends: true,
        plugins: [cliBundleForTests()],
        test: {
          name: 'cli-built',
          include: ['src/cli/**/*.test.ts'],
          exclude: ['src/cli/process.test.ts'], // runs the bundle already, as a process
          isolate: false,
          globalSetup: ['./scripts/build-cli.mjs'],
          // Node itself loads the bundle, as `npx ksp` does (no Vite transform in between).
          server: { deps: { external: [/\/dist-cli\//] } },
        },
      },
    ],
  },
});
