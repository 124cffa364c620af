// Monaco, bundled locally (no CDN: the page must work offline), with the YAML language, its
// workers, and monaco-yaml validating and completing against our Kubernetes schema. Exactly the
// setup described in docs/toolchain.md §3.1–3.2, with the editor features of §3.4. Loaded lazily, after the first diagram.
import * as monaco from 'monaco-editor/editor';
import './monacoFeatures.ts';
import 'monaco-editor/languages/definitions/yaml/register';
import EditorWorker from 'monaco-editor/editor/editor.worker?worker';
import { configureMonacoYaml } from 'monaco-yaml';
import YamlWorker from './yaml.worker.ts?worker';
import { bump } from '../store.ts';
import k8sSchema from './k8s.schema.json';

export const MODEL_URI = 'file:///scenario.yaml';

type WorkerFactory = { getWorker(moduleId: string, label: string): Worker };
const env: WorkerFactory = {
  getWorker(_moduleId, label) {
    switch (label) {
      case 'yaml':
        return new YamlWorker();
      case 'editorWorkerService':
      default:
        return new EditorWorker();
    }
  },
};
(self as unknown as { MonacoEnvironment: WorkerFactory }).MonacoEnvironment = env;

// monaco >= 0.55 wants `createWebWorker({ worker })`; monaco-yaml 5.5.1 (monaco-worker-manager)
// still passes `{ moduleId, label, createData }`. This shim speaks the protocol monaco's own
// languages use: the first message is ignored, the second is the worker's createData
// (remcohaszing/monaco-yaml#272; docs/toolchain.md §3.2).
interface LegacyWorkerOptions {
  worker?: unknown;
  moduleId?: string;
  label?: string;
  createData?: unknown;
  host?: unknown;
  keepIdleModels?: boolean;
}
const createWebWorker = monaco.editor.createWebWorker as (opts: unknown) => unknown;
function legacyCreateWebWorker(opts: LegacyWorkerOptions): unknown {
  if (opts.worker) return createWebWorker(opts);
  const worker = Promise.resolve(env.getWorker(opts.moduleId ?? 'workerMain.js', opts.label ?? 'yaml')).then((w) => {
    w.postMessage('ignore');
    w.postMessage(opts.createData);
    return w;
  });
  return answerOrNothing(
    createWebWorker({ worker, host: opts.host, keepIdleModels: opts.keepIdleModels }) as MonacoWorker,
  );
}

interface MonacoWorker {
  withSyncedResources(resources: unknown[]): Promise<object>;
  dispose(): void;
}

/**
 * monaco-yaml awaits its worker's answers without a catch, so a request that throws in the
 * worker (yaml-language-server on a self-referencing alias: "Maximum call stack size exceeded")
 * became an uncaught page error. Here such a request answers "nothing" (no hover, no schema
 * markers); the playground's own parser reports the problem in the text with its position.
 */
function answerOrNothing(inner: MonacoWorker): MonacoWorker {
  const guard = (proxy: object): object =>
    new Proxy(proxy, {
      get(target, key, receiver) {
        const value: unknown = Reflect.get(target, key, receiver);
        if (typeof value !== 'function') return value;
        return (...args: unknown[]) =>
          Promise.resolve()
            .then(() => (value as (...a: unknown[]) => unknown).apply(target, args))
            .catch(() => {
              bump('yamlRequestsRefused');
              return undefined;
            });
      },
    });
  return {
    withSyncedResources: (resources) => inner.withSyncedResources(resources).then(guard),
    dispose: () => inner.dispose(),
  };
}
const monacoForYaml = { ...monaco, editor: { ...monaco.editor, createWebWorker: legacyCreateWebWorker } };

configureMonacoYaml(monacoForYaml as unknown as Parameters<typeof configureMonacoYaml>[0], {
  enableSchemaRequest: false,
  isKubernetes: true,
  hover: true,
  completion: true,
  validate: true,
  schemas: [{ uri: 'inmemory://schemas/k8s-subset.schema.json', fileMatch: [MODEL_URI], schema: k8sSchema as never }],
});

/**
 * The editor's colour themes: Monaco's own, except that the dark theme's comment green (#608b4e on
 * #1e1e1e, contrast 4.2:1) fails WCAG AA's 4.5:1 for normal text (axe, e2e/a11y.spec.ts); #7ca668 gives 6:1.
 */
monaco.editor.defineTheme('ksp-dark', {
  base: 'vs-dark',
  inherit: true,
  rules: [{ token: 'comment', foreground: '7ca668' }],
  colors: {},
});
export const editorTheme = (theme: 'light' | 'dark'): string => (theme === 'dark' ? 'ksp-dark' : 'vs');

export { monaco };
