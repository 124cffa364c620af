// The pipeline a scenario goes through, in the order a real cluster applies it:
//   parse (positions) → settings (Cluster, KubeProxyConfiguration) → system objects
//   → for each document, as `kubectl apply -f` would send it: admission (decode, defaults,
//     allocation, validation) → store → controllers (workloads, scheduling, EndpointSlices, DNS, LB).
import { parseStream, locatePath, type ParsedDocument, type ParsedStream } from '../yaml/parseStream.ts';
import { createRng, DEFAULT_SEED } from '../random/rng.ts';
import { readSettings } from '../api/readSettings.ts';
import { DiagnosticCode, type Diagnostic } from '../diagnostics.ts';
import { objectKey, type K8sObject } from '../model/objects.ts';
import { emptyClusterState, type ClusterState } from '../model/clusterState.ts';
import { admitObject, type AdmissionContext, type AdmissionResult } from '../api/admit.ts';
import { requirePlugins } from '../api/plugins.ts';
import { createAllocators } from '../api/allocators.ts';
import { bootstrapCluster } from '../controllers/bootstrap.ts';
import { runControllers, type ControllerContext } from '../controllers/runControllers.ts';
import { readHistory } from './edits/readHistory.ts';
import { controllerPlugin } from '../controllers/plugins.ts';
import { storeObject, isPlaygroundKind } from '../api/store.ts';
import { kubectlInvalidMessage } from '../api/fieldErrors.ts';
import { sourcePathFor } from './sourceAliases.ts';
import { SCENARIO_LIMITS } from '../model/limits.ts';

export { SCENARIO_LIMITS };

export interface LoadOptions {
  seed?: number;
  /** The file name shown in kubectl messages (`error when creating "web.yaml"`). */
  fileName?: string;
  /** Simulated seconds between apply and the moment kubectl prints (AGE). Default 60. */
  ageSeconds?: number;
  /**
   * Called between the steps of a load (after parsing, after each document, between the
   * controllers' workloads), so a caller that restarts a worker that hangs can tell a big load
   * that is moving from one that is stuck. It changes nothing in the result.
   */
  progress?: () => void;
}

/** One line per document, as `kubectl apply -f` reports it. */
export interface ApplyRecord {
  docIndex: number;
  kind: string;
  name: string;
  namespace?: string;
  /** `service/web created`, or the error kubectl prints. */
  outcome: AdmissionResult['outcome'] | 'skipped';
  message: string;
  /** invalid only: the API Status message (AdmissionResult.statusMessage). */
  statusMessage?: string;
  /**
   * The API server's warnings on this write, as kubectl prints them (`Warning: …`, on stderr), a
   * refused write's too (a deprecated resource's warning comes whatever the outcome); not the
   * playground's own notes (a warning with a `say` code, admit.ts storedOnlyWarning), which only the
   * diagnostics carry.
   */
  warnings?: string[];
}

export interface Scenario {
  stream: ParsedStream;
  state: ClusterState;
  applied: ApplyRecord[];
  diagnostics: Diagnostic[];
}

export const SCENARIO_EPOCH = '2025-01-01T00:00:00Z';

