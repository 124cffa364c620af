// Pod spec defaults and the container/port checks of ValidatePodSpec that matter to Services
// (k8s.io/kubernetes pkg/apis/core/v1/defaults.go SetDefaults_PodSpec, SetDefaults_Container,
// SetDefaults_ContainerPort, SetDefaults_Probe, SetDefaults_HTTPGetAction,
// SetDefaults_ObjectFieldSelector; pkg/apis/core/validation/validation.go validateContainers,
// validateContainerCommon, validateContainerPorts). Shared by Pods and workload templates.
import type { Container, Pod } from '../../model/objects.ts';
import { duplicate, invalid, notSupported, required, type FieldError } from '../fieldErrors.ts';
import { defaultImagePullPolicy } from './imageRef.ts';
import { validatePodDNSConfig } from './dnsConfig.ts';
import { isDNS1123Label, isValidPortName, isValidPortNum } from '../validation/names.ts';
import { admissionPlugin } from '../plugins.ts';

type PodSpec = NonNullable<Pod['spec']>;

const PROTOCOLS = ['SCTP', 'TCP', 'UDP'];
const RESTART_POLICIES = ['Always', 'Never', 'OnFailure'];
const DNS_POLICIES = ['ClusterFirst', 'ClusterFirstWithHostNet', 'Default', 'None'];

const isObject = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object';

/**
 * SetDefaults_Container (+ SetDefaults_ContainerPort): pull policy from the image tag, termination
 * message, TCP ports. The generated defaulters also reach the container's probes (SetDefaults_Probe:
 * a zero or missing timeout, period and thresholds; SetDefaults_HTTPGetAction: path `/`, scheme
 * HTTP; a gRPC probe's service) and its env's fieldRef (SetDefaults_ObjectFieldSelector: apiVersion v1), in Pods
 * and in workload templates alike. Neither is decoded, so each step checks the shape it writes into.
 */
export function setContainerDefaults(c: Container): void {
  // Not a defaulter: Container.Resources is a struct, not a pointer (`json:"resources,omitempty"`,
  // k8s.io/api core/v1 types.go), and encoding/json's omitempty never leaves a struct out, so every
  // stored container, a Pod's or a template's, reads back with `resources: {}`.
  c.resources ??= {};
  if (!c.imagePullPolicy) c.imagePullPolicy = defaultImagePullPolicy(c.image);
  c.terminationMessagePath ||= '/dev/termination-log';
  c.terminationMessagePolicy ||= 'File';
  for (const probe of [c.livenessProbe, c.readinessProbe, c.startupProbe]) {
    if (!isObject(probe)) continue;
    probe.timeoutSeconds ||= 1;
    probe.periodSeconds ||= 10;
    probe.successThreshold ||= 1;
    probe.failureThreshold ||= 3;
    const get = probe.httpGet;
    if (isObject(get)) {
      get.path ||= '/';
      get.scheme ||= 'HTTP';
    }
    // GRPCAction.service is `+default=""` (k8s.io/api core/v1 types.go): stored as an empty string.
    if (isObject(probe.grpc)) probe.grpc.service ??= '';
  }
  if (Array.isArray(c.env))
    for (const e of c.env) {
      const ref = isObject(e) && isObject(e.valueFrom) && e.valueFrom.fieldRef;
      if (isObject(ref)) ref.apiVersion ||= 'v1';
    }
  if (!Array.isArray(c.ports)) return;
  for (const p of c.ports) if (p && typeof p === 'object' && !p.protocol) p.protocol = 'TCP';
}

/**
 * SetDefaults_PodSpec, for every pod spec; with `pod` (a Pod's own spec) SetDefaults_Pod too:
 * `enableServiceLinks: true`, a container's requests its limits' values where unset, and with
 * hostNetwork each port's hostPort its containerPort (pkg/apis/core/v1/defaults.go). A workload's
 * template is a PodTemplateSpec, not a Pod, so it is stored without those three; the pods its
 * controller creates get them then (controllers/podTemplate.ts). Upstream keeps new pod defaults out
 * of SetDefaults_PodSpec, as they would change every stored template (its comment; kubernetes/kubernetes
 * issue 69445); the hostPort left it in v1.28 (gate DefaultHostNetworkHostPortsInPodTemplates, off
 * since, removed in v1.31).
 */
