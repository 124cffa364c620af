// When a new app version waits: the page offers "Reload", and only the tab whose user clicked it
// reloads. Activating the waiting service worker changes the controller of every open tab of
// the origin (controllerchange); a tab that did not ask keeps its page, its text and its Undo,
// and its own Reload then simply reloads it (the new version is already active).

export interface UpdateFlowDeps<W> {
  /** A page already controlled by a service worker (false on the first install: nothing to replace). */
  hasController(): boolean;
  /** Lets the waiting version take over (postMessage skip-waiting). */
  activate(worker: W): void;
  reload(): void;
  /** Show "A new version is available — Reload". */
  offered(): void;
}

export interface UpdateFlow<W> {
  offer(worker: W | null): void;
  /** The user clicked Reload in this tab. */
  apply(): void;
  controllerChanged(): void;
}

export function createUpdateFlow<W>(deps: UpdateFlowDeps<W>): UpdateFlow<W> {
  let waiting: W | null = null;
  let asked = false;
  let reloading = false;
  return {
    offer(worker) {
      if (worker === null || !deps.hasController()) return;
      waiting = worker;
      deps.offered();
    },
    apply() {
      if (waiting === null) return deps.reload();
      asked = true;
      deps.activate(waiting);
    },
    controllerChanged() {
      if (asked) {
        if (reloading) return;
        reloading = true;
        return deps.reload();
      }
      // Another tab activated the version (or the first install claimed this page): stay.
      waiting = null;
    },
  };
}
