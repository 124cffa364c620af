// Why a declared client sends nothing, in the page's language: the core returns a code and its
// parameters (core/sim/clientDecl.ts ClientProblem); the words live in the i18n catalogue.
import type { ClientProblem } from '../../worker/protocol.ts';
import type { Translate } from '../i18n/translate.ts';

/** `name`, or `namespace/name` outside the default namespace. */
const ref = (namespace: string, name: string): string => (namespace === 'default' ? name : `${namespace}/${name}`);

export function problemText(p: ClientProblem, t: Translate): string {
  switch (p.code) {
    case 'target-missing':
      return t('clients.problem.targetMissing', { service: ref(p.namespace, p.service) });
    case 'port-missing':
      return t('clients.problem.portMissing', { service: ref(p.namespace, p.service), port: p.port });
    case 'external-name':
      return t('clients.problem.externalName', { service: ref(p.namespace, p.service), target: p.externalName });
    case 'no-ports':
      return t('clients.problem.noPorts', { service: ref(p.namespace, p.service) });
    case 'no-cluster-ip':
      return t('clients.problem.noClusterIP', { service: ref(p.namespace, p.service) });
    case 'no-node-port':
      return t('clients.problem.noNodePort', { service: ref(p.namespace, p.service), port: p.port });
    case 'no-load-balancer-ip':
      return t('clients.problem.noLoadBalancerIP', { service: ref(p.namespace, p.service) });
    case 'node-missing':
      return t('clients.problem.nodeMissing', { node: p.node });
    case 'no-nodes':
      return t('clients.problem.noNodes');
    case 'ingress-host-missing':
      return t('clients.problem.ingressHostMissing', { host: p.host });
    case 'pod-no-ip':
      return t('clients.problem.podNoIP', { pod: ref(p.namespace, p.name) });
    case 'source-node-missing':
      return t('clients.problem.sourceNodeMissing', { node: p.node });
    case 'source-pod-missing':
      return t('clients.problem.sourcePodMissing', { pod: ref(p.namespace, p.name) });
    case 'workload-missing':
      return t('clients.problem.workloadMissing', { kind: p.workload, name: ref(p.namespace, p.name) });
    case 'workload-no-pod':
      return t('clients.problem.workloadNoPod', { kind: p.workload, name: ref(p.namespace, p.name) });
    case 'selector-no-pod':
      return t('clients.problem.selectorNoPod', { selector: p.selector, namespace: p.namespace });
  }
}
