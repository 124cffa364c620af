// kube-proxy's health check server for Services with externalTrafficPolicy: Local.
import type { DataplaneContext } from './context.ts';

/** kube-proxy's healthCheckNodePort server (pkg/proxy/healthcheck/service_health.go ServeHTTP). */
export function healthCheck(
  ctx: DataplaneContext,
  node: string,
  port: number,
): { status: number; body: string } | null {
  const svc = ctx.index.healthCheckPort.get(port);
  if (!svc) return null;
  for (let i = 0; i < (svc.spec.ports ?? []).length; i++) {
    const sp = ctx.index.servicePort(node, svc, i);
    if (!sp || sp.healthCheckNodePort !== port) continue;
    const local = sp.endpoints.filter((e) => e.isLocal && e.ready).length;
    const body = `{"service":{"namespace":"${sp.namespace}","name":"${sp.name}"},"localEndpoints":${local},"serviceProxyHealthy":true}`;
    return { status: local > 0 ? 200 : 503, body };
  }
  return null;
}
