// "Try it on a real cluster": the scenario YAML without the playground-only documents, and a
// shell script that applies it, waits for the workloads, and sends traffic to each Service the
// way the seed does (busybox wget inside, curl on NodePort/LoadBalancer/Ingress from outside).
import type { Scenario } from './load.ts';
import type {
  AdmittedService,
  AdmittedPod,
  AdmittedDeployment,
  AdmittedStatefulSet,
  AdmittedDaemonSet,
  AdmittedIngress,
  AdmittedNode,
} from '../model/admitted.ts';
import { objectKey } from '../model/objects.ts';
import { stripPlaygroundDocs, type DroppedDoc } from './export/stripPlayground.ts';
import { clusterNotes } from './export/clusterNotes.ts';
import { exportNote, type ExportNote } from './export/notes.ts';
import { ingressCommands, serviceCommands, NODE_IP } from './export/trafficCommands.ts';
import { namespaceFlag } from './export/shellWords.ts';
import { quoteWord } from '../argv/commandLine.ts';
import { GATEWAY_API_VERSION } from '../api/gateway/schemas.ts';

export const EXPORT_FILE_NAME = 'scenario.yaml';

export type ExportResult =
  | {
      ok: true;
      /** The stream to `kubectl apply -f`, comments kept, with a header saying how. */
      yaml: string;
      /** A POSIX shell script reproducing the scenario on a real cluster. */
      commands: string;
      /** What needs cluster flags or add-ons, as codes (also written, by `noteText`, as comments at the top of `commands`). */
      notes: ExportNote[];
    }
  | { ok: false; problem: ExportNote };

/**
 * `noteText` words a note for the script's comments: the core has the codes, the faces the words
 * (src/text/messages.ts); the CLI and the worker pass the English ones.
 */
export function exportScenario(
  yamlText: string,
  scenario: Scenario,
  noteText: (note: ExportNote) => string,
): ExportResult {
  const stripped = stripPlaygroundDocs(yamlText);
  if (!stripped.ok)
    return {
      ok: false,
      problem: exportNote(stripped.refusal.kind === 'syntax' ? 'export.syntax' : 'export.limit', {
        detail: stripped.refusal.detail,
      }),
    };
  const user = userObjects(scenario);
  const notes = [...clusterNotes(stripped.dropped), ...addOnNotes(user), ...gatewayApiNotes(scenario)];
  const errors = scenario.diagnostics.filter((d) => d.severity === 'error').length;
  if (errors > 0) notes.push(exportNote(errors === 1 ? 'export.errorsOne' : 'export.errorsOther', { count: errors }));
  return {
    ok: true,
    yaml: yamlHeader(stripped.dropped) + `${stripped.text.trimEnd()}\n`,
    commands: script(scenario, user, stripped.dropped, notes.map(noteText)),
    notes,
  };
}

function yamlHeader(dropped: readonly DroppedDoc[]): string {
  const kinds = [...new Set(dropped.map((d) => d.kind))];
  return (
    [
      '# Exported from the Kubernetes Service Playground.',
      `# Apply it to a cluster with:  kubectl apply -f ${EXPORT_FILE_NAME}`,
      ...(kinds.length > 0
        ? [
            `# Left out (playground-only, not API objects): ${kinds.join(', ')}; the exported commands say what they stand for.`,
          ]
        : []),
      '',
    ].join('\n') + '\n'
  );
}

/** A declared object the script acts on, tagged by what it does with it. */
type Declared =
  | { tag: 'Service'; o: AdmittedService }
  | { tag: 'Ingress'; o: AdmittedIngress }
  | { tag: 'workload'; o: AdmittedDeployment | AdmittedStatefulSet | AdmittedDaemonSet }
  | { tag: 'Pod'; o: AdmittedPod }
  | { tag: 'Node'; o: AdmittedNode };

/** The objects the user declared, in document order (system and generated objects are the cluster's own). */
function userObjects(scenario: Scenario): Declared[] {
  const s = scenario.state;
  const all: Declared[] = [
    ...s.nodes.map((o): Declared => ({ tag: 'Node', o })),
    ...s.pods.map((o): Declared => ({ tag: 'Pod', o })),
    ...s.services.map((o): Declared => ({ tag: 'Service', o })),
    ...[...s.deployments, ...s.statefulSets, ...s.daemonSets].map((o): Declared => ({ tag: 'workload', o })),
    ...s.ingresses.map((o): Declared => ({ tag: 'Ingress', o })),
  ];
  const withDoc = all.flatMap((d) => {
    const origin = s.origins.get(objectKey(String(d.o.kind), d.o.metadata.namespace, d.o.metadata.name));
    return origin?.by === 'user' ? [{ d, docIndex: origin.docIndex }] : [];
  });
  return withDoc.sort((a, b) => a.docIndex - b.docIndex).map((x) => x.d);
}

