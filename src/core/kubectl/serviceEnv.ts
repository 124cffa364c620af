// The Docker-links-style variables kubelet puts into every container for the Services that exist
// when the pod starts (kubelet getServiceEnvVarMap + pkg/kubelet/envvars/envvars.go FromServices):
// the Services of the pod's namespace (enableServiceLinks, default true) plus the master Service
// `kubernetes` of `default`; only Services with a cluster IP (IsServiceIPSet: not "", not None).
import type { ClusterState } from '../model/clusterState.ts';
import type { AdmittedService } from '../model/admitted.ts';

/** envvars.go makeEnvVariableName: upper case, '-' → '_'. */
const envName = (s: string): string => s.replace(/-/g, '_').toUpperCase();

export function serviceEnvVars(state: ClusterState, namespace: string): string[] {
  const visible = state.services.filter((s) => {
    const ns = s.metadata.namespace;
    return ns === namespace || (ns === 'default' && s.metadata.name === 'kubernetes');
  });
  // A later Service of the same name in the pod's namespace wins over the master one (a map in kubelet).
  const byName = new Map<string, AdmittedService>();
  for (const s of visible) {
    const name = s.metadata.name;
    if (s.metadata.namespace === namespace || !byName.has(name)) byName.set(name, s);
  }
  const out: string[] = [];
  for (const svc of byName.values()) out.push(...fromService(svc));
  return out;
}

function fromService(svc: AdmittedService): string[] {
  const ip = svc.spec.clusterIP ?? '';
  const ports = svc.spec.ports ?? [];
  const first = ports[0];
  if (ip === '' || ip === 'None' || !first) return [];
  const prefix = envName(svc.metadata.name);
  const vars = [`${prefix}_SERVICE_HOST=${ip}`, `${prefix}_SERVICE_PORT=${first.port}`];
  for (const p of ports) if (p.name) vars.push(`${prefix}_SERVICE_PORT_${envName(p.name)}=${p.port}`);
  // makeLinkVariables: <NAME>_PORT for the first port, then four variables per port.
  ports.forEach((p, i) => {
    const proto = p.protocol.toLowerCase();
    const url = `${proto}://${ip}:${p.port}`;
    if (i === 0) vars.push(`${prefix}_PORT=${url}`);
    const pp = `${prefix}_PORT_${p.port}_${proto.toUpperCase()}`;
    vars.push(`${pp}=${url}`, `${pp}_PROTO=${proto}`, `${pp}_PORT=${p.port}`, `${pp}_ADDR=${ip}`);
  });
  return vars;
}
