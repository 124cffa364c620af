// The faces' catalogue (messages.ts) in Korean, one wording per code: a code without Korean here
// does not compile. Particles after a value are written doubled and chosen from the value
// (particles.ts); terms follow the glossary (docs/glossary-ko.md). Flags, forms a reader types
// (service/NAME:PORT) and the placeholders of a synopsis (FILE, NAME) stay as written.
import type { MessageCode } from './messages.ts';

export const MESSAGES_KO: Record<MessageCode, string> = {
  'usage.langValue': '--lang에는 {languages} 중 하나를 쓰세요. 받은 값: {got}',
  'usage.langMissing': '--lang에는 {languages} 중 하나를 쓰세요. 값이 없습니다',
  'usage.seedValue': '--seed에는 0부터 {max}까지의 정수를 쓰세요. 받은 값: {got}',
  'usage.seedMissing': '--seed에는 0부터 {max}까지의 정수를 쓰세요. 값이 없습니다',
  'usage.unknownFlag': '알 수 없는 플래그입니다: {flag}',
  'usage.needsValue': '{flag}에 값이 필요합니다',
  'usage.noFile': '파일을 하나 주세요',
  'usage.noFiles': '파일을 하나 이상 주세요',
  'usage.oneFile': '파일은 하나만 주세요(받은 파일 {count}개)',
  'usage.oneFILE': 'FILE을 하나 주세요',
  'usage.kubectlArgs': 'FILE 하나를 주고, -- 다음에 kubectl 인자를 쓰세요',
  'usage.mode': '--mode에는 {modes} 중 하나를 쓰세요. 받은 값: {got}',
  'usage.header': '{flag}에는 curl -H처럼 NAME: VALUE를 쓰세요. 받은 값: {got}',
  'usage.toRequired': '--to TARGET이 필요합니다(예: --to my-service, --to 10.96.0.5:80, --to 192.168.49.2:30007)',
  'usage.from':
    '--from에는 external, external/IP, node/NAME, pod/NAME, pod/NAMESPACE/NAME, deployment/NAME, selector/KEY=VALUE 중 하나를 쓰세요. 받은 값: {got}',
  'usage.to': '--to: {why}',
  'usage.count': '--count에는 1부터 {max}까지의 정수를 쓰세요. 받은 값: {got}',
  'usage.interval': '--interval에는 0 이상의 초 단위 수를 쓰세요. 받은 값: {got}',
  'decl.workloadForm': '{text}: {kind}/NAME 또는 {kind}/NAMESPACE/NAME 형식으로 쓰세요',
  'decl.selectorForm': '{text}: selector/KEY=VALUE[,KEY=VALUE] 또는 selector/NAMESPACE/… 형식으로 쓰세요',
  'decl.sourceForm':
    '{text}은(는) 트래픽 출발지가 아닙니다: external, external/IP, node/NAME, pod/NAME, pod/NAMESPACE/NAME 중 하나를 쓰세요',
  'decl.sourceExternalIP':
    '{text}은(는) 트래픽 출발지가 아닙니다(클러스터 밖 호스트는 IPv4 주소로 씁니다): external, external/IP, node/NAME, pod/NAME, pod/NAMESPACE/NAME 중 하나를 쓰세요',
  'decl.sourceNames':
    '{text}은(는) 트래픽 출발지가 아닙니다(이름은 소문자 DNS 이름입니다): external, external/IP, node/NAME, pod/NAME, pod/NAMESPACE/NAME 중 하나를 쓰세요',
  'decl.nodeAfterAt': '{text}: @ 뒤에는 노드 이름을 씁니다',
  'decl.serviceForm': '{text}: {kind}/[NAMESPACE/]NAME[:PORT] 형식으로 쓰세요',
  'decl.nodePortForm': '{text}: {kind}/[NAMESPACE/]NAME[:PORT][@NODE] 형식으로 쓰세요',
  'decl.podIPForm':
    '{text}: podip/pod/[NAMESPACE/]NAME:PORT, podip/deployment/[NAMESPACE/]NAME:PORT, podip/selector/…:PORT 중 하나로 쓰세요',
  'decl.ingressForm': '{text}: ingress/HOST[/PATH] 형식으로 쓰세요',
  'decl.emptyTarget': '대상이 비어 있습니다',
  'export.serviceCIDR':
    'serviceCIDR {value}: kube-apiserver를 --service-cluster-ip-range={value}(으)로 시작하세요(kubeadm: networking.serviceSubnet, kind: networking.serviceSubnet)',
  'export.nodePortRange':
    'nodePortRange {value}: kube-apiserver를 --service-node-port-range={value}(으)로 시작하세요(kubeadm: apiServer.extraArgs)',
  'export.clusterDomain':
    'clusterDomain {value}: 각 kubelet을 --cluster-domain={value}(으)로 시작하세요(kubeadm: networking.dnsDomain)',
  'export.kubeProxyConfig':
    'KubeProxyConfiguration은 API 오브젝트가 아니라 kube-proxy의 설정 파일이라서 kubectl apply로 적용할 수 없습니다. kubeadm 클러스터에서는 kube-proxy 컨피그맵에 넣고(kubectl -n kube-system edit configmap kube-proxy, 키 config.conf) kubectl -n kube-system rollout restart daemonset kube-proxy를 실행하세요',
  'export.kubeProxyConfigFlags':
    'KubeProxyConfiguration은 API 오브젝트가 아니라 kube-proxy의 설정 파일이라서 kubectl apply로 적용할 수 없습니다. kubeadm 클러스터에서는 kube-proxy 컨피그맵에 넣고(kubectl -n kube-system edit configmap kube-proxy, 키 config.conf) kubectl -n kube-system rollout restart daemonset kube-proxy를 실행하세요. 플래그로 쓰면: {flags}',
  'export.nodes':
    '시나리오가 노드 오브젝트를 선언합니다. 실제 클러스터의 노드는 kubelet이 스스로 등록하므로, 적용하기 전에 그 문서를 지우세요',
  'export.loadBalancer':
    'LoadBalancer 서비스에는 클라우드 로드 밸런서 컨트롤러(클라우드 공급자, MetalLB, cloud-provider-kind 또는 minikube tunnel)가 필요합니다. 없으면 EXTERNAL-IP가 <pending>으로 남습니다',
  'export.ingress':
    '인그레스에는 인그레스 컨트롤러가 필요합니다. 플레이그라운드는 ingress-nginx(인그레스클래스 nginx)를 시뮬레이션합니다. 먼저 설치하세요: {url}',
  'export.gatewayApi':
    '게이트웨이 API 오브젝트에는 게이트웨이 API CRD(표준 채널 {version}: kubectl apply --server-side -f {crds})와 게이트웨이 API 구현체가 필요합니다. 플레이그라운드는 게이트웨이클래스 nginx의 {implementation}을(를) 시뮬레이션합니다. 먼저 설치하세요: {url}',
  'export.syntax': '시나리오 YAML에 오류가 있습니다. 먼저 편집기에서 고치세요({detail})',
  'export.limit': '{detail}',
  'export.notLoaded': '시나리오를 불러올 수 없습니다',
  'limit.size': '시나리오가 {bytes}바이트입니다. 플레이그라운드는 {max}바이트까지 받습니다',
  'limit.depth': 'YAML이 {line}번째 줄에서 {depth}단계까지 중첩됩니다. 플레이그라운드는 {max}단계까지 받습니다',
  'limit.documents': '시나리오에 문서가 {documents}개 있습니다. 플레이그라운드는 {max}개까지 받습니다',
  'limit.replicasPerWorkload':
    '{kind} "{name}"은(는) 레플리카 {replicas}개를 요청하지만, 플레이그라운드는 워크로드마다 레플리카를 {max}개까지 받으므로 파드를 {pods}개만 만들었습니다',
  'limit.podsPerScenario':
    '{kind} "{name}"은(는) 레플리카 {replicas}개를 요청하지만, 플레이그라운드는 시나리오마다 파드를 {max}개까지 받으므로 파드를 {pods}개만 만들었습니다',
  'kind.storedNotSimulated': '경고: {kind}은(는) 저장되지만 플레이그라운드에서 시뮬레이션하지 않습니다',
  'pod.unschedulable': '파드 "{name}"은(는) 스케줄되지 않아 Pending 상태로 남습니다: {why}',
  'pod.sandboxFailed': '파드 "{name}"은(는) 노드 {node}에서 ContainerCreating 상태로 남습니다: {why}',
  'pod.boundToMissingNode':
    '파드 "{name}"은(는) 존재하지 않는 노드 "{node}"에 바인딩되어 있어 Pending 상태로 남고 IP를 받지 못합니다',
  'pod.boundToNotReadyNode':
    '파드 "{name}"은(는) NotReady 상태인 노드 "{node}"에 바인딩되어 있어 Pending 상태로 남고 IP를 받지 못합니다',
  'kubectl.verbNotSimulated': '"{verb}" 명령은 플레이그라운드에서 시뮬레이션하지 않습니다',
  'kubectl.formatNotSimulated': '{format}은(는) 플레이그라운드에서 시뮬레이션하지 않습니다',
  'kubectl.describeNotSimulated':
    '{resource}의 describe는 플레이그라운드에서 시뮬레이션하지 않습니다({supported}을(를) describe합니다)',
  'kubectl.statusNotFilled':
    '{columns}: 플레이그라운드는 {resource}의 컨트롤러를 실행하지 않으므로 이 값은 실제 클러스터와 다를 수 있습니다',
  'kubectl.rbacNotBootstrapped':
    '플레이그라운드는 클러스터의 API 서버가 시작할 때 부트스트랩 RBAC 정책으로 만드는 {resource} 오브젝트를 만들지 않습니다. YAML에 있는 것만 나열됩니다',
  'kubectl.watchOnce':
    '--watch: 위 목록은 kubectl이 처음 출력하는 내용입니다. 플레이그라운드의 클러스터는 YAML이 바뀔 때만 바뀌므로 더 지켜볼 변화가 없습니다',
  'kubectl.managedBy':
    '{object}은(는) {ownerKind} "{owner}"이(가) 관리합니다. 대신 YAML에서 {Kind}을(를) 고치세요(컨트롤러가 이 변경을 되돌립니다)',
  'kubectl.controlPlaneObject': '{object}은(는) 플레이그라운드의 컨트롤 플레인이 만든 것이라 바꿀 수 없습니다',
  'kubectl.scenarioUnparsed': '시나리오 YAML을 해석할 수 없습니다. kubectl을 쓰려면 편집기에서 고치세요',
  'kubectl.scenarioHasErrors': '시나리오에 오류가 있습니다. kubectl을 쓰려면 고치세요',
  'kubectl.busyboxOnly':
    '플레이그라운드의 파드 안에서는 busybox의 {programs}만 실행됩니다("{program}"을(를) 받았습니다)',
  'podShell.scenarioUnparsed': '시나리오 YAML을 해석할 수 없습니다. 파드 셸을 쓰려면 편집기에서 고치세요',
  'podShell.onePipeline': '플레이그라운드의 셸은 한 줄에 파이프라인 하나만 실행합니다(|| 없음)',
  'podShell.operatorNotSimulated':
    '"{operator}"은(는) 시뮬레이션하지 않습니다. 한 줄에 명령 하나(또는 grep으로 보내는 파이프 하나)를 실행하세요',
  'stream.notObject': '쿠버네티스 오브젝트는 apiVersion, kind, metadata가 있는 매핑이어야 합니다',
  'history.notReplayed': 'KubectlHistory: "{command}"을(를) 다시 실행하지 않았습니다: {why}',
  'history.onlyPodVerbs': 'kubectl delete pod, kubectl label pod, kubectl annotate pod 명령만 다시 실행합니다',
  'history.onlyPods': '기록에는 파드에 대한 명령만 남습니다',
  'history.deleteOne': '삭제 명령(kubectl delete pod)은 기록 항목 하나에 파드 하나만 받습니다',
  'link.tooLong': '링크가 {length}자입니다. 최대 {max}자까지 받습니다',
  'link.noScenario': '이 링크에는 시나리오가 없습니다(#s=1.…이어야 합니다)',
  'link.unknownCodec': '이 링크는 이 버전이 모르는 코덱 "{codec}"을(를) 씁니다',
  'link.badCharacters': '링크가 손상되었습니다: 공유 링크에 없는 문자가 들어 있습니다',
  'link.noInflate': '링크가 손상되었거나 잘렸습니다: 데이터의 압축이 풀리지 않습니다(또는 풀면 {mb}MB를 넘습니다)',
  'link.notText': '링크가 손상되었습니다: 데이터가 텍스트가 아닙니다',
  'link.notJson': '링크가 손상되었습니다: 데이터가 올바른 JSON이 아닙니다',
  'link.noObject': '링크에 시나리오 객체가 없습니다',
  'link.newerVersion': '더 새 버전에서 만든 링크입니다(스키마 {schema})',
  'link.noYaml': '링크에 YAML이 없습니다',
  'export.errorsOne':
    '시나리오에 플레이그라운드가 찾은 오류가 {count}개 있습니다. kubectl apply도 같은 문서를 거부합니다',
  'export.errorsOther':
    '시나리오에 플레이그라운드가 찾은 오류가 {count}개 있습니다. kubectl apply도 같은 문서를 거부합니다',
};
