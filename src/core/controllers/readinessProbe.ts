// kubelet's readiness probes, over the playground's pods. Every pod runs a serve_hostname-style
// server on the ports its containers declare (model/podPorts.ts answersOn, the rule requests read
// too), so a probe is asked of that server:
// - `tcpSocket` succeeds when the server answers on the port; otherwise the dial is refused and the
//   probe's output is Go's dial error, `dial tcp 10.244.1.3:8080: connect: connection refused`
//   (pkg/probe/tcp/tcp.go DoTCPProbe returns err.Error() as a Failure);
// - `httpGet` to the pod's address: refused the same way, printed as net/http's url.Error, `Get
//   "http://10.244.1.3:8080/healthz": dial tcp …` (pkg/probe/http/http.go DoHTTPProbe); `scheme:
//   HTTPS` against the plain-HTTP server fails with `http: server gave HTTP response to HTTPS client`;
//   an answering server replies 200 to any path, a success;
// - the port is a number, or the name of one of the probed container's own ports, or a number
//   written as a string (pkg/kubelet/prober/prober.go extractPort, findPortByName).
// The cluster's own components (kube-system's CoreDNS, the ingress-nginx controller in its namespace)
// run their real programs, which listen on their health ports without declaring them: their probes pass.
// The code is a controller plug-in (plugins.ts `probes`, installed with the others): podStatus.ts asks it
// only for a pod outside kube-system that writes a probe (a filter on what is loaded, not the rule), and a
// worker without it installs the plug-ins then (MissingPluginError).
// Not simulated (no verdict, so the container is ready as without a probe): `exec` and `grpc` probes,
// which ask the program itself, an `httpGet.host` other than the pod, and a port name the container
// does not declare (kubelet reports that as an error, not a failure).
//
// When: kubelet runs the first probe as soon as the container runs and `initialDelaySeconds` has
// passed (prober_manager.go UpdatePodStatus triggers the worker at once; worker.go doProbe skips
// the probes within the delay), then one every `periodSeconds`. Until a probe succeeds the
// container is not ready, so within the delay it is not ready either. Each failed probe records a
// Warning `Unhealthy` Event `Readiness probe failed: <output>` (prober.go probe), and kubelet's
// event recorder folds the repeats into one Event with a count (client-go tools/record
// events_cache.go EventCorrelator), which kubectl prints as `(x7 over 60s)`.
import type { AdmittedPod } from '../model/admitted.ts';
import type { Container } from '../model/objects.ts';
import { answersOn, servedPorts } from '../model/podPorts.ts';
import { joinHostPort } from '../model/hostPort.ts';
import { SYSTEM_NAMESPACE } from '../model/clusterState.ts';
import { INGRESS_NAMESPACE } from './ingressController.ts';
import { condition, unreadyMessage } from './podStatus.ts';

/** The probes a container's readiness probe failed by `now`: what each printed, how many, the first and last. */
export interface ProbeFailures {
  output: string;
  count: number;
  first: string;
  last: string;
}

/** Whether a container is ready by its readiness probe at `now`, and the probes that failed. */
export interface Readiness {
  ready: boolean;
  failed?: ProbeFailures;
}

const COMPONENT_NAMESPACES: ReadonlySet<string> = new Set([SYSTEM_NAMESPACE, INGRESS_NAMESPACE]);

const isObject = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);

/** extractPort: the port a probe names on `c`, or null when kubelet could not resolve it. */
function probePort(param: unknown, c: Container): number | null {
  let port: number | null = null;
  if (typeof param === 'number') port = param;
  else if (typeof param === 'string') {
    const named = (Array.isArray(c.ports) ? c.ports : []).find((p) => p?.name === param);
    port = named ? named.containerPort : /^\d+$/.test(param) ? Number(param) : null;
  }
  return port !== null && Number.isInteger(port) && port > 0 && port < 65536 ? port : null;
}

/** The output of one probe of `c` at `ip` when it fails; null when it succeeds or is not simulated. */
function probeFailure(pod: AdmittedPod, c: Container, probe: unknown, ip: string): string | null {
  if (!isObject(probe)) return null;
  const served = servedPorts(pod);
  const refused = (port: number) => `dial tcp ${joinHostPort(ip, port)}: connect: connection refused`;
  const tcp = probe.tcpSocket;
  if (isObject(tcp)) {
    const port = probePort(tcp.port, c);
    return port === null || answersOn(served, port, 'TCP') ? null : refused(port);
  }
  const http = probe.httpGet;
  if (!isObject(http)) return null;
  const port = probePort(http.port, c);
  const host = typeof http.host === 'string' && http.host !== '' ? http.host : ip;
  if (port === null || host !== ip) return null;
  const scheme = String(http.scheme ?? 'HTTP').toLowerCase();
  const path = typeof http.path === 'string' ? http.path : '/';
  const url = `${scheme}://${joinHostPort(host, port)}${path.startsWith('/') ? '' : '/'}${path}`;
  if (!answersOn(served, port, 'TCP')) return `Get ${JSON.stringify(url)}: ${refused(port)}`;
  return scheme === 'https' ? `Get ${JSON.stringify(url)}: http: server gave HTTP response to HTTPS client` : null;
}

const seconds = (v: unknown, fallback: number): number =>
  typeof v === 'number' && Number.isFinite(v) && v >= 0 ? v : fallback;

/**
 * Container `c` of `pod` (sandbox at `ip`), running since `startedAt`, at `now`: ready without a
 * readiness probe or once it succeeds; not ready within the initial delay or while it fails.
 */
export function readinessAt(pod: AdmittedPod, c: Container, ip: string, startedAt: string, now: string): Readiness {
  const probe = c.readinessProbe;
  if (!isObject(probe) || COMPONENT_NAMESPACES.has(pod.metadata.namespace)) return { ready: true };
  const from = Date.parse(startedAt) + seconds(probe.initialDelaySeconds, 0) * 1000;
  const to = Date.parse(now);
  if (!(to >= from)) return { ready: false };
  const output = probeFailure(pod, c, probe, ip);
  if (output === null) return { ready: true };
  // SetDefaults_Probe makes a zero period 10 s; the floor keeps a bad value from looping.
  const period = Math.max(1, seconds(probe.periodSeconds, 10)) * 1000;
  const count = Math.floor((to - from) / period) + 1;
  const iso = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
  return { ready: false, failed: { output, count, first: iso(from), last: iso(from + (count - 1) * period) } };
}

/**
 * After kubeletStatus wrote a ready pod's status: each container whose probe has not succeeded by
 * `now` is not ready, and so are Ready and ContainersReady, naming those containers
 * (pkg/kubelet/status/generate.go GenerateContainersReadyCondition, ContainersNotReady).
 */
export function markUnready(pod: AdmittedPod, ip: string, at: string, now: string): void {
  const unready = pod.spec.containers.filter((c) => c && !readinessAt(pod, c, ip, at, now).ready).map((c) => c.name);
  const status = pod.status;
  if (unready.length === 0 || !status) return;
  for (const c of status.containerStatuses ?? []) if (unready.includes(c.name)) c.ready = false;
  status.conditions = (status.conditions ?? []).map((c) =>
    c.type === 'Ready' || c.type === 'ContainersReady'
      ? condition(pod, c.type, false, at, 'ContainersNotReady', unreadyMessage(unready))
      : c,
  );
}
