// The lines of a container block that come from its spec after the state: resources, probes, the
// environment and where it comes from (kubectl v0.34.0 pkg/describe/describe.go describeResources,
// describeContainerProbe and DescribeProbe, describeContainerEnvFrom, describeContainerEnvVars,
// EnvValueRetriever; pkg/util/resource ExtractContainerResourceValue). A pod's describer resolves a
// fieldRef's value; a pod template's does not.
import type { Container } from '../../model/objects.ts';
import type { AdmittedPod } from '../../model/admitted.ts';
import { byteCompare } from '../labelSelector.ts';
import { parseQuantity, scaledValue } from '../../api/resource/quantity.ts';
import { joinHostPort } from '../../model/hostPort.ts';
import type { Lines } from './writer.ts';

type Probe = NonNullable<Container['livenessProbe']>;
type EnvVar = NonNullable<Container['env']>[number];

/** describeResources at LEVEL_2: Limits, then Requests, each by resource name. */
export function describeResources(w: Lines, resources: Container['resources']): void {
  for (const [title, list] of [
    ['Limits', resources?.limits],
    ['Requests', resources?.requests],
  ] as const) {
    const names = Object.keys(list ?? {}).sort(byteCompare);
    if (names.length > 0) w.write(2, `${title}:\n`);
    for (const name of names) w.write(3, `${name}:\t${String(list?.[name])}\n`);
  }
}

/** url.URL.String's path: EscapedPath in encodePath mode (RFC 3986 unreserved and `$&+,/:;=@` kept). */
function escapePath(path: string): string {
  let out = '';
  for (const ch of path) {
    if (/[A-Za-z0-9\-_.~$&+,/:;=@]/.test(ch)) out += ch;
    else {
      // encodeURIComponent gives the UTF-8 bytes as %XX but keeps !*'(), which Go escapes.
      const e = encodeURIComponent(ch);
      out += e === ch ? `%${ch.charCodeAt(0).toString(16).toUpperCase()}` : e;
    }
  }
  return out;
}

/** DescribeProbe: the handler, then delay, timeout, period and the two thresholds. */
export function describeProbe(probe: Probe): string {
  const attrs =
    `delay=${probe.initialDelaySeconds ?? 0}s timeout=${probe.timeoutSeconds ?? 0}s period=${probe.periodSeconds ?? 0}s ` +
    `#success=${probe.successThreshold ?? 0} #failure=${probe.failureThreshold ?? 0}`;
  if (probe.exec) return `exec [${(probe.exec.command ?? []).join(' ')}] ${attrs}`;
  if (probe.httpGet) {
    const get = probe.httpGet;
    const port = String(get.port ?? '');
    const host = port ? joinHostPort(get.host ?? '', port) : (get.host ?? '');
    // url.URL{Scheme, Host, Path}.String(): `scheme:` when set, `//host`, and a `/` before a relative path.
    const scheme = (get.scheme ?? '').toLowerCase();
    const path = get.path ?? '';
    const url =
      (scheme ? `${scheme}:` : '') +
      (scheme || host ? `${host || path ? '//' : ''}${host}` : '') +
      (path && !path.startsWith('/') && host ? '/' : '') +
      escapePath(path);
    return `http-get ${url} ${attrs}`;
  }
  if (probe.tcpSocket) return `tcp-socket ${probe.tcpSocket.host ?? ''}:${String(probe.tcpSocket.port ?? '')} ${attrs}`;
  if (probe.grpc) return `grpc <pod>:${probe.grpc.port} ${probe.grpc.service ?? ''} ${attrs}`;
  return `unknown ${attrs}`;
}

/** describeContainerProbe: Liveness, Readiness, Startup. */
export function describeProbes(w: Lines, c: Container): void {
  if (c.livenessProbe) w.write(2, `Liveness:\t${describeProbe(c.livenessProbe)}\n`);
  if (c.readinessProbe) w.write(2, `Readiness:\t${describeProbe(c.readinessProbe)}\n`);
  if (c.startupProbe) w.write(2, `Startup:\t${describeProbe(c.startupProbe)}\n`);
}

