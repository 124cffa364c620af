// The data path's explanations (src/core/dataplane/said.ts) in Korean, one per code: a code the
// core adds without Korean here does not compile. Particles after a value are written doubled and
// chosen from the value (particles.ts). Terms follow the glossary (docs/glossary-ko.md).
import type { SaidCode } from '../../core/dataplane/index.ts';

export const SAID_KO: Record<SaidCode, string> = {
  'proxy.noRules': '노드 {node}의 kube-proxy에 {service}에 대한 규칙이 없습니다',
  'proxy.noEndpoints': '{spn}에 엔드포인트가 없습니다: {why}',
  'proxy.sourceRange': '클라이언트 {client}은(는) {spn}의 loadBalancerSourceRanges({ranges})에 들어 있지 않습니다',
  'proxy.noLocalEndpoint':
    '{policy}가 Local인데 {spn}의 준비된 엔드포인트가 노드 {node}에 없습니다: kube-proxy가 패킷을 버립니다',
  'explain.noSelector':
    '서비스 {service}에 셀렉터가 없어서, 엔드포인트를 만드는 컨트롤러가 없고 엔드포인트슬라이스에도 아무것도 없습니다',
  'explain.noReadyEndpointForPort': '{service}의 엔드포인트슬라이스에 포트 {port}의 준비된 엔드포인트가 없습니다',
  'explain.namespaceMismatch':
    '네임스페이스가 다릅니다: 서비스 {service}의 셀렉터 {selector}와(과) 맞는 파드는 네임스페이스 {namespace}에만 있습니다(예: {pod}). 서비스는 자기 네임스페이스의 파드만 고릅니다',
  'explain.selectorMatchesNone': '서비스 {service}의 셀렉터 {selector}와(과) 맞는 파드가 없습니다',
  'explain.selectorMatchesNoneNearest':
    '서비스 {service}의 셀렉터 {selector}와(과) 맞는 파드가 없습니다. 가장 가까운 것: 파드 {pod}의 레이블 {key}: {value} (셀렉터는 {wantKey}: {wantValue})',
  'explain.selectorMatchesNoneEmpty':
    '서비스 {service}의 셀렉터 {selector}와(과) 맞는 파드가 없습니다. 네임스페이스 {namespace}에 파드가 하나도 없습니다',
  'explain.noneReadyOne': '{service}의 셀렉터와 맞는 파드가 {count}개 있지만 Ready가 아닙니다(예: {pod}: {state})',
  'explain.noneReadyOther':
    '{service}의 셀렉터와 맞는 파드가 {count}개 있지만 Ready인 것이 없습니다(예: {pod}: {state})',
  'explain.targetPortNamesNone':
    'targetPort "{targetPort}"와 같은 이름의 {protocol} 컨테이너 포트가 선택된 파드에 없습니다(선언된 포트: {declared})',
  'explain.targetPortNamesNoneNoPorts':
    'targetPort "{targetPort}"와 같은 이름의 {protocol} 컨테이너 포트가 선택된 파드에 없습니다(선언된 포트 없음)',
  'podState.terminating': '종료 중',
  'podState.notReady': 'phase {phase}, Ready 아님',
  'podState.noIP': 'phase {phase}, 아직 IP 없음',
  'podState.noIPv4': 'phase {phase}, IPv4 주소 없음',
  'podState.nodeUnknown': 'phase {phase}, 알 수 없는 노드',
  'route.clusterIPFromOutside':
    '{ip}은(는) 서비스 {service}의 ClusterIP입니다. 클러스터 안에만 있는 가상 IP입니다(밖에서 닿으려면 NodePort, LoadBalancer, 인그레스를 쓰세요)',
  'route.noServicePort': '{service}에 서비스 포트 {port}/{protocol}이(가) 없습니다(있는 포트: {ports})',
  'route.healthCheckNoLocal': '노드 {node}에 로컬 엔드포인트가 없습니다(헬스 체크 노드 포트)',
  'route.healthCheckUnhealthy': '비정상(헬스 체크 노드 포트)',
  'route.nothingOnNodePort':
    '노드 {node}의 포트 {port}/{protocol}에서 듣는 것이 없습니다: nodePort가 {port}인 서비스가 없습니다(사용 중인 노드 포트: {ports})',
  'route.nothingOnNodePortNone':
    '노드 {node}의 포트 {port}/{protocol}에서 듣는 것이 없습니다: nodePort가 {port}인 서비스가 없습니다(사용 중인 노드 포트 없음)',
  'route.podIPFromOutside': '{ip}은(는) 파드 {pod}의 IP입니다. 파드 IP는 클러스터 밖에서 라우팅되지 않습니다',
  'route.unallocatedClusterIP':
    'ClusterIP가 {ip}인 서비스가 없습니다(서비스 CIDR {cidr} 안의 주소지만 할당되지 않았습니다)',
  'route.noOwner': '클러스터의 어떤 파드, 노드, 서비스도 IP {ip}을(를) 갖고 있지 않습니다',
  'internal.error': '라우팅 중 내부 오류: {error}',
  'deliver.noEndpointHost': '엔드포인트 IP {ip}을(를) 가진 파드나 노드가 없습니다: 패킷이 갈 곳이 없습니다',
  'deliver.checkTargetPort': '{why}. 서비스 {service}의 targetPort를 확인하세요',
  'lb.noListener': '{service}의 로드 밸런서 {ip}에 {port}/{protocol} 리스너가 없습니다(있는 포트: {ports})',
  'lb.noReadyNode': '로드 밸런서 {ip}이(가) 보낼 Ready 노드가 없습니다',
  'target.invalid': '대상 주소를 읽을 수 없습니다: {error}',
  'dns.publicNoRecord': '공개 DNS에 {host} 레코드가 없습니다: 클러스터 DNS 이름은 클러스터 밖에서 보이지 않습니다',
  'dns.publicNoRecordNoLB':
    '공개 DNS에 {host} 레코드가 없습니다: 클러스터 DNS 이름은 클러스터 밖에서 보이지 않습니다(인그레스 컨트롤러도 아직 로드 밸런서 IP가 없습니다)',
  'dns.nodeResolver':
    '노드 {node}은(는) 클러스터 DNS를 쓰지 않는 자기 /etc/resolv.conf로 이름을 찾습니다: 거기서는 "{host}"을(를) 모릅니다(ClusterIP를 쓰거나 파드에서 보내세요)',
  'dns.podNodeResolver':
    '"{host}"은(는) NXDOMAIN입니다(시도한 이름: {tried}). 파드 {pod}은(는) dnsPolicy: Default라서 노드의 /etc/resolv.conf(nameserver {server})를 쓰며, 거기서는 클러스터 이름을 모릅니다(dnsPolicy: ClusterFirst를 쓰세요)',
  'dns.podHostNetwork':
    '"{host}"은(는) NXDOMAIN입니다(시도한 이름: {tried}). 파드 {pod}은(는) hostNetwork: true라서 dnsPolicy: ClusterFirst가 노드의 리졸버(nameserver {server})로 바뀌며, 거기서는 클러스터 이름을 모릅니다(dnsPolicy: ClusterFirstWithHostNet을 쓰세요)',
  'dns.podCustomResolver':
    '"{host}"은(는) NXDOMAIN입니다(시도한 이름: {tried}). 파드 {pod}은(는) dnsPolicy: None이고 dnsConfig의 nameserver {server}에 묻는데, 거기서는 클러스터 이름을 모릅니다',
  'dns.nxdomain': 'NXDOMAIN: "{host}"의 DNS 레코드가 없습니다(시도한 이름: {tried})',
  'dns.nxdomainOtherNamespace':
    'NXDOMAIN: "{host}"의 DNS 레코드가 없습니다(시도한 이름: {tried}). 서비스 {service}은(는) 네임스페이스 {namespace}에 있습니다: {name}을(를) 쓰세요',
  'dns.externalName':
    '{fqdn}은(는) 클러스터 밖 호스트 {target}의 ExternalName 별칭입니다. 시뮬레이터는 클러스터 밖을 만들지 않습니다',
  'dns.noAddress': '{host}의 주소가 없습니다',
  'source.podNotFound': '파드 {pod}이(가) 없습니다',
  'source.podNotFoundLike': '파드 {pod}이(가) 없습니다(혹시 {list}?)',
  'source.podNotFoundList': '파드 {pod}이(가) 없습니다({namespace}의 파드: {list})',
  'source.podUnscheduled': '파드 {pod}이(가) 노드에 스케줄되지 않아 보낼 수 없습니다',
  'source.podNoIP': '파드 {pod}에 아직 IP가 없어 보낼 수 없습니다',
  'source.nodeNotFound': '노드 {node}이(가) 없습니다(노드: {nodes})',
  'source.nodeNotFoundNone': '노드 {node}이(가) 없습니다(노드가 하나도 없습니다)',
  'source.notIPv4': '"{ip}"은(는) 외부 클라이언트의 IPv4 주소가 아닙니다',
  'source.externalInCluster':
    '외부 클라이언트 IP {ip}은(는) 클러스터의 노드나 파드 주소입니다. 클러스터 밖의 주소를 고르세요(예: {example})',
  'pod.notRunning': '파드 {pod}이(가) {phase} 상태입니다: 연결을 받을 컨테이너가 실행 중이 아닙니다',
  'pod.notListening': '파드 {pod}은(는) {port}/{protocol}에서 듣지 않습니다(컨테이너가 선언한 포트: {declared})',
  'ingress.noRule':
    '호스트 "{host}", 경로 "{path}"와 맞는 인그레스 규칙이 없고 defaultBackend도 없습니다(규칙이 있는 호스트: {hosts})',
  'ingress.noRuleNoHosts':
    '호스트 "{host}", 경로 "{path}"와 맞는 인그레스 규칙이 없고 defaultBackend도 없습니다(규칙이 있는 호스트 없음)',
  'ingress.backendNoEndpoints': '서비스 {service}에 준비된 엔드포인트가 없습니다: {why}',
  'ingress.backendNotService': '백엔드 {backend}은(는) 서비스가 아닙니다',
  'ingress.backendMissing': '백엔드 서비스 {service}이(가) 없습니다',
  'ingress.backendNoPort': '서비스 {service}에 포트 {port}이(가) 없습니다(있는 포트: {ports})',
  'ingress.badGateway': 'ingress-nginx가 {endpoint}에서 응답을 받지 못했습니다: {why} → 502 Bad Gateway',
  'ingress.hop404': 'ingress-nginx: {why} → 기본 백엔드가 404 Not Found로 응답합니다',
  'ingress.hop503': 'ingress-nginx가 {rule}에 맞췄지만 {why} → 503 Service Temporarily Unavailable',
  'hop.proxyRejectNoEndpoints':
    '노드 {node}의 kube-proxy: {spn}에 엔드포인트가 없어서 {where}(으)로 온 패킷을 REJECT합니다(연결 거부)',
  'hop.proxyDropNoLocalInternal':
    '노드 {node}의 kube-proxy: internalTrafficPolicy가 Local인데 {spn}의 엔드포인트가 {node}에 없어서 패킷을 DROP합니다(클라이언트는 시간 초과)',
  'hop.proxyDropSourceRange':
    '노드 {node}의 kube-proxy: {client}은(는) loadBalancerSourceRanges({ranges})에 없어서 패킷을 DROP합니다',
  'hop.proxyDropNoLocalExternal':
    '노드 {node}의 kube-proxy: externalTrafficPolicy가 Local인데 {spn}의 준비된 엔드포인트가 {node}에 없어서 패킷을 DROP합니다(클라이언트는 시간 초과)',
  'hop.proxyClusterIPAny':
    '노드 {node}의 kube-proxy: {address}은(는) {spn}의 ClusterIP입니다 → 준비된 엔드포인트 중 하나로',
  'hop.proxyClusterIPLocal':
    '노드 {node}의 kube-proxy: {address}은(는) {spn}의 ClusterIP입니다 → 이 노드의 엔드포인트로만(internalTrafficPolicy: Local)',
  'hop.proxyExternalAny':
    '노드 {node}의 kube-proxy: {where}은(는) {spn}의 것입니다(externalTrafficPolicy {policy}) → 준비된 엔드포인트 중 하나로',
  'hop.proxyExternalLocal':
    '노드 {node}의 kube-proxy: {where}은(는) {spn}의 것입니다(externalTrafficPolicy {policy}) → 이 노드의 엔드포인트로만, 클라이언트 IP 유지',
  'where.clusterIP': 'ClusterIP {address}',
  'where.externalIP': 'externalIP {address}',
  'where.loadBalancerIP': '로드 밸런서 IP {address}',
  'where.nodePort': '노드 포트 {port}',
  'hop.dnat': 'DNAT {address} → {endpoint}',
  'hop.dnatPod': 'DNAT {address} → {endpoint} (파드 {pod})',
  'hop.routed': '파드 네트워크를 거쳐 {from}에서 파드가 있는 노드 {to}(으)로 갑니다',
  'hop.podAnswers': '파드 {pod}이(가) {address}에서 {client}에게 응답합니다: "{response}"',
  'hop.clientPod': '노드 {node}의 파드 {pod}이(가) 연결을 엽니다(IP {ip})',
  'hop.clientNode': '노드 {node}({ip})의 프로세스가 연결을 엽니다',
  'hop.clientExternal': '클러스터 밖의 클라이언트 {ip}이(가) 연결을 엽니다',
  'outcome.refused': '연결 거부',
  'outcome.timeout': '시간 초과',
  'outcome.unreachable': '도달 불가',
  'outcome.dns-error': 'DNS 오류',
  'outcome.http-error': 'HTTP 오류',
  'outcome.ok': '성공',
};
