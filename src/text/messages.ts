// The faces' catalogue beside the data path's (said.ts): codes the core returns outside the data
// path (why a client's text form does not read, core/sim/clientText.ts; what a real cluster needs
// before the exported scenario runs, core/scenario/export/notes.ts; why a share link does not open,
// core/share/linkCodec.ts) and ksp's own usage errors (src/cli), worded here in English and, in
// messages.ko.ts (installed through korean.ts), in Korean. A code the core adds without a wording
// here does not compile (DECL_EN is typed by the core's codes, MESSAGES_KO by these).
// English is what ksp always printed; `{name}` is a parameter, `{why}` may be a nested message.
import type { DeclProblemCode } from '../core/sim/index.ts';
import type { ExportNoteCode } from '../core/scenario/index.ts';
import type { LinkProblemCode } from '../core/share/linkCodec.ts';
import type { DiagnosticSayCode } from '../core/diagnostics.ts';
import { fillWords } from './fill.ts';
import type { Language } from './language.ts';
import { koreanWords } from './korean.ts';

/** ksp's usage errors: what a command line got wrong (printed after `ksp COMMAND: `, then the usage). */
const USAGE_EN = {
  'usage.langValue': '--lang needs one of {languages}, got {got}',
  'usage.langMissing': '--lang needs one of {languages}, got nothing',
  'usage.seedValue': '--seed needs a whole number from 0 to {max}, got {got}',
  'usage.seedMissing': '--seed needs a whole number from 0 to {max}, got nothing',
  'usage.unknownFlag': 'unknown flag {flag}',
  'usage.needsValue': '{flag} needs a value',
  'usage.noFile': 'no file given',
  'usage.noFiles': 'no files given',
  'usage.oneFile': 'expected one file, got {count}',
  'usage.oneFILE': 'expected one FILE',
  'usage.kubectlArgs': 'expected one FILE, then -- and kubectl arguments',
  'usage.mode': '--mode must be one of {modes}, got {got}',
  'usage.header': '{flag} needs NAME: VALUE (as curl -H), got {got}',
  'usage.toRequired': '--to TARGET is required (e.g. --to my-service, --to 10.96.0.5:80, --to 192.168.49.2:30007)',
  'usage.from': '--from must be {forms}, deployment/NAME or selector/KEY=VALUE, got {got}',
  'usage.to': '--to: {why}',
  'usage.count': '--count must be a whole number from 1 to {max}, got {got}',
  'usage.interval': '--interval must be a number of seconds ≥ 0, got {got}',
} as const;

/** Why a text does not read as a client declaration (core/sim/clientText.ts); `{text}` is quoted. */
const DECL_EN: Record<DeclProblemCode, string> = {
  'decl.workloadForm': '{text}: write {kind}/NAME or {kind}/NAMESPACE/NAME',
  'decl.selectorForm': '{text}: write selector/KEY=VALUE[,KEY=VALUE] or selector/NAMESPACE/…',
  'decl.sourceForm': '{text} is not a traffic source: use {forms}',
  'decl.sourceExternalIP': '{text} is not a traffic source (an outside host is given by its IPv4 address): use {forms}',
  'decl.sourceNames': '{text} is not a traffic source (names are lower-case DNS names): use {forms}',
  'decl.nodeAfterAt': '{text}: @ is followed by a node name',
  'decl.serviceForm': '{text}: write {kind}/[NAMESPACE/]NAME[:PORT]',
  'decl.nodePortForm': '{text}: write {kind}/[NAMESPACE/]NAME[:PORT][@NODE]',
  'decl.podIPForm':
    '{text}: write podip/pod/[NAMESPACE/]NAME:PORT, podip/deployment/[NAMESPACE/]NAME:PORT or podip/selector/…:PORT',
  'decl.ingressForm': '{text}: write ingress/HOST[/PATH]',
  'decl.emptyTarget': 'empty target',
};

/**
 * What a real cluster needs first (core/scenario/export/notes.ts): the Share dialog's export panel
 * lists them, the exported script has them as comments. Flags and fields are the components' own
 * (kube-apiserver, kubelet and kube-proxy reference pages; kubeadm's ClusterConfiguration).
 */
