// The properties every scenario must keep, whatever the user typed. Each check returns the list
// of violations (empty = fine) so a failing fuzz case prints what broke, not just "false".
import type { Scenario } from '../scenario/load.ts';
import type { ClusterState } from '../model/clusterState.ts';
import { cidrContains } from '../net/ipv4.ts';
import { sloppyIPv4String } from '../api/validation/ip.ts';
import type { Outcome, RequestResult } from '../dataplane/types.ts';

/** Every diagnostic points inside the document: 1 ≤ line ≤ lines + 1, column ≥ 1, end not before start. */
export function diagnosticsOutsideDocument(s: Scenario, text: string): string[] {
  const lineCount = text.split('\n').length;
  const bad: string[] = [];
  for (const d of s.diagnostics) {
    const where = `${d.line}:${d.column}-${d.endLine}:${d.endColumn} "${d.message.slice(0, 120)}"`;
    if (!Number.isInteger(d.line) || d.line < 1 || d.line > lineCount + 1)
      bad.push(`line outside 1..${lineCount + 1}: ${where}`);
    if (!Number.isInteger(d.column) || d.column < 1) bad.push(`column < 1: ${where}`);
    if (!Number.isInteger(d.endLine) || d.endLine < d.line || d.endLine > lineCount + 1)
      bad.push(`endLine out of range: ${where}`);
    if (!Number.isInteger(d.endColumn) || d.endColumn < 1) bad.push(`endColumn < 1: ${where}`);
    if (typeof d.message !== 'string' || d.message.length === 0) bad.push(`empty message: ${where}`);
  }
  return bad;
}

/**
 * JavaScript errors the core caught and reported (admission turns them into InternalError, like
 * a panicking API server): bugs, as far as the fuzzer is concerned. A full allocation range is a
 * real InternalError of the API server and is not one of them.
 */
export function internalErrors(s: Scenario): string[] {
  const jsError =
    /Cannot read prop|Cannot set prop|is not a function|is not iterable|is not defined|Maximum call stack|Invalid array length|Invalid string length/;
  return s.diagnostics.filter((d) => jsError.test(d.message)).map((d) => d.message);
}

/**
 * Services the API server admitted have a ClusterIP inside --service-cluster-ip-range (or None,
 * or none at all for ExternalName), read as the allocator reads it (ParseIPSloppy, then To4:
 * `010.96.0.12` and `::ffff:10.96.0.12` are 10.96.0.12), and NodePorts inside --service-node-port-range that no other
 * Service holds (pkg/registry/core/service/portallocator). One Service may reuse a NodePort for
 * two protocols (validation.go validateServicePort allows it for TCP+UDP pairs).
 */
export function serviceInvariants(state: ClusterState): string[] {
  const bad: string[] = [];
  const { serviceCIDR, nodePortRange } = state.settings;
  const owner = new Map<number, string>();
  for (const svc of state.services) {
    const id = `${svc.metadata.namespace}/${svc.metadata.name}`;
    const type = svc.spec.type;
    const ip = svc.spec.clusterIP;
    if (type === 'ExternalName') {
      if (ip !== undefined && ip !== '' && ip !== 'None') bad.push(`${id}: ExternalName with clusterIP ${ip}`);
    } else if (ip !== 'None' && !(typeof ip === 'string' && cidrContains(serviceCIDR, sloppyIPv4String(ip) ?? ip))) {
      bad.push(`${id}: clusterIP ${String(ip)} outside ${serviceCIDR.text}`);
    }
    const seen = new Set<string>();
    for (const p of svc.spec.ports ?? []) {
      if (p.nodePort === undefined) continue;
      if (type === 'ClusterIP' || type === 'ExternalName')
        bad.push(`${id}: nodePort ${p.nodePort} on a ${type} Service`);
      if (p.nodePort < nodePortRange.base || p.nodePort >= nodePortRange.base + nodePortRange.size)
        bad.push(`${id}: nodePort ${p.nodePort} outside ${nodePortRange.text}`);
      const key = `${p.nodePort}/${p.protocol}`;
      if (seen.has(key)) bad.push(`${id}: nodePort ${key} twice`);
      seen.add(key);
      const other = owner.get(p.nodePort);
      if (other !== undefined && other !== id) bad.push(`nodePort ${p.nodePort} held by ${other} and ${id}`);
      owner.set(p.nodePort, id);
    }
  }
  return bad;
}

/** EndpointSlices the controller manages point only at existing pods of their Service's namespace. */
export function endpointSliceInvariants(state: ClusterState): string[] {
  const bad: string[] = [];
  const pods = new Set(state.pods.map((p) => `${p.metadata.namespace}/${p.metadata.name}`));
  const services = new Set(state.services.map((s) => `${s.metadata.namespace}/${s.metadata.name}`));
  for (const slice of state.endpointSlices) {
    const labels = slice.metadata.labels ?? {};
    if (labels['endpointslice.kubernetes.io/managed-by'] !== 'endpointslice-controller.k8s.io') continue;
    const ns = slice.metadata.namespace;
    const svc = labels['kubernetes.io/service-name'];
    if (!svc || !services.has(`${ns}/${svc}`))
      bad.push(`slice ${ns}/${slice.metadata.name} for missing Service ${String(svc)}`);
    for (const ep of slice.endpoints ?? []) {
      const ref = ep.targetRef;
      if (!ref || ref.kind !== 'Pod') continue;
      if ((ref.namespace ?? ns) !== ns)
        bad.push(`slice ${ns}/${slice.metadata.name} holds pod ${ref.namespace}/${ref.name}`);
      if (!pods.has(`${ns}/${ref.name ?? ''}`))
        bad.push(`slice ${ns}/${slice.metadata.name} holds missing pod ${ns}/${ref.name ?? ''}`);
    }
  }
  return bad;
}

/** The comparable part of a run: diagnostics, apply records and every stored object. */
export function fingerprint(s: Scenario): string {
  const { origins, diagnostics, ...objects } = s.state;
  return JSON.stringify({
    diagnostics: s.diagnostics,
    stateDiagnostics: diagnostics,
    applied: s.applied,
    objects,
    origins: [...origins.entries()],
  });
}

export const OUTCOMES: readonly Outcome[] = ['ok', 'refused', 'timeout', 'dns-error', 'http-error', 'unreachable'];

/** send() answers with a documented outcome, a reason when it failed, and no caught internal error. */
export function sendResultProblems(r: RequestResult): string[] {
  const bad: string[] = [];
  if (!OUTCOMES.includes(r.outcome)) bad.push(`unknown outcome ${String(r.outcome)}`);
  if (r.outcome !== 'ok' && !r.reason) bad.push(`outcome ${r.outcome} without a reason`);
  if (r.reason?.startsWith('internal error')) bad.push(r.reason);
  if (!Array.isArray(r.hops)) bad.push('hops is not a list');
  return bad;
}
