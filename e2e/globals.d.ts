// Test hooks the built app exposes on window, typed once for every spec. `__ksp` is declared by
// src/ui/testHook.ts itself (imported here for its global declaration).
import type {} from '../src/ui/testHook.ts';

declare global {
  interface Window {
    __kspDiagram?: {
      drawn: number;
      frames: number;
      /** The painter's wall clock (performance.timeOrigin + now) at its first frame with a packet. */
      firstDrawnAt: number | null;
      stress(n: number): void;
      routes(): { client: string; start: string; boxes: string[]; edges: (string | null)[] }[];
    };
    __editor?: {
      getModel(): {
        getFullModelRange(): unknown;
        pushEditOperations(a: unknown[], e: unknown[], c: () => null): void;
        getValue(): string;
      };
      focus(): void;
    };
    __monaco?: {
      editor: {
        getModelMarkers(filter: { owner?: string }): {
          owner: string;
          message: string;
          startLineNumber: number;
          startColumn: number;
          severity: number;
        }[];
      };
    };
  }
}