const EXPORT_EN: Record<ExportNoteCode, string> = {
  'export.serviceCIDR':
    'serviceCIDR {value}: start kube-apiserver with --service-cluster-ip-range={value} (kubeadm: networking.serviceSubnet; kind: networking.serviceSubnet)',
  'export.nodePortRange':
    'nodePortRange {value}: start kube-apiserver with --service-node-port-range={value} (kubeadm: apiServer.extraArgs)',
  'export.clusterDomain':
    'clusterDomain {value}: start the kubelets with --cluster-domain={value} (kubeadm: networking.dnsDomain)',
  'export.kubeProxyConfig':
    "KubeProxyConfiguration is kube-proxy's configuration file, not an API object, so kubectl apply cannot take it: on a kubeadm cluster put it in the kube-proxy ConfigMap (kubectl -n kube-system edit configmap kube-proxy, key config.conf), then kubectl -n kube-system rollout restart daemonset kube-proxy",
  'export.kubeProxyConfigFlags':
    "KubeProxyConfiguration is kube-proxy's configuration file, not an API object, so kubectl apply cannot take it: on a kubeadm cluster put it in the kube-proxy ConfigMap (kubectl -n kube-system edit configmap kube-proxy, key config.conf), then kubectl -n kube-system rollout restart daemonset kube-proxy; as flags: {flags}",
  'export.nodes':
    "the scenario declares Node objects: a real cluster's nodes register themselves (kubelet), so delete those documents before applying",
  'export.loadBalancer':
    'LoadBalancer Services need a cloud load balancer controller (a cloud provider, MetalLB, cloud-provider-kind, or minikube tunnel); without one EXTERNAL-IP stays <pending>',
  'export.ingress':
    'Ingress needs an ingress controller; the playground simulates ingress-nginx (IngressClass nginx): install it first, {url}',
  'export.gatewayApi':
    'Gateway API objects need the Gateway API CRDs (standard channel {version}: kubectl apply --server-side -f {crds}) and a Gateway API implementation; the playground simulates {implementation} (GatewayClass nginx): install it first, {url}',
  'export.errorsOne': 'the scenario has {count} error in the playground; kubectl apply will reject the same documents',
  'export.syntax': 'the scenario YAML has errors; fix them in the editor first ({detail})',
  'export.limit': '{detail}',
  'export.notLoaded': 'the scenario could not be loaded',
  'export.errorsOther':
    'the scenario has {count} errors in the playground; kubectl apply will reject the same documents',
};

/** Why a share link does not open (core/share/linkCodec.ts), shown after "This share link cannot be opened:". */
const LINK_EN: Record<LinkProblemCode, string> = {
  'link.tooLong': 'the link is {length} characters long; at most {max} are accepted',
  'link.noScenario': 'this link holds no scenario (expected #s=1.…)',
  'link.unknownCodec': 'this link uses codec "{codec}", which this version does not know',
  'link.badCharacters': 'the link is damaged: it contains characters a share link never has',
  'link.noInflate': 'the link is damaged or truncated: its data does not decompress (or decompresses past {mb} MB)',
  'link.notText': 'the link is damaged: its data is not text',
  'link.notJson': 'the link is damaged: its data is not valid JSON',
  'link.noObject': 'the link holds no scenario object',
  'link.newerVersion': 'the link was made by a newer version (schema {schema})',
  'link.noYaml': 'the link holds no YAML',
};

/**
 * The playground's own limits, reported as diagnostics (core/diagnostics.ts DiagnosticSay); the core's
 * `message` is the same English (limits.test.ts holds them equal), kept for ksp validate --json.
 */
const LIMIT_EN: Record<DiagnosticSayCode, string> = {
  'limit.size': 'scenario is {bytes} bytes; the playground accepts at most {max} bytes',
  'limit.depth': 'the YAML nests {depth} levels deep at line {line}; the playground accepts at most {max} levels',
  'limit.documents': 'the scenario has {documents} documents; the playground accepts at most {max}',
  'limit.replicasPerWorkload':
    '{kind} "{name}" asks for {replicas} replicas; the playground accepts at most {max} replicas per workload, so only {pods} pods were created',
  'stream.notObject': 'a Kubernetes object must be a mapping with apiVersion, kind and metadata',
  'history.notReplayed': 'KubectlHistory: "{command}" was not replayed: {why}',
  'history.onlyPodVerbs': 'only "kubectl delete|label|annotate pod …" is replayed',
  'history.onlyPods': 'only pods are recorded in the history',
  'history.deleteOne': 'delete takes one pod per history entry',
  'kind.storedNotSimulated': 'Warning: {kind} is stored but not simulated by the playground',
  'kind.secretTypeOnly':
    'Warning: {kind} is stored; the playground reads only its type (a Gateway certificate must be {type}), not its data',
  'limit.podsPerScenario':
    '{kind} "{name}" asks for {replicas} replicas; the playground accepts at most {max} pods per scenario, so only {pods} pods were created',
};

export const MESSAGES_EN = { ...USAGE_EN, ...DECL_EN, ...EXPORT_EN, ...LINK_EN, ...LIMIT_EN };

/** A diagnostic in the reader's language: the playground's own problems by their code, the rest (API server, parser) verbatim. */
export function diagnosticText(lang: Language, d: { message: string; say?: Message }): string {
  return d.say ? messageText(lang, d.say) : d.message;
}

export type MessageCode = keyof typeof MESSAGES_EN;

export const MESSAGE_CODES = Object.keys(MESSAGES_EN) as MessageCode[];

/** A code of this catalogue and its parameters (a core's problem, like DeclProblem, is one). */
export interface Message {
  code: MessageCode;
  params: Readonly<Record<string, string | number | Message>>;
}

export const message = (code: MessageCode, params: Message['params'] = {}): Message => ({ code, params });

export function messageText(lang: Language, m: Message): string {
  const korean = lang === 'ko' ? koreanWords()?.messages[m.code] : undefined;
  if (korean === undefined) return messageEnglish(m);
  return fillWords(korean, m.params, (nested) => messageText(lang, nested));
}

/** The English text alone: the worker's export script needs no other language (and so does not ship the Korean catalogue). */
export function messageEnglish(m: Message): string {
  return fillWords(MESSAGES_EN[m.code], m.params, messageEnglish);
}