function addOnNotes(user: readonly Declared[]): ExportNote[] {
  const notes: ExportNote[] = [];
  if (user.some((d) => d.tag === 'Node')) notes.push(exportNote('export.nodes'));
  if (user.some((d) => d.tag === 'Service' && d.o.spec.type === 'LoadBalancer'))
    notes.push(exportNote('export.loadBalancer'));
  if (user.some((d) => d.tag === 'Ingress'))
    notes.push(exportNote('export.ingress', { url: 'https://kubernetes.github.io/ingress-nginx/deploy/' }));
  return notes;
}

/** Gateway API objects are custom resources: a real cluster needs the CRDs and an implementation (docs/gateway-api.md §5). */
function gatewayApiNotes(scenario: Scenario): ExportNote[] {
  const s = scenario.state;
  const declared = [...s.gatewayClasses, ...s.gateways, ...s.httpRoutes, ...s.referenceGrants].some(
    (o) => s.origins.get(objectKey(o.kind, o.metadata.namespace, o.metadata.name))?.by === 'user',
  );
  if (!declared) return [];
  return [
    exportNote('export.gatewayApi', {
      version: GATEWAY_API_VERSION,
      crds: `https://github.com/kubernetes-sigs/gateway-api/releases/download/${GATEWAY_API_VERSION}/standard-install.yaml`,
      implementation: 'NGINX Gateway Fabric',
      url: 'https://docs.nginx.com/nginx-gateway-fabric/install/',
    }),
  ];
}

function script(
  scenario: Scenario,
  user: readonly Declared[],
  dropped: readonly DroppedDoc[],
  notes: readonly string[],
): string {
  const out: string[] = [
    '#!/bin/sh',
    '# Reproduces the playground scenario on a real cluster (kubectl pointed at it).',
    `# Save the exported YAML as ${EXPORT_FILE_NAME} next to this script.`,
  ];
  if (notes.length > 0) out.push('#', '# Before you start:', ...notes.map((n) => `#  - ${n}`));
  out.push('', `kubectl apply -f ${EXPORT_FILE_NAME}`);
  for (const d of user) {
    const ns = namespaceFlag(d.o.metadata.namespace ?? 'default');
    const name = quoteWord(d.o.metadata.name);
    if (d.tag === 'workload')
      out.push(`kubectl rollout status ${String(d.o.kind).toLowerCase()}/${name}${ns} --timeout=120s`);
    else if (d.tag === 'Pod') out.push(`kubectl wait --for=condition=Ready pod/${name}${ns} --timeout=120s`);
  }
  // Where the Services are: one namespace gets -n, several get -A (--all-namespaces).
  const namespaces = [...new Set(user.filter((d) => d.tag !== 'Node').map((d) => d.o.metadata.namespace))];
  const where = namespaces.length > 1 ? ' -A' : namespaceFlag(namespaces[0] ?? 'default');
  out.push(`kubectl get svc,endpointslices${where} -o wide`);
  let nodeIPShown = false;
  const needNodeIP = (): string[] => {
    if (nodeIPShown) return [];
    nodeIPShown = true;
    return ['kubectl get nodes -o wide   # INTERNAL-IP is a node IP', NODE_IP];
  };
  for (const d of user) {
    if (d.tag === 'Service')
      out.push(
        '',
        ...serviceCommands({ service: d.o, declaredNodePorts: declaredNodePorts(scenario, d.o) }, needNodeIP),
      );
    else if (d.tag === 'Ingress') out.push('', ...ingressCommands(d.o));
  }
  const history = dropped
    .filter((d) => d.kind === 'KubectlHistory')
    .flatMap((d) => (Array.isArray(d.object.commands) ? d.object.commands : []));
  if (history.length > 0) {
    out.push(
      '',
      '# Commands typed in the playground against generated objects (KubectlHistory).',
      '# Pod names differ on a real cluster: adapt them before running.',
    );
    for (const c of history) out.push(`# ${typeof c === 'string' ? c : JSON.stringify(c)}`);
  }
  return `${out.join('\n')}\n`;
}

/** nodePorts written in the Service's document: the real cluster keeps those, allocates the rest. */
function declaredNodePorts(scenario: Scenario, svc: AdmittedService): Map<number, number> {
  const origin = scenario.state.origins.get(objectKey('Service', svc.metadata.namespace, svc.metadata.name));
  const doc = scenario.stream.documents.find((d) => d.index === origin?.docIndex);
  const spec = doc?.object.spec as { ports?: unknown } | undefined;
  const out = new Map<number, number>();
  if (Array.isArray(spec?.ports)) {
    spec.ports.forEach((p: unknown, i) => {
      const np = p && typeof p === 'object' ? (p as { nodePort?: unknown }).nodePort : undefined;
      if (typeof np === 'number') out.set(i, np);
    });
  }
  return out;
}
