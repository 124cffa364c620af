// Why a declared client (`ksp send --from deployment/web --to service/my-service`) names nothing in
// the scenario, in the reader's language: the core returns a code and its parameters
// (core/sim/clientDecl.ts), the CLI words them here as the UI does in the page's language
// (src/ui/traffic/clientProblem.ts). Korean terms follow the glossary (src/text/glossary.ts).
import type { ClientProblem, WorkloadKind } from '../core/sim/index.ts';
import type { Language } from '../text/language.ts';
import { particle, type ParticleForm } from '../text/particles.ts';

const ref = (namespace: string, name: string): string => `${namespace}/${name}`;

export function clientProblemText(p: ClientProblem, lang: Language = 'en'): string {
  return lang === 'ko' ? korean(p) : english(p);
}

function english(p: ClientProblem): string {
  switch (p.code) {
    case 'target-missing':
      return `Service ${ref(p.namespace, p.service)} does not exist`;
    case 'port-missing':
      return `Service ${ref(p.namespace, p.service)} has no port ${p.port}`;
    case 'external-name':
      return `Service ${ref(p.namespace, p.service)} is an ExternalName Service, a DNS alias for ${p.externalName}: it has no ClusterIP or port to send to`;
    case 'no-ports':
      return `Service ${ref(p.namespace, p.service)} declares no ports`;
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

/** The workload kinds as the Korean docs write them. */
const WORKLOAD_KO: Record<WorkloadKind, string> = {
  Deployment: '디플로이먼트',
  StatefulSet: '스테이트풀셋',
  DaemonSet: '데몬셋',
  ReplicaSet: '레플리카셋',
};

/** A value followed by the particle its sound takes. */
const j = (word: string | number, form: ParticleForm): string => `${word}${particle(String(word), form)}`;

function korean(p: ClientProblem): string {
  switch (p.code) {
    case 'target-missing':
      return `서비스 ${j(ref(p.namespace, p.service), '이(가)')} 없습니다`;
    case 'port-missing':
      return `서비스 ${ref(p.namespace, p.service)}에 포트 ${j(p.port, '이(가)')} 없습니다`;
    case 'external-name':
      return `서비스 ${j(ref(p.namespace, p.service), '은(는)')} ${p.externalName}의 DNS 별칭인 ExternalName 서비스라서 보낼 ClusterIP도 포트도 없습니다`;
    case 'no-ports':
      return `서비스 ${ref(p.namespace, p.service)}에 선언된 포트가 없습니다`;
    case 'no-cluster-ip':
      return `서비스 ${ref(p.namespace, p.service)}에 ClusterIP가 없습니다(헤드리스 또는 ExternalName)`;
    case 'no-node-port':
      return `서비스 ${ref(p.namespace, p.service)}의 포트 ${p.port}에 nodePort가 없습니다(type: ClusterIP?)`;
    case 'no-load-balancer-ip':
      return `서비스 ${ref(p.namespace, p.service)}에 로드 밸런서 IP가 없습니다(type: LoadBalancer?)`;
    case 'node-missing':
    case 'source-node-missing':
      return `노드 ${j(p.node, '이(가)')} 없습니다`;
    case 'no-nodes':
      return '클러스터에 IP가 있는 노드가 없습니다';
    case 'ingress-host-missing':
      return `호스트 ${j(p.host, '을(를)')} 처리하는 인그레스가 없습니다`;
    case 'pod-no-ip':
      return `파드 ${ref(p.namespace, p.name)}에 아직 IP가 없습니다`;
    case 'source-pod-missing':
      return `파드 ${j(ref(p.namespace, p.name), '이(가)')} 없습니다`;
    case 'workload-missing':
      return `${WORKLOAD_KO[p.workload]} ${j(ref(p.namespace, p.name), '이(가)')} 없습니다`;
    case 'workload-no-pod':
      return `${WORKLOAD_KO[p.workload]} ${ref(p.namespace, p.name)}에 요청을 보낼 파드가 없습니다`;
    case 'selector-no-pod':
      return `네임스페이스 ${p.namespace}에 ${j(p.selector, '와(과)')} 맞는 파드가 없습니다`;
  }
}
