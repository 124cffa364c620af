// window.__ksp: a read-only window on the store for the Playwright tests (counters and a
// summary; docs/toolchain.md §7). Always present, harmless: it exposes nothing the page
// does not already show.
import { useStore } from './store.ts';
import type { SimClient } from './simClient.ts';

export interface KspTestHook {
  readonly counters: ReturnType<typeof useStore.getState>['counters'];
  readonly summary: {
    pods: number;
    services: number;
    nodes: number;
    stale: boolean;
    errors: number;
    diagnostics: number;
    results: number;
    time: number;
    playing: boolean;
    seed: number;
    lesson: string | null;
    lessonStep: number;
    theme: string;
    embed: boolean;
    clients: string[];
    /** The clients that resolved on the last traffic answer (the others name nothing in this scenario). */
    running: string[];
  };
  readonly text: string;
  kubectl(argv: string[]): Promise<{ stdout: string; stderr: string; exitCode: number }>;
}

declare global {
  interface Window {
    __ksp?: KspTestHook;
  }
}

export function installTestHook(client: SimClient): void {
  const hook: KspTestHook = {
    get counters() {
      return { ...useStore.getState().counters };
    },
    get summary() {
      const s = useStore.getState();
      return {
        pods: s.view?.pods.length ?? 0,
        services: s.view?.services.length ?? 0,
        nodes: s.view?.nodes.length ?? 0,
        stale: s.stale,
        errors: s.diagnostics.filter((d) => d.severity === 'error').length,
        diagnostics: s.diagnostics.length,
        results: s.results.length,
        time: s.time,
        playing: s.playing,
        seed: s.seed,
        lesson: s.lesson,
        lessonStep: s.lessonStep,
        theme: s.theme,
        embed: s.embed !== null,
        clients: (s.clients ?? s.declared).map((c) => c.id),
        running: s.running.map((c) => c.id),
      };
    },
    get text() {
      return useStore.getState().text;
    },
    kubectl: (argv) => client.kubectl(argv),
  };
  Object.defineProperty(window, '__ksp', { value: Object.freeze(hook), writable: false, configurable: false });
}