export function setPodSpecDefaults(spec: PodSpec, pod?: boolean): void {
  spec.dnsPolicy ||= 'ClusterFirst';
  spec.restartPolicy ||= 'Always';
  spec.terminationGracePeriodSeconds ??= 30;
  spec.schedulerName ||= 'default-scheduler';
  spec.securityContext ??= {};
  if (pod) spec.enableServiceLinks ??= true;
  for (const c of [...(spec.initContainers ?? []), ...(spec.containers ?? [])]) {
    // Decoding refuses a null container; test builders that skip it may still hold one.
    if (!c || typeof c !== 'object') continue;
    setContainerDefaults(c);
    if (!pod) continue;
    const r = c.resources;
    if (r?.limits) r.requests = { ...r.limits, ...r.requests };
    if (spec.hostNetwork) for (const p of c.ports ?? []) if (!p.hostPort) p.hostPort = p.containerPort;
  }
}

function validateContainerPorts(ports: NonNullable<Container['ports']>, path: string): FieldError[] {
  const errs: FieldError[] = [];
  const names = new Set<string>();
  ports.forEach((p, i) => {
    const pp = `${path}[${i}]`;
    if (p.name) {
      const msgs = isValidPortName(p.name);
      if (msgs.length > 0) errs.push(...msgs.map((m) => invalid(`${pp}.name`, p.name!, m)));
      else if (names.has(p.name)) errs.push(duplicate(`${pp}.name`, p.name));
      else names.add(p.name);
    }
    if (!p.containerPort) errs.push(required(`${pp}.containerPort`));
    else errs.push(...isValidPortNum(p.containerPort).map((m) => invalid(`${pp}.containerPort`, p.containerPort, m)));
    if (p.hostPort) errs.push(...isValidPortNum(p.hostPort).map((m) => invalid(`${pp}.hostPort`, p.hostPort!, m)));
    if (!p.protocol) errs.push(required(`${pp}.protocol`));
    else if (!PROTOCOLS.includes(p.protocol)) errs.push(notSupported(`${pp}.protocol`, p.protocol, PROTOCOLS));
  });
  return errs;
}

export function validatePodSpec(spec: PodSpec | undefined, path: string): FieldError[] {
  const errs: FieldError[] = [];
  const containers = spec?.containers ?? [];
  if (containers.length === 0) {
    errs.push(required(`${path}.containers`));
  } else {
    const names = new Set<string>();
    containers.forEach((c, i) => {
      const cp = `${path}.containers[${i}]`;
      if (!c.name) errs.push(required(`${cp}.name`));
      else errs.push(...isDNS1123Label(c.name).map((m) => invalid(`${cp}.name`, c.name, m)));
      if (!c.image) errs.push(required(`${cp}.image`));
      errs.push(...validateContainerPorts(c.ports ?? [], `${cp}.ports`));
      if (names.has(c.name)) errs.push(duplicate(`${cp}.name`, c.name));
      else names.add(c.name);
    });
  }
  // The containers' resources: only a spec the decoder met quantities in has any, and then the plug-in is installed.
  admissionPlugin('quantities', true)?.validate(spec, path, errs);
  if (spec?.restartPolicy && !RESTART_POLICIES.includes(spec.restartPolicy)) {
    errs.push(notSupported(`${path}.restartPolicy`, spec.restartPolicy, RESTART_POLICIES));
  }
  if (spec?.dnsPolicy && !DNS_POLICIES.includes(spec.dnsPolicy))
    errs.push(notSupported(`${path}.dnsPolicy`, spec.dnsPolicy, DNS_POLICIES));
  errs.push(...validatePodDNSConfig(spec?.dnsConfig, spec?.dnsPolicy, `${path}.dnsConfig`));
  return errs;
}
