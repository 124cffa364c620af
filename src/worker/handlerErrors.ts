// What the core's errors mean to the handler: a missing plug-in goes back to the entry, a bug
// becomes a Problem or an error answer, a part not loaded is said so.
import { DiagnosticCode } from '../core/diagnostics.ts';
import { MissingPluginError } from '../core/api/index.ts';
import type { Diagnostic } from '../core/diagnostics.ts';
import type { FromWorker } from './protocol.ts';

/**
 * Whether an error is the refusal of a scenario whose plug-in is not installed (what sim.worker.ts
 * answers by installing them): the entry only wires the handler, which owns what the core's errors mean.
 */
export function isMissingPlugin(err: unknown): boolean {
  return err instanceof MissingPluginError;
}

/** A missing plug-in is not the handler's to answer: every catch of handler.ts and consoleAnswers.ts passes it to the caller. */
export function passMissingPlugin(err: unknown): void {
  if (err instanceof MissingPluginError) throw err;
}

/** The answer to a request whose engine this build (or this worker, so far) does not have. */
export function notInBuild(requestId: number, what: string): FromWorker {
  return { type: 'error', requestId, message: `${what} is not part of this build` };
}

/** An error's message, as the answers quote it. */
export function errorText(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

/** A bug in the simulator must not look like a blank page: it becomes a Problem at 1:1. */
export function internalDiagnostic(err: unknown): Diagnostic {
  return {
    severity: 'error',
    code: DiagnosticCode.internal,
    message: `internal error in the simulator: ${errorText(err)}`,
    line: 1,
    column: 1,
    endLine: 1,
    endColumn: 1,
  };
}
