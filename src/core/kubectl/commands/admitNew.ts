// Sends an object that a generator made (expose, create service) through the simulated API
// server: the scenario with the new document appended is loaded, and the new document's
// admission result decides between `service/web exposed` and the server's error — exactly the
// Service the YAML will hold afterwards, with its defaults, allocation and validation.
import { loadScenario, type Scenario } from '../../scenario/load.ts';
import { appendObject } from '../../scenario/edits/objectEdits.ts';
import { editableDocs } from '../../scenario/edits/streamText.ts';
import { fail, type KubectlResult } from '../result.ts';
import { warningLines } from './apply.ts';

/** The API server's status as kubectl prints it for a generated object: "error when creating FILE" belongs to -f only. */
export function serverMessage(admissionMessage: string): string {
  return admissionMessage.replace(/error when creating "[^"]*": /, '');
}

/**
 * `wrap` words a server error the way the command does: expose prints the status as CheckErr does
 * (`Error from server (AlreadyExists): …`); create service wraps the bare message
 * (`error: failed to create ClusterIP service: services "web" already exists`, and for a 422 the
 * Status message: `… service: Service "web" is invalid: spec.ports[0].port: …`).
 */
export function createFromGenerator(
  scenario: Scenario,
  obj: Record<string, unknown>,
  success: string,
  wrap?: (bare: string) => string,
): KubectlResult {
  const out = (full: string) => fail(wrap ? wrap(full.replace(/^Error from server \([A-Za-z]+\): /, '')) : full);
  const kind = String(obj.kind);
  const meta = (obj.metadata ?? {}) as { name?: string; namespace?: string };
  const ns = meta.namespace ?? 'default';
  if (
    scenario.state.services.some(
      (s) => kind === 'Service' && s.metadata.name === meta.name && s.metadata.namespace === ns,
    )
  ) {
    return out(`Error from server (AlreadyExists): services "${meta.name ?? ''}" already exists`);
  }
  const appended = appendObject(scenario.stream.text, obj);
  if (!appended.ok) return fail(`error: ${appended.error}`);
  const docs = editableDocs(appended.yaml);
  const lastIndex = docs.ok ? docs.docs.length - 1 : -1;
  const after = loadScenario(appended.yaml, { seed: scenario.state.seed });
  const record = after.applied.find((r) => r.docIndex === lastIndex) ?? after.applied[after.applied.length - 1];
  if (record && record.outcome !== 'created') {
    // A wrapped error is the Status message (`Service "x" is invalid: …`), not checkErr's rendering.
    return out(wrap && record.statusMessage !== undefined ? record.statusMessage : serverMessage(record.message));
  }
  // The API server's warnings on the create, printed on stderr as they arrive (`Warning: …`).
  return { stdout: `${success}\n`, stderr: warningLines(record), exitCode: 0, yaml: appended.yaml };
}
