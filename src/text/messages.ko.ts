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
};