export function loadScenario(text: string, options: LoadOptions = {}): Scenario {
  const seed = options.seed ?? DEFAULT_SEED;
  const fileName = options.fileName ?? 'scenario.yaml';
  const rng = createRng(seed);
  const stream = parseStream(text);
  const progress = options.progress;
  progress?.();
  // A kind whose plug-in is not installed refuses the whole scenario (MissingPluginError), before
  // any work: the caller installs it and asks again rather than show a cluster computed without it.
  requirePlugins(stream.documents.map((d) => d.object));
  // The KubectlHistory replay is a plug-in too: only a stream with recorded commands needs it.
  const history = readHistory(stream).length > 0 ? controllerPlugin('kubectlHistory') : null;
  const diagnostics: Diagnostic[] = stream.problems.map((p) => ({
    severity: p.severity,
    code: p.limit ? DiagnosticCode.limit : DiagnosticCode.yamlSyntax,
    message: p.message,
    ...(p.say ? { say: p.say } : {}),
    ...p.range,
    docIndex: p.docIndex,
  }));
  const ageSeconds = options.ageSeconds ?? 60;
  const settings = readSettings(stream, diagnostics);
  const state: ClusterState = emptyClusterState(
    settings,
    seed,
    {
      createdAt: SCENARIO_EPOCH,
      now: new Date(Date.parse(SCENARIO_EPOCH) + ageSeconds * 1000).toISOString().replace('.000Z', 'Z'),
    },
    diagnostics,
  );
  const allocators = createAllocators(settings, rng.fork('allocation'));
  bootstrapCluster(state, allocators, rng.fork('bootstrap'));
  const applied: ApplyRecord[] = [];
  const ctx: AdmissionContext = { state, allocators, fileName };

  // parseStream refused a text of more than SCENARIO_LIMITS.maxDocuments documents before parsing it.
  const docs = stream.documents;
  for (const doc of docs) {
    if (isPlaygroundKind(doc.object)) {
      applied.push({
        docIndex: doc.index,
        kind: String(doc.object.kind),
        name: String(doc.object.metadata?.name ?? ''),
        outcome: 'skipped',
        message: '',
      });
      continue;
    }
    admitDocument(stream, doc, ctx, applied, diagnostics);
    progress?.();
  }
  const controllerCtx: ControllerContext = {
    allocators,
    report: (d) => diagnostics.push(d),
    locate: (docIndex, path) => {
      const doc = docs.find((x) => x.index === docIndex);
      return doc ? locatePath(stream, doc, path) : { line: 1, column: 1, endLine: 1, endColumn: 1 };
    },
    ...(progress ? { progress } : {}),
  };
  runControllers(state, rng.fork('controllers'), controllerCtx);
  // Imperative kubectl changes to generated objects (scenario/edits/history.ts), in order.
  history?.replay(stream, state, rng.fork('kubectl-history'), controllerCtx);
  return { stream, state, applied, diagnostics };
}

/** The diagnostic code of each refusal (created and configured stored the object; the rest is internal). */
const OUTCOME_CODE: Partial<Record<AdmissionResult['outcome'], DiagnosticCode>> = {
  invalid: DiagnosticCode.invalid,
  'bad-request': DiagnosticCode.badRequest,
  'not-found': DiagnosticCode.notFound,
  forbidden: DiagnosticCode.forbidden,
  'unknown-kind': DiagnosticCode.unknownKind,
};

function admitDocument(
  stream: ParsedStream,
  doc: ParsedDocument,
  ctx: AdmissionContext,
  applied: ApplyRecord[],
  diagnostics: Diagnostic[],
): void {
  const obj = doc.object as K8sObject;
  const result = admitObject(obj, ctx);
  const { kind, name, namespace, outcome, message } = result;
  // Who the records are about, the same in each.
  const about = { docIndex: doc.index, kind, name, ...(namespace ? { namespace } : {}) };
  const locate = (path: string) => locatePath(stream, doc, path ? sourcePathFor(obj, path) : []);
  const warnings = result.warnings.filter((w) => !w.say).map((w) => `Warning: ${w.message}`);
  for (const w of result.warnings) {
    diagnostics.push({
      severity: 'warning',
      code: DiagnosticCode.warning,
      message: `Warning: ${w.message}`,
      ...(w.say ? { say: w.say } : {}),
      ...locate(w.field ?? ''),
      ...about,
    });
  }
  applied.push({
    ...about,
    outcome,
    message,
    ...(result.statusMessage !== undefined ? { statusMessage: result.statusMessage } : {}),
    ...(warnings.length > 0 ? { warnings } : {}),
  });
  if ((outcome === 'created' || outcome === 'configured') && result.object) {
    storeObject(ctx.state, result.object);
    ctx.state.origins.set(objectKey(kind, namespace, name), { docIndex: doc.index, by: 'user' });
    return;
  }
  const severity = outcome === 'unknown-kind' ? 'warning' : 'error';
  const code = OUTCOME_CODE[outcome] ?? DiagnosticCode.internal;
  if (result.fieldErrors.length > 0) {
    for (const fe of result.fieldErrors) {
      diagnostics.push({
        severity,
        code,
        message: outcome === 'invalid' ? kubectlInvalidMessage(kind, name, [fe]) : message,
        ...locate(fe.source ?? fe.field),
        ...about,
        field: fe.field,
        type: fe.type,
      });
    }
  } else {
    diagnostics.push({ severity, code, message, ...locate(result.field ?? ''), ...about });
  }
}
