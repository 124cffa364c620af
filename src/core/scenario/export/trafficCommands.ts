// The commands that send traffic to each Service and Ingress of the scenario on a real cluster,
// the way the seed tests them: ClusterIP from a throwaway busybox pod (wget), NodePort on a
// node's IP, LoadBalancer on the address the cloud assigned (none for a loadBalancerClass the
// default controller skips), Ingress with a Host header.
import type { AdmittedService, AdmittedServicePort, AdmittedIngress } from '../../model/admitted.ts';
import { namespaceFlag } from './shellWords.ts';
import { quoteWord } from '../../argv/commandLine.ts';
import { servedByCloudController } from '../../controllers/loadBalancers.ts';

const BUSYBOX = 'kubectl run tmp --image=busybox -it --rm --restart=Never';
const NODE_IP = `NODE_IP=$(kubectl get nodes -o jsonpath='{.items[0].status.addresses[?(@.type=="InternalIP")].address}')`;

export interface ServiceInput {
  service: AdmittedService;
  /** The nodePorts the user wrote (port index → nodePort); others are allocated anew by the real cluster. */
  declaredNodePorts: ReadonlyMap<number, number>;
}

/** Shell lines for one Service; `needNodeIP` is called once a line uses $NODE_IP. */
export function serviceCommands({ service, declaredNodePorts }: ServiceInput, needNodeIP: () => string[]): string[] {
  const name = service.metadata.name;
  const ns = service.metadata.namespace;
  const spec = service.spec;
  const type = spec.type;
  const n = namespaceFlag(ns);
  const dns = `${name}.${ns}`;
  const lines = [
    `# Service ${ns === 'default' ? name : `${ns}/${name}`} (${type}${spec.clusterIP === 'None' ? ', headless' : ''})`,
  ];
  if (type === 'ExternalName') {
    lines.push(`${BUSYBOX} -- nslookup ${quoteWord(dns)}   # a CNAME to ${quoteWord(spec.externalName ?? '')}`);
    return lines;
  }
  if (spec.clusterIP === 'None') {
    lines.push(`${BUSYBOX} -- nslookup ${quoteWord(dns)}   # one A record per ready pod, no virtual IP`);
    return lines;
  }
  const ports = spec.ports ?? [];
  ports.forEach((p: AdmittedServicePort, i) => {
    const protocol = p.protocol;
    if (protocol !== 'TCP') {
      lines.push(`# port ${p.port}/${protocol}: wget and curl speak TCP; not tested here`);
      return;
    }
    lines.push(`${BUSYBOX} -- wget -O- -q http://${quoteWord(dns)}:${p.port}`);
    if (type === 'NodePort' || type === 'LoadBalancer') {
      lines.push(...needNodeIP());
      const declared = declaredNodePorts.get(i);
      const nodePort =
        declared !== undefined
          ? String(declared)
          : `$(kubectl get svc ${quoteWord(name)}${n} -o jsonpath='{.spec.ports[${i}].nodePort}')`;
      lines.push(
        `curl http://$NODE_IP:${nodePort}/${declared === undefined ? '   # the real cluster picks its own nodePort' : ''}`,
      );
    }
    if (type === 'LoadBalancer' && servedByCloudController(service)) {
      lines.push(
        `curl http://$(kubectl get svc ${quoteWord(name)}${n} -o jsonpath='{.status.loadBalancer.ingress[0].ip}'):${p.port}/`,
      );
    }
  });
  if (ports.length === 0) lines.push('# no ports: nothing to send traffic to');
  else if (type === 'LoadBalancer' && !servedByCloudController(service)) {
    // The default cloud controller skips a classed Service (wantsLoadBalancer): no address to curl.
    const cls = quoteWord(spec.loadBalancerClass ?? '');
    lines.push(
      `kubectl get svc ${quoteWord(name)}${n}   # loadBalancerClass ${cls}: EXTERNAL-IP stays <pending> until a controller for that class assigns one`,
    );
  }
  return lines;
}

/** Shell lines for one Ingress: a curl per host and path, through the ingress controller's address. */
export function ingressCommands(ingress: AdmittedIngress): string[] {
  const name = ingress.metadata.name;
  const ns = ingress.metadata.namespace;
  const lines = [
    `# Ingress ${ns === 'default' ? name : `${ns}/${name}`}: one address for many Services`,
    `INGRESS_IP=$(kubectl get ingress ${quoteWord(name)}${namespaceFlag(ns)} -o jsonpath='{.status.loadBalancer.ingress[0].ip}')`,
  ];
  const spec = ingress.spec ?? {};
  for (const rule of spec.rules ?? []) {
    const host = rule.host ? `-H ${quoteWord(`Host: ${rule.host}`)} ` : '';
    for (const p of rule.http?.paths ?? []) {
      lines.push(`curl ${host}http://$INGRESS_IP${urlPath(p.path ?? '/')}`);
    }
  }
  if (spec.defaultBackend) lines.push('curl http://$INGRESS_IP/   # no rule matches: the default backend answers');
  return lines;
}

/** The path as a shell word glued to the URL: plain when safe, quoted otherwise. */
function urlPath(path: string): string {
  const p = path.startsWith('/') ? path : `/${path}`;
  return /^[A-Za-z0-9_./%+,=@:-]*$/.test(p) ? p : quoteWord(p);
}

export { NODE_IP };
