// Pod spec defaults and the container/port checks of ValidatePodSpec that matter to Services
// (k8s.io/kubernetes pkg/apis/core/v1/defaults.go SetDefaults_PodSpec, SetDefaults_Container,
// SetDefaults_ContainerPort; pkg/apis/core/validation/validation.go validateContainers,
// validateContainerCommon, validateContainerPorts). Shared by Pods and workload templates.
import type { Container, Pod } from '../../model/objects.ts';
import { duplicate, invalid, notSupported, required, type FieldError } from '../fieldErrors.ts';
import { defaultImagePullPolicy } from './imageRef.ts';
import { validatePodDNSConfig } from './dnsConfig.ts';
import { isDNS1123Label, isValidPortName, isValidPortNum } from '../validation/names.ts';

type PodSpec = NonNullable<Pod['spec']>;

const PROTOCOLS = ['SCTP', 'TCP', 'UDP'];
const RESTART_POLICIES = ['Always', 'Never', 'OnFailure'];
const DNS_POLICIES = ['ClusterFirst', 'ClusterFirstWithHostNet', 'Default', 'None'];

/** SetDefaults_Container (+ SetDefaults_ContainerPort): pull policy from the image tag, termination message, TCP ports. */
export function setContainerDefaults(c: Container): void {
  if (!c.imagePullPolicy) c.imagePullPolicy = defaultImagePullPolicy(c.image);
  c.terminationMessagePath ||= '/dev/termination-log';
  c.terminationMessagePolicy ||= 'File';
  if (!Array.isArray(c.ports)) return;
  for (const p of c.ports) if (p && typeof p === 'object' && !p.protocol) p.protocol = 'TCP';
}

export function setPodSpecDefaults(spec: PodSpec): void {
  spec.dnsPolicy ||= 'ClusterFirst';
  spec.restartPolicy ||= 'Always';
  spec.terminationGracePeriodSeconds ??= 30;
  spec.schedulerName ||= 'default-scheduler';
  spec.securityContext ??= {};
  spec.enableServiceLinks ??= true;
  for (const c of [...(spec.initContainers ?? []), ...(spec.containers ?? [])]) {
    // Decoding refuses a null container; test builders that skip it may still hold one.
    if (!c || typeof c !== 'object') continue;
    setContainerDefaults(c);
    // SetDefaults_Pod: with hostNetwork the hostPort follows the containerPort.
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
  if (spec?.restartPolicy && !RESTART_POLICIES.includes(spec.restartPolicy)) {
    errs.push(notSupported(`${path}.restartPolicy`, spec.restartPolicy, RESTART_POLICIES));
  }
  if (spec?.dnsPolicy && !DNS_POLICIES.includes(spec.dnsPolicy))
    errs.push(notSupported(`${path}.dnsPolicy`, spec.dnsPolicy, DNS_POLICIES));
  errs.push(...validatePodDNSConfig(spec?.dnsConfig, spec?.dnsPolicy, `${path}.dnsConfig`));
  return errs;
}
