// The data path's explanations (src/core/dataplane/said.ts) in Korean, one per code: a code the
// core adds without Korean here does not compile. Particles after a value are written doubled and
// chosen from the value (particles.ts). Terms follow the glossary (docs/glossary-ko.md).
import type { SaidCode } from '../core/dataplane/index.ts';

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
  'podState.waiting': '{state}; 컨테이너 {container} 대기 중: {why}',
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
  'route.localhostNodePortsOff':
    '노드 {node}의 {ip}:{port}/{protocol}에서 듣는 것이 없습니다: kube-proxy는 iptables 모드에서 localhostNodePorts가 켜져 있고, nodePortAddresses를 정했다면 그 안에 루프백 CIDR이 있을 때만 127.0.0.1에서 NodePort를 받습니다',
  'route.nodePortAddressesExclude':
    '{ip}:{port}/{protocol}에서 듣는 것이 없습니다: 노드 {node}의 kube-proxy는 nodePortAddresses({addresses})에 드는 노드 주소에서만 NodePort를 받습니다',
  'route.noOwner': '클러스터의 어떤 파드, 노드, 서비스도 IP {ip}을(를) 갖고 있지 않습니다',
  'internal.error': '라우팅 중 내부 오류: {error}',
  'deliver.noEndpointHost': '엔드포인트 IP {ip}을(를) 가진 파드나 노드가 없습니다: 패킷이 갈 곳이 없습니다',
  'deliver.checkTargetPort': '{why}. 서비스 {service}의 targetPort를 확인하세요',
  'lb.noListener': '{service}의 로드 밸런서 {ip}에 {port}/{protocol} 리스너가 없습니다(있는 포트: {ports})',
  'lb.noReadyNode': '로드 밸런서 {ip}이(가) 보낼 Ready 노드가 없습니다',
  'target.empty': '대상이 비어 있습니다: web.default, web.default:80, http://10.96.0.5/처럼 호스트를 쓰세요',
  'target.scheme': '"{scheme}" 스킴은 쓸 수 없습니다: http://, https://, tcp:// 중 하나를 쓰세요',
  'target.port': '"{text}"의 포트 "{port}"이(가) 잘못되었습니다: 포트는 1부터 65535까지의 수입니다',
  'target.noHost': '"{text}"에 호스트가 없습니다',
  'target.badHost': '"{host}"은(는) 호스트 이름도 IPv4 주소도 아닙니다',
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
  'ingress.noRuleDefaultNotCatchAll':
    '호스트 "{host}", 경로 "{path}"와 맞는 인그레스 규칙이 없습니다(규칙이 있는 호스트: {hosts}). 인그레스 {ingress}에 defaultBackend가 있지만, ingress-nginx는 규칙이 있는 인그레스의 defaultBackend를 그 인그레스가 먼저 정의한 호스트에서만 쓰고, 다른 호스트는 자기 캐치올 서버로 보냅니다(인그레스 API는 맞지 않는 요청의 처리를 컨트롤러에 맡깁니다)',
  'ingress.backendNoEndpoints': '서비스 {service}에 준비된 엔드포인트가 없습니다: {why}',
  'ingress.backendNotService': '백엔드 {backend}은(는) 서비스가 아닙니다',
  'ingress.backendMissing': '백엔드 서비스 {service}이(가) 없습니다',
  'ingress.backendNoPort': '서비스 {service}에 포트 {port}이(가) 없습니다(있는 포트: {ports})',
  'ingress.badGateway': 'ingress-nginx가 {endpoint}에서 응답을 받지 못했습니다: {why} → 502 Bad Gateway',
  'ingress.hop404': 'ingress-nginx: {why} → 기본 백엔드가 404 Not Found로 응답합니다',
  'ingress.hop503': 'ingress-nginx가 {rule}에 맞췄지만 {why} → 503 Service Temporarily Unavailable',
  'gateway.noListener':
    '게이트웨이 {gateway}의 포트 {port} 리스너 중 호스트 "{host}"을(를) 받는 것이 없습니다(리스너 호스트 이름: {hostnames})',
  'gateway.portNotProgrammed':
    '게이트웨이 {gateway}의 데이터 플레인 {pod}의 nginx는 포트 {port}에서 연결을 받지 않습니다: 그 포트의 리스너 중 프로그래밍된 것이 없습니다({listeners}) → 연결 거부',
  'gateway.tlsToPlainPort':
    '게이트웨이 {gateway}의 포트 {port}은(는) 평문 HTTP를 씁니다: nginx가 TLS 핸드셰이크를 잘못된 요청으로 읽고 평문 400으로 답하므로 TLS 핸드셰이크가 실패합니다(curl: wrong version number)',
  'gateway.plainToTlsPort':
    '게이트웨이 {gateway}의 포트 {port}은(는) TLS를 기다립니다: nginx가 평문 HTTP 요청에 400 "The plain HTTP request was sent to HTTPS port"로 답합니다',
  'gateway.tlsNoListener':
    '게이트웨이 {gateway}의 포트 {port} HTTPS 리스너 중 SNI "{sni}"을(를) 받는 것이 없습니다(리스너 호스트 이름: {hostnames}): nginx가 TLS 핸드셰이크를 거절합니다',
  'gateway.noRoute': '리스너 {listener}에 붙은 HTTPRoute 규칙 중 호스트 "{host}", 경로 "{path}"에 맞는 것이 없습니다',
  'gateway.hop404': '게이트웨이 {gateway}: {why} → 404 Not Found',
  'gateway.hop500': '게이트웨이 {gateway}가 {rule}에 맞췄지만 {why} → 500 Internal Server Error',
  'gateway.hop503': '게이트웨이 {gateway}가 {rule}에 맞췄지만 {why} → 503 Service Unavailable',
  'gateway.noBackends': '규칙에 backendRefs가 없습니다',
  'gateway.zeroWeights': '규칙의 모든 backendRef 가중치가 0입니다',
  'gateway.backendInvalid': '고른 backendRef {backend}이(가) 유효하지 않습니다: {reason}({message})',
  'gateway.backendNoEndpoints': '서비스 {service}에 준비된 엔드포인트가 없습니다: {why}',
  'gateway.badGateway': '게이트웨이가 {endpoint}에서 응답을 받지 못했습니다: {why} → 502 Bad Gateway',
  'hop.proxyRejectNoEndpoints':
    '노드 {node}의 kube-proxy: {spn}에 엔드포인트가 없어서 {where}(으)로 온 패킷을 REJECT합니다(연결 거부)',
  'hop.proxyDropNoLocalInternal':
    '노드 {node}의 kube-proxy: internalTrafficPolicy가 Local인데 {spn}의 엔드포인트가 {node}에 없어서 패킷을 DROP합니다(클라이언트는 시간 초과)',
  'hop.proxyDropSourceRange':
    '노드 {node}의 kube-proxy: {client}은(는) loadBalancerSourceRanges({ranges})에 없어서 패킷을 DROP합니다',
  'hop.proxyDropNoLocalExternal':
    '노드 {node}의 kube-proxy: externalTrafficPolicy가 Local인데 {spn}의 준비된 엔드포인트가 {node}에 없어서 패킷을 DROP합니다(클라이언트는 시간 초과)',
  'hop.proxyTopologyZone':
    '노드 {node}의 kube-proxy: {spn}의 준비된 엔드포인트마다 존 힌트(spec.trafficDistribution)가 있고 그중 존 {zone}을(를) 위한 것이 있어서, 그 엔드포인트만 씁니다: {endpoints}',
  'hop.proxyTopologyNode':
    '노드 {node}의 kube-proxy: {spn}의 준비된 엔드포인트마다 노드 힌트(spec.trafficDistribution)가 있고 그중 이 노드를 위한 것이 있어서, 그 엔드포인트만 씁니다: {endpoints}',
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
  'picked.pod': '{endpoint} (파드 {pod})',
  'picked.endpoint': '{endpoint}',
  'hop.pickRandomRule':
    '{chain}: 엔드포인트 {count}개 중 무작위 선택(규칙 {rule}이(가) 확률 {probability}(으)로 일치) → {picked}',
  'hop.pickRandomLast': '{chain}: 엔드포인트 {count}개 중 무작위 선택(마지막 규칙, 확률 조건 없음) → {picked}',
  'hop.pickRandomOnly': '{chain}: 엔드포인트 1개뿐(마지막 규칙, 확률 조건 없음) → {picked}',
  'hop.pickNumgen': 'nftables numgen: 무작위 값을 {count}(으)로 나눈 나머지 {index} → {picked}',
  'hop.pickIpvsSh': 'IPVS sh(소스 해싱): {client}의 해시 → 실제 서버 {count}개 중 {n}번째 → {picked}',
  'hop.pickIpvsRr': 'IPVS rr(라운드 로빈) → 실제 서버 {count}개 중 {n}번째 → {picked}',
  'hop.pickIpvsOther':
    'IPVS {scheduler}(여기서는 연결이 순간적이라 rr로 시뮬레이션) → 실제 서버 {count}개 중 {n}번째 → {picked}',
  'hop.affinity':
    'sessionAffinity ClientIP: {client}은(는) 노드 {node}에서 {picked}에 고정되어 있습니다. {timeout}초 타이머가 지금 다시 시작됩니다',
  'hop.snatBridge': 'SNAT(MASQUERADE) {from} → {to}(자기 노드의 파드로 가는 {node}의 브리지 주소): {why}',
  'hop.snatNode': 'SNAT(MASQUERADE) {from} → {to}({node}의 주소): {why}',
  'masq.all': 'masqueradeAll: ClusterIP로 가는 모든 패킷을 마스커레이드합니다',
  'masq.notPodIP': '출발지 {ip}은(는) 파드 IP가 아닙니다(clusterCIDR {cidr} 밖)',
  'masq.externalCluster':
    'externalTrafficPolicy: Cluster는 외부 트래픽을 모두 마스커레이드합니다(다른 노드로 전달될 수 있으므로)',
  'masq.nodeLocal': '노드 자신에서 외부 목적지로 가는 트래픽은 마스커레이드됩니다',
  'masq.hairpin': '헤어핀: 파드가 서비스를 거쳐 자기 자신에게 닿았으므로 출발지를 마스커레이드합니다',
  'hop.externalIPRouted':
    '네트워크가 externalIP {ip}을(를) 노드 {node}(으)로 보냅니다(externalIP 라우팅은 클러스터 관리자의 몫입니다)',
  'hop.toNode': '노드 {node}({ip})의 포트 {port}(으)로',
  'hop.healthCheck': '{node}:{port}의 kube-proxy 헬스 체크 서버가 {status}(으)로 응답합니다: {body}',
  'hop.cloudLBAny': '클라우드 로드 밸런서 {address} → 노드 {node}(Ready 노드 {count}개 중 하나)',
  'hop.cloudLBAnyOne': '클라우드 로드 밸런서 {address} → 노드 {node}(Ready 노드 1개)',
  'hop.cloudLBHealthy':
    '클라우드 로드 밸런서 {address} → 노드 {node}(노드 포트 {healthPort}의 헬스 체크: 정상 노드 {nodes})',
  'hop.cloudLBFailOpen':
    '클라우드 로드 밸런서 {address} → 노드 {node}(노드 포트 {healthPort}의 헬스 체크: 정상 노드가 없어 모든 노드로 보냄)',
  'hop.cloudLBProxy': '{lb}; ipMode Proxy: {ip}에서 {nodeAddress}(으)로 새 연결',
  'hop.externalName': 'ExternalName: 연결이 클러스터를 떠나 {target}(으)로 갑니다. kube-proxy는 관여하지 않습니다',
  'hop.dnsAnswer': 'kube-dns({server}): {records}',
  'hop.dnsNxdomain': 'kube-dns({server})가 {host}에 NXDOMAIN으로 응답합니다',
  'hop.dnsNameserverNxdomain': 'nameserver {server}이(가) {host}에 NXDOMAIN으로 응답합니다',
  'hop.dnsPublic': '공개 DNS: {host} → {lb}(인그레스 {ingress}을(를) 서비스하는 인그레스 컨트롤러의 로드 밸런서)',
  'hop.dnsForwarded': 'kube-dns({server})가 {fqdn}을(를) 업스트림으로 전달합니다. {public}',
  'hop.dnsNameserver': 'nameserver {server}: {public}',
  'hop.nodeHost': '{address}은(는) 노드 {node}입니다. 호스트 프로세스가 응답합니다',
  'hop.apiserver': '{address}은(는) 컨트롤 플레인의 kube-apiserver입니다(파드 네트워크 밖)',
  'hop.ingressAccepts': 'ingress-nginx 컨트롤러 {pod}이(가) {client}의 HTTP 요청을 받습니다(Host: {host}, 경로 {path})',
  'hop.ingressUpstream': 'ingress-nginx가 {rule}에 맞춤. 업스트림 {upstream} 라운드 로빈 → {endpoint}',
  'hop.dnsPublicGateway': '공개 DNS: {host} → {address}(게이트웨이 {gateway}의 주소)',
  'hop.gatewayAccepts':
    '게이트웨이 {gateway}: 데이터 플레인 파드 {pod}이(가) {client}의 HTTP 요청을 받습니다(Host: {host}, 경로 {path})',
  'hop.gatewayTls':
    '게이트웨이 {gateway}이(가) 포트 {port}에서 TLS를 종료합니다: SNI "{sni}"(으)로 리스너 {listener}을(를) 고르고 시크릿 {secret}의 인증서를 씁니다. 여기서부터 안의 요청은 평문 HTTP입니다',
  'hop.gatewayRoute': '게이트웨이 {gateway} 리스너 {listener}(포트 {port}) → HTTPRoute {route} 규칙 {rule}({match})',
  'hop.gatewayFilters': '필터: {filters}',
  'hop.gatewayRedirect': 'RequestRedirect 필터: {status}, Location {location}',
  'hop.gatewayBackend': 'backendRef {backend} 선택(가중치 {weight}/{total}) → 엔드포인트 {endpoint}',
  'hop.podAnswersAssumed':
    '파드 {pod}이(가) {address}에서 {client}에게 응답합니다: "{response}" (파드 {pod}은(는) 컨테이너 포트를 선언하지 않아 시뮬레이터는 서버가 {port}에서 듣는다고 가정합니다)',
  'outcome.refused': '연결 거부',
  'outcome.timeout': '시간 초과',
  'outcome.unreachable': '도달 불가',
  'outcome.dns-error': 'DNS 오류',
  'outcome.http-error': 'HTTP 오류',
  'outcome.ok': '성공',
};
