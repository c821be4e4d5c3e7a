import type { playerEn } from './player-messages.en.ts';

/** 한국어 player 문자열; messages.ko.ts에 합쳐진다. 키는 영어와 같아야 한다. */
export const playerKo = {
  'chapter.label': '챕터',
  'chapter.title.controller-overview': '컨트롤러가 하는 일',
  'chapter.title.irsa': 'IRSA: AWS를 호출할 권한',
  'chapter.title.without-controller': '컨트롤러가 없을 때',
  'chapter.title.instance-mode': '인스턴스(NodePort) 모드',
  'chapter.title.ip-mode': 'IP 모드',
  'chapter.title.change-over-time': '시간에 따른 변화',
  'chapter.title.l4-vs-l7': 'L4와 L7: NLB와 ALB',
  'chapter.title.playground': '플레이그라운드',
  'chapter.request': '요청 하나 따라가기: {url}',
  'chapter.diagram': '{chapter} 다이어그램, {mode} 모드',
  'chapter.unreadable': '시나리오를 읽지 못해 보여 드릴 다이어그램이 없습니다.',
  'chapter.planText': '계획을 텍스트로 보기',

  'player.controls': '단계 조작',
  'player.previous': '이전 단계',
  'player.next': '다음 단계',
  'player.play': '재생',
  'player.pause': '일시정지',
  'player.speed': '속도',
  'player.speedValue': '{speed}×',
  'player.position': '재생 위치',
  'player.progress': '{total}단계 중 {step}단계',
  'player.keys': '← → 단계 이동 · Space 재생/일시정지 · Home, End 처음/마지막',
  'player.direction.request': '요청',
  'player.direction.response': '응답',
  'player.narration': '이 단계에서 일어나는 일',
  'player.narrationText': '{total}단계 중 {step}단계({direction}): {text}',

  'mode.label': '대상 유형',
  'mode.hint.instance':
    'instance: 로드 밸런서가 각 노드의 NodePort로 보내고, kube-proxy가 파드로 넘깁니다. 그 파드가 다른 노드에 있을 수도 있습니다.',
  'mode.hint.ip':
    'ip: 로드 밸런서가 파드 IP로 곧바로 보냅니다. NodePort도, kube-proxy NAT도, 두 번째 노드도 없습니다.',

  'theme.label': '테마',
  'theme.system': '시스템 설정',
  'theme.light': '밝게',
  'theme.dark': '어둡게',

  'notice.label': '주소 관련 안내',
  'notice.chapter': '"{value}" 챕터가 없어서 {fallback} 챕터를 엽니다.',
  'notice.step': '이 챕터의 {mode} 모드에는 "{value}" 단계가 없어서 1단계부터 보여 드립니다.',
  'notice.mode': '알 수 없는 대상 유형 "{value}" 대신 {fallback} 모드로 보여 드립니다.',
  'notice.theme': '알 수 없는 테마 "{value}" 대신 시스템 설정을 따릅니다.',
  'notice.dismiss': '닫기',

  'narration.request.dns':
    '클라이언트가 DNS에서 {host}의 주소를 조회합니다. 돌아온 답은 로드 밸런서 주소 {address}입니다.',
  'narration.request.client': '클라이언트({client})가 {dst}에 연결을 열고 {path} 요청을 보냅니다.',
  'narration.request.loadBalancer': '{lb}({name})가 포트 {port}에서 연결을 받습니다.',
  'narration.request.listenerTls':
    '리스너 {name}에서 TLS가 종료되고, 규칙을 우선순위 순서대로 확인합니다.',
  'narration.request.listener': '리스너 {name}에 요청이 들어옵니다.',
  'narration.request.rule':
    '우선순위 {priority} 규칙이 요청과 일치해서, 이 규칙의 작업이 적용됩니다.',
  'narration.request.ruleDefault': '일치하는 규칙이 없어서 리스너의 기본 작업이 적용됩니다.',
  'narration.request.toInstance': '{lb}가 요청을 노드 {node}의 대상 {target}에 전달합니다.',
  'narration.request.toPod':
    '{lb}가 요청을 노드 {node}에 있는 파드 {pod}의 IP({target})로 곧바로 보냅니다.',
  'narration.request.targetGroup': '요청이 대상 그룹 {name}에 도착합니다.',
  'narration.request.nodePort': '패킷이 노드 {node}의 NodePort({dst})에 도착합니다.',
  'narration.request.crossNode':
    '고른 파드가 다른 노드에 있어서, 패킷은 VPC를 건너 노드 {node}에 전달됩니다.',
  'narration.request.nodeDirect':
    '패킷이 파드 IP를 가진 ENI를 거쳐 노드 {node}에 들어옵니다. NodePort도 kube-proxy도 거치지 않습니다.',
  'narration.request.node': '패킷이 노드 {node}에 도착합니다. 목적지는 {dst}입니다.',
  'narration.request.kubeProxySnat':
    '노드 {node}에서 kube-proxy의 iptables 규칙이 파드 하나({pod})를 고릅니다. 목적지는 그 파드로 바꾸고(DNAT), 출발지는 노드 주소({src})로 바꿉니다(SNAT).',
  'narration.request.kubeProxy':
    '노드 {node}에서 kube-proxy의 iptables 규칙이 파드 하나({pod})를 고르고 목적지를 그 파드로 바꿉니다(DNAT). 출발지 {src}는 그대로입니다.',
  'narration.request.pod': '파드 {pod}에 요청이 도착합니다. 보낸 쪽 주소는 {src}입니다.',

  'narration.response.pod': '파드 {pod}에서 응답이 나갑니다. 받는 쪽은 {dst}입니다.',
  'narration.response.crossNode':
    '응답이 VPC를 건너, 처음 요청을 받았던 노드로 돌아갑니다. 주소는 {src} → {dst}입니다.',
  'narration.response.nodeDirect':
    '응답이 파드의 ENI를 통해 로드 밸런서({dst})로 곧바로 돌아갑니다.',
  'narration.response.node': '응답이 노드 {node}에서 나갑니다. 주소는 {src} → {dst}입니다.',
  'narration.response.kubeProxy':
    '노드 {node}의 conntrack이 NAT를 되돌립니다(un-NAT). 이제 응답 주소는 {src} → {dst}입니다.',
  'narration.response.targetGroup': '응답이 {lb}로 돌아옵니다(대상 그룹 {name}).',
  'narration.response.loadBalancer':
    '{lb}가 클라이언트와 맺은 연결로 응답({status})을 돌려보냅니다. 주소는 {src} → {dst}입니다.',
  'narration.response.client': '클라이언트가 {lb}에서 보낸 {status} 응답을 받습니다.',

  'pdu.title': '이 홉의 PDU',
  'pdu.hop': '{element}에서의 {direction}',
  'pdu.layer34': 'L3/L4: IP 주소와 포트',
  'pdu.in': '들어올 때',
  'pdu.out': '나갈 때',
  'pdu.source': '출발지',
  'pdu.destination': '목적지',
  'pdu.unchanged': '이 홉에서는 주소가 바뀌지 않습니다.',
  'pdu.rewrite.dnat': 'DNAT',
  'pdu.rewrite.snat': 'SNAT',
  'pdu.rewrite.dnat-snat': 'DNAT + SNAT',
  'pdu.rewrite.un-nat': 'un-NAT',
  'pdu.rewrite.proxy': '새 연결',
  'pdu.explain.dnat': '목적지만 바뀌고 출발지는 그대로입니다.',
  'pdu.explain.snat': '출발지가 이 노드의 주소로 바뀝니다.',
  'pdu.explain.dnat-snat':
    '목적지는 파드로(DNAT), 출발지는 노드로(SNAT) 바뀝니다. 그래서 응답도 반드시 이 노드를 거쳐 돌아와야 합니다.',
  'pdu.explain.un-nat': 'conntrack이 들어올 때 NAT하기 전의 주소로 되돌립니다.',
  'pdu.explain.proxy':
    '로드 밸런서가 클라이언트 연결을 끝내고 대상까지 새 연결을 엽니다. 클라이언트 주소는 X-Forwarded-For 헤더로 옮겨 갑니다.',
  'pdu.layer7': 'L7: HTTP 헤더',
  'pdu.header': '헤더',
  'pdu.value': '값',
  'pdu.addedHere': '여기서 추가',
  'pdu.noHeaders': '이 홉에서는 HTTP 헤더를 읽거나 쓰지 않습니다.',
  'pdu.chains': 'kube-proxy 규칙이 거치는 iptables 체인',
} as const satisfies Readonly<Record<keyof typeof playerEn, string>>;