/** describeContainerEnvFrom, printed only when the container has envFrom. */
export function describeEnvFrom(w: Lines, c: Container): void {
  if ((c.envFrom ?? []).length === 0) return;
  w.write(2, 'Environment Variables from:\n');
  for (const e of c.envFrom ?? []) {
    const ref = e.configMapRef ?? e.secretRef;
    const from = e.configMapRef ? 'ConfigMap' : e.secretRef ? 'Secret' : '';
    const optional = ref?.optional === true;
    w.write(3, `${ref?.name ?? ''}\t${from}${e.prefix ? ` with prefix '${e.prefix}'` : ''}\tOptional: ${optional}\n`);
  }
}

/**
 * EnvValueRetriever: kubectl converts the field path through its own scheme, which has no field
 * label conversions for Pods but the generic metadata.name and metadata.namespace; any other path
 * fails there and prints as empty (so `status.podIP` shows no value even on a running pod).
 */
function fieldRefValue(pod: AdmittedPod | undefined, fieldPath: string): string {
  if (fieldPath === 'metadata.name') return pod?.metadata.name ?? '';
  if (fieldPath === 'metadata.namespace') return pod?.metadata.namespace ?? '';
  return '';
}

/** ExtractContainerResourceValue for cpu and memory: the quantity over the divisor (default 1), rounded up. */
function resourceFieldValue(c: Container, resource: string, divisorText: unknown): string {
  const [list, name] = resource.split('.') as [string, string];
  if (!['limits', 'requests'].includes(list) || !['cpu', 'memory'].includes(name ?? '')) return '';
  const listed = (c.resources as Record<string, Record<string, unknown> | undefined> | undefined)?.[list]?.[name];
  const q = parseQuantity(String(listed ?? '0')) ?? parseQuantity('0')!;
  const d = (divisorText === undefined ? null : parseQuantity(String(divisorText))) ?? parseQuantity('1')!;
  const divisor = d.sign === 0 ? parseQuantity('1')! : d;
  const scale = name === 'cpu' ? -3 : 0;
  return String(Math.ceil(scaledValue(q, scale) / scaledValue(divisor, scale)));
}

/** describeContainerEnvVars: each variable, a value's extra lines on their own rows, or where it comes from. */
export function describeEnv(w: Lines, c: Container, pod: AdmittedPod | undefined): void {
  const env: EnvVar[] = c.env ?? [];
  w.write(2, `Environment:${env.length === 0 ? '\t<none>' : ''}\n`);
  for (const e of env) {
    const from = e.valueFrom;
    if (!from) {
      (e.value ?? '').split('\n').forEach((s, i) => w.write(3, i === 0 ? `${e.name}:\t${s}\n` : `\t${s}\n`));
    } else if (from.fieldRef) {
      const { apiVersion, fieldPath } = from.fieldRef;
      w.write(3, `${e.name}:\t${fieldRefValue(pod, fieldPath)} (${apiVersion ?? ''}:${fieldPath})\n`);
    } else if (from.resourceFieldRef) {
      const { resource, divisor } = from.resourceFieldRef;
      let value = resourceFieldValue(c, resource, divisor);
      if (value === '0' && resource.startsWith('limits.')) value = 'node allocatable';
      w.write(3, `${e.name}:\t${value} (${resource})\n`);
    } else if (from.secretKeyRef) {
      const { key, name, optional } = from.secretKeyRef;
      w.write(3, `${e.name}:\t<set to the key '${key}' in secret '${name ?? ''}'>\tOptional: ${optional === true}\n`);
    } else if (from.configMapKeyRef) {
      const { key, name, optional } = from.configMapKeyRef;
      w.write(
        3,
        `${e.name}:\t<set to the key '${key}' of config map '${name ?? ''}'>\tOptional: ${optional === true}\n`,
      );
    }
  }
}
