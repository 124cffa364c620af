// Why a declared client (`ksp send --from deployment/web --to service/my-service`) names nothing in
// the scenario, in English: the core returns a code and its parameters (core/sim/clientDecl.ts),
// the CLI words them here as the UI does in the page's language (src/ui/traffic/clientProblem.ts).
import type { ClientProblem } from '../core/sim/index.ts';

const ref = (namespace: string, name: string): string => `${namespace}/${name}`;

export function clientProblemText(p: ClientProblem): string {
  switch (p.code) {
    case 'target-missing':
      return `Service ${ref(p.namespace, p.service)} does not exist`;
    case 'port-missing':
      return `Service ${ref(p.namespace, p.service)} has no port ${p.port}`;
    case 'no-cluster-ip':
      return `Service ${ref(p.namespace, p.service)} has no ClusterIP (headless or ExternalName)`;
    case 'no-node-port':
      return `Service ${ref(p.namespace, p.service)} has no nodePort on port ${p.port} (type: ClusterIP?)`;
    case 'no-load-balancer-ip':
      return `Service ${ref(p.namespace, p.service)} has no load-balancer IP (type: LoadBalancer?)`;
    case 'node-missing':
      return `node ${p.node} does not exist`;
    case 'no-nodes':
      return 'the cluster has no node with an IP';
    case 'ingress-host-missing':
      return `no Ingress serves host ${p.host}`;
    case 'pod-no-ip':
      return `pod ${ref(p.namespace, p.name)} has no IP yet`;
    case 'source-node-missing':
      return `node ${p.node} does not exist`;
    case 'source-pod-missing':
      return `pod ${ref(p.namespace, p.name)} does not exist`;
    case 'workload-missing':
      return `${p.workload} ${ref(p.namespace, p.name)} does not exist`;
    case 'workload-no-pod':
      return `${p.workload} ${ref(p.namespace, p.name)} has no pod to send from`;
    case 'selector-no-pod':
      return `no pod in ${p.namespace} matches ${p.selector}`;
  }
}
