// The ports a pod serves, and which of them a Service port reaches (one home for both: the
// EndpointSlice/Endpoints controllers pick the port with findPort, the dataplane answers on
// servedPorts, so the two can never disagree about native sidecars).
// Upstream: k8s.io/kubernetes pkg/api/v1/pod/util.go FindPort — containers first, then init
// containers with restartPolicy Always (sidecars, KEP-753), which keep running beside the app.
import type { AdmittedContainer, AdmittedPod, AdmittedServicePort } from './admitted.ts';
import { sidecarsOf } from './sidecars.ts';

export interface ServedPort {
  name?: string;
  port: number;
  protocol: string;
}

const list = <T>(v: T[] | undefined): T[] => (Array.isArray(v) ? v : []);

/** The containers that run for the pod's lifetime: app containers, then restartable init containers. */
function runningContainers(pod: AdmittedPod): AdmittedContainer[] {
  return [...list(pod.spec.containers), ...sidecarsOf(pod)];
}

/** The ports a running pod's containers declare (name, number, protocol), in FindPort's search order. */
export function servedPorts(pod: AdmittedPod): ServedPort[] {
  return runningContainers(pod).flatMap((c) =>
    list(c?.ports)
      .filter((p) => p)
      .map((p) => ({
        ...(p.name ? { name: p.name } : {}),
        port: p.containerPort,
        protocol: p.protocol,
      })),
  );
}

/**
 * Whether the pod's server answers on `port`/`protocol`, as requests (dataplane/podAnswer.ts) and
 * kubelet's probes (controllers/readinessProbe.ts) both find it. Every pod runs a serve_hostname-style
 * server on the ports its running containers declare. CHOICE: a pod that declares no ports at all
 * answers on any port: containerPort is informational (core/v1 ContainerPort: "Not specifying a port
 * here DOES NOT prevent that port from being exposed"), and such a pod gives nothing to check against.
 */
export function answersOn(ports: readonly ServedPort[], port: number, protocol: string): boolean {
  return ports.length === 0 || ports.some((p) => p.port === port && p.protocol === protocol);
}

/**
 * FindPort: an int targetPort is used as-is (no check that a container declares it); a named one
 * is the first served port with that name AND the Service port's protocol. null = "no suitable
 * port for manifest" → the controllers omit the port for this pod.
 */
export function findPort(pod: AdmittedPod, sp: AdmittedServicePort): number | null {
  const target = sp.targetPort;
  if (typeof target === 'number') return target;
  return servedPorts(pod).find((p) => p.name === target && p.protocol === sp.protocol)?.port ?? null;
}
