import { defineAnnotationTexts } from './define-annotation-text.ts';

const I = 'alb.ingress.kubernetes.io/';
const S = 'service.beta.kubernetes.io/';

/** 애너테이션 레퍼런스, 한국어 (reference §1.2, §1.3, §3, §5.3, §7, §14b). */
export default defineAnnotationTexts(
  {
    title: '애너테이션 레퍼런스',
    lead: '시뮬레이터가 이해하는 Ingress와 Service 애너테이션 전체입니다. 애너테이션이 없을 때 컨트롤러가 쓰는 기본값과 예시를 함께 적었습니다. 목록은 시뮬레이터 자체의 표에서 만들어지므로, 챕터와 플레이그라운드가 읽는 애너테이션과 정확히 같습니다.',
    search: '애너테이션 검색',
    searchHint: '키의 일부, 값, 설명에 나오는 단어',
    count: '애너테이션 {total}개 중 {shown}개',
    none: '“{query}”에 맞는 애너테이션이 없습니다.',
    back: '코스로 돌아가기',
    ingress: 'Ingress에 다는 것',
    service: 'Service(NLB)에 다는 것',
    defaultLabel: '기본값',
    noDefault: '없음',
    exampleLabel: '예시',
    alsoOnService: '백엔드 Service에도 달 수 있고, 그때는 Service 값이 우선',
    levels: {
      class: '담당 컨트롤러',
      'load-balancer': '로드 밸런서',
      listener: '리스너',
      'target-group': '대상 그룹',
      'health-check': '상태 확인',
      authentication: '인증',
      rule: '규칙',
    },
  },
  {
    'kubernetes.io/ingress.class': {
      text: '컨트롤러를 고르는 예전 방식입니다. 이 애너테이션이 있으면 spec.ingressClassName보다 우선해서 이것만 봅니다. 값이 컨트롤러의 --ingress-class 플래그(기본값 alb)와 같으면 컨트롤러가 맡습니다.',
    },
    [`${I}group.name`]: {
      text: 'Ingress를 IngressGroup에 넣습니다. 이름이 같은 Ingress는 모두 ALB 하나를 같이 씁니다. 소문자, 숫자, -, .만 쓸 수 있고 63자까지입니다. 잘못된 이름이면 FailedLoadGroupID가 납니다.',
      default: '없음: Ingress 혼자 그룹이 된다',
    },
    [`${I}group.order`]: {
      text: '그룹 멤버의 순서를 정합니다(같으면 namespace/name 순). 규칙 우선순위도 이 순서로 매겨집니다. -1000부터 1000까지의 정수입니다.',
    },
    [`${I}scheme`]: {
      text: 'internal 또는 internet-facing입니다. 그룹의 모든 멤버가 같아야 하고(다르면 conflicting scheme), 바꾸면 ALB가 새로 만들어집니다.',
    },
    [`${I}ip-address-type`]: {
      text: 'ipv4, dualstack, dualstack-without-public-ipv4 중 하나이고, 그룹 안에서 같아야 합니다.',
    },
    [`${I}load-balancer-name`]: {
      text: 'ALB 이름을 직접 정합니다. 32자까지이고, ALB를 만들 때만 반영됩니다.',
      default: '클러스터, 그룹, scheme으로 만든 이름',
    },
    [`${I}subnets`]: {
      text: 'ALB가 쓸 서브넷 ID나 Name 태그입니다. 가용 영역이 두 개 이상이어야 합니다.',
      default: '서브넷의 역할 태그로 자동 검색',
    },
    [`${I}security-groups`]: {
      text: '컨트롤러가 관리하는 보안 그룹 대신 ALB에 붙일 보안 그룹입니다. 이때 inbound-cidrs는 무시됩니다.',
      default: '관리형 보안 그룹과 공유 백엔드 보안 그룹',
    },
    [`${I}manage-backend-security-group-rules`]: {
      text: 'security-groups를 지정했더라도 "true"이면 ALB가 대상에 닿도록 하는 규칙은 컨트롤러가 계속 추가합니다.',
    },
    [`${I}load-balancer-attributes`]: {
      text: 'ALB 속성을 key=value로 적습니다. 유휴 제한 시간이나 삭제 보호 같은 것입니다. 삭제 보호가 켜진 그룹에서 마지막 멤버를 지우면 빌드가 실패합니다.',
    },
    [`${I}tags`]: {
      text: '컨트롤러가 만드는 모든 AWS 리소스에 붙일 태그입니다. 대상 그룹에서는 Ingress와 Service의 태그가 키 단위로 합쳐지고, 같은 키는 Service 값이 우선합니다.',
    },
    [`${I}listen-ports`]: {
      text: 'Ingress가 쓸 리스너를 {"HTTP"|"HTTPS": 포트} 형식의 JSON 목록으로 적습니다. 포트를 따옴표로 감싸거나 다른 프로토콜을 쓰면 에러이고, 같은 포트를 두 번 적으면 마지막 것이 남습니다.',
      default: '[{"HTTP": 80}], 인증서를 지정한 Ingress는 [{"HTTPS": 443}]',
    },
    [`${I}certificate-arn`]: {
      text: 'HTTPS 리스너에 쓸 ACM 인증서입니다. 첫 번째가 기본 인증서이고 나머지는 SNI로 제공됩니다. 없으면 HTTPS 포트에 대해 규칙과 spec.tls의 호스트를 포함하는 인증서를 찾습니다.',
      default: '없음: HTTPS 포트의 인증서를 자동 검색',
    },
    [`${I}ssl-policy`]: {
      text: 'HTTPS 리스너의 보안 정책입니다. 그룹 안에서 같은 포트라면 값이 같아야 합니다.',
    },
    [`${I}ssl-redirect`]: {
      text: 'HTTPS 리슨 포트를 적습니다. 그러면 그룹의 모든 HTTP 리스너가 그 포트로 301 리디렉션하고 규칙을 갖지 않습니다. 그룹 전체에 적용됩니다.',
    },
    [`${I}inbound-cidrs`]: {
      text: '관리형 보안 그룹이 리슨 포트에서 허용하는 주소입니다.',
      default: '0.0.0.0/0 (dualstack이면 ::/0도)',
    },
    [`${I}target-type`]: {
      text: 'instance는 노드를 NodePort로, ip는 파드 IP를 컨테이너 포트로 등록합니다. instance에는 NodePort나 LoadBalancer 타입 Service가 필요합니다.',
    },
    [`${I}backend-protocol`]: {
      text: 'ALB에서 대상으로 갈 때의 프로토콜, HTTP 또는 HTTPS입니다.',
    },
    [`${I}backend-protocol-version`]: {
      text: 'HTTP1, HTTP2, GRPC 중 하나입니다. GRPC면 상태 확인의 기본 경로와 성공 코드가 바뀝니다.',
    },
    [`${I}target-group-attributes`]: {
      text: '등록 취소 지연이나 slow start 같은 대상 그룹 속성을 key=value로 적습니다. Service에 이 애너테이션이 있으면 Ingress의 값 전체를 대신합니다.',
      default: '없음: AWS 기본값(등록 취소 지연 300초)',
    },
    [`${I}target-node-labels`]: {
      text: 'instance 모드 전용입니다. 기본 제외 조건에 더해, 이 레이블이 있는 노드만 등록합니다.',
    },
    [`${I}healthcheck-port`]: {
      text: 'traffic-port(대상이 등록된 포트), 포트 번호, 또는 Service 포트 이름입니다.',
    },
    [`${I}healthcheck-protocol`]: {
      text: '상태 확인의 프로토콜, HTTP 또는 HTTPS입니다.',
      default: '백엔드 프로토콜과 같음',
    },
    [`${I}healthcheck-path`]: {
      text: '상태 확인이 요청하는 경로입니다.',
      default: '/ (GRPC면 /AWS.ALB/healthcheck)',
    },
    [`${I}healthcheck-interval-seconds`]: { text: '상태 확인 사이의 간격(초)입니다.' },
    [`${I}healthcheck-timeout-seconds`]: { text: '상태 확인 한 번에 기다리는 시간(초)입니다.' },
    [`${I}healthy-threshold-count`]: {
      text: 'unhealthy 대상을 다시 healthy로 돌리는 연속 성공 횟수입니다.',
    },
    [`${I}unhealthy-threshold-count`]: {
      text: '대상을 unhealthy로 만드는 연속 실패 횟수입니다.',
    },
    [`${I}success-codes`]: {
      text: '정상으로 보는 상태 코드입니다. 200,201이나 200-399처럼 적습니다.',
      default: '200 (GRPC면 12)',
    },
    [`${I}auth-type`]: {
      text: 'none, 또는 쓸 ID 공급자(cognito, oidc)입니다. 인증은 HTTPS 리스너에만 붙습니다.',
    },
    [`${I}auth-idp-cognito`]: {
      text: 'auth-type이 cognito일 때 쓸 Cognito 사용자 풀을 JSON으로 적습니다.',
    },
    [`${I}auth-idp-oidc`]: {
      text: 'auth-type이 oidc일 때 쓸 OIDC 공급자를 JSON으로 적습니다. 클라이언트 시크릿은 Secret에 둡니다.',
    },
    [`${I}auth-scope`]: { text: 'ID 공급자에 요청할 scope입니다.' },
    [`${I}auth-session-cookie`]: { text: '세션 쿠키의 이름입니다.' },
    [`${I}auth-session-timeout`]: { text: '세션 유지 시간(초)입니다.' },
    [`${I}auth-on-unauthenticated-request`]: {
      text: '아직 세션이 없는 요청을 ALB가 어떻게 처리할지 정합니다.',
    },
    [`${I}jwt-validation`]: {
      text: 'HTTPS 리스너에서 JWT를 검증하는 설정을 JSON으로 적습니다. auth-type과 함께 쓸 수 없습니다.',
    },
    [`${I}actions.<name>`]: {
      text: '백엔드가 service.name <name>, port.name use-annotation인 경로에 쓸 동작입니다. fixed-response, redirect, forward(가중치 포함) 중 하나이고, 애너테이션이 없으면 고정 응답 503이 됩니다.',
    },
    [`${I}conditions.<name>`]: {
      text: '백엔드가 <name>인 경로에 붙일 추가 조건입니다(host-header, path-pattern, http-header, http-request-method, query-string, source-ip).',
    },
    [`${I}use-regex-path-match`]: {
      text: '"true"이면 ImplementationSpecific 경로를 정규식으로 바꿉니다.',
    },
    [`${S}aws-load-balancer-type`]: {
      text: 'external(NLB 대상 유형과 함께)이나 nlb-ip이면 컨트롤러가 Service를 맡고, nlb이면 클라우드 프로바이더의 서비스 컨트롤러에 맡깁니다.',
      default: '없음: 클래스(또는 컨트롤러의 웹훅)가 정함',
    },
    [`${S}aws-load-balancer-nlb-target-type`]: {
      text: 'NLB 대상 그룹의 대상 유형, instance 또는 ip입니다. ClusterIP Service는 ip로만 쓸 수 있습니다.',
    },
    [`${S}aws-load-balancer-scheme`]: {
      text: 'internal 또는 internet-facing입니다. 컨트롤러가 만드는 NLB는 따로 적지 않으면 internal입니다.',
    },
    [`${S}aws-load-balancer-internal`]: {
      text: 'scheme의 예전 표기로, "true"면 internal입니다. 둘 다 있으면 scheme 애너테이션이 우선합니다.',
    },
    [`${S}aws-load-balancer-name`]: {
      text: 'NLB 이름을 직접 정합니다. 적은 그대로 쓰이고 32자까지입니다.',
      default: '클러스터, Service, scheme으로 만든 이름',
    },
    [`${S}aws-load-balancer-subnets`]: {
      text: 'NLB가 쓸 서브넷 ID나 Name 태그입니다.',
      default: '서브넷의 역할 태그로 자동 검색',
    },
    [`${S}aws-load-balancer-ip-address-type`]: {
      text: 'ipv4 또는 dualstack만 받습니다.',
    },
    [`${S}aws-load-balancer-attributes`]: {
      text: 'NLB 속성을 key=value로 적습니다.',
    },
    [`${S}aws-load-balancer-ssl-cert`]: {
      text: '리스너를 TLS 리스너로 바꾸는 인증서입니다. UDP를 뺀 모든 포트, 또는 ssl-ports에 적은 포트만 바뀝니다.',
    },
    [`${S}aws-load-balancer-ssl-ports`]: {
      text: 'TLS를 쓸 Service 포트(번호나 이름)입니다. Service에 없는 포트를 적으면 에러입니다.',
      default: 'ssl-cert가 있으면 UDP를 뺀 모든 포트',
    },
    [`${S}aws-load-balancer-ssl-negotiation-policy`]: {
      text: 'TLS 리스너의 보안 정책입니다.',
    },
    [`${S}aws-load-balancer-backend-protocol`]: {
      text: 'ssl이면 TLS 리스너의 대상 그룹도 TLS가 되어, NLB가 대상까지 암호화합니다.',
      default: '대상 쪽은 TCP',
    },
    [`${S}aws-load-balancer-target-group-attributes`]: {
      text: '대상 그룹 속성입니다. preserve_client_ip.enabled는 불리언이어야 합니다. 다른 설정이 켜지 않는 한 proxy_protocol_v2.enabled=false를 항상 씁니다.',
    },
    [`${S}aws-load-balancer-target-group-attributes.<port>`]: {
      text: 'Service 포트 하나의 대상 그룹에만 적용할 속성입니다. Service 전체에 적은 속성보다 우선합니다.',
    },
    [`${S}aws-load-balancer-proxy-protocol`]: {
      text: '*만 받습니다. 모든 대상 그룹에 프록시 프로토콜 v2를 켜고, 어떤 속성보다도 우선합니다.',
    },
    [`${S}aws-load-balancer-proxy-protocol-per-target-group`]: {
      text: '프록시 프로토콜 v2를 켤 대상 그룹의 Service 포트입니다.',
    },
    [`${S}aws-load-balancer-target-node-labels`]: {
      text: 'instance 모드 전용입니다. 이 레이블이 있는 노드만 등록합니다.',
    },
    [`${S}aws-load-balancer-healthcheck-protocol`]: {
      text: 'TCP, HTTP, HTTPS 중 하나이고 대소문자는 가리지 않습니다.',
      default: 'TCP (instance 대상에 externalTrafficPolicy Local이면 상태 확인 노드 포트로 HTTP)',
    },
    [`${S}aws-load-balancer-healthcheck-port`]: {
      text: 'traffic-port, 포트 번호, 또는 Service 포트 이름입니다.',
      default: 'traffic-port (externalTrafficPolicy Local이면 healthCheckNodePort)',
    },
    [`${S}aws-load-balancer-healthcheck-path`]: {
      text: 'HTTP나 HTTPS 상태 확인의 경로입니다.',
      default: '/ (externalTrafficPolicy Local이면 /healthz)',
    },
    [`${S}aws-load-balancer-healthcheck-success-codes`]: {
      text: 'HTTP나 HTTPS 상태 확인이 정상으로 보는 코드입니다.',
    },
    [`${S}aws-load-balancer-healthcheck-interval`]: { text: '상태 확인 사이의 간격(초)입니다.' },
    [`${S}aws-load-balancer-healthcheck-timeout`]: {
      text: '상태 확인 한 번에 기다리는 시간(초)입니다.',
      default: '10 (externalTrafficPolicy Local이면 6)',
    },
    [`${S}aws-load-balancer-healthcheck-healthy-threshold`]: {
      text: '대상을 healthy로 만드는 연속 성공 횟수입니다.',
      default: '3 (externalTrafficPolicy Local이면 2)',
    },
    [`${S}aws-load-balancer-healthcheck-unhealthy-threshold`]: {
      text: '대상을 unhealthy로 만드는 연속 실패 횟수입니다.',
      default: '3 (externalTrafficPolicy Local이면 2)',
    },
  },
);
