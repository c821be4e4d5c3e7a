import type { playerEn } from './player-messages.en.ts';

/** 한국어 player 문자열; messages.ko.ts에 합쳐진다. 키는 영어와 같아야 한다. */
export const playerKo = {
  'chapter.label': '챕터',
  'chapter.title.controller-overview': '컨트롤러가 하는 일',
  'chapter.title.irsa': 'IRSA: 컨트롤러가 AWS 자격 증명을 얻는 방법',
  'chapter.title.security-groups': '보안 그룹: 누가 ALB에 닿고, ALB는 노드에 어떻게 닿나',
  'chapter.title.troubleshooting': '문제 해결: 증상에서 원인까지',
  'chapter.title.without-controller': '컨트롤러가 없을 때',
  'chapter.title.instance-mode': 'instance 모드 처음부터 끝까지',
  'chapter.title.ip-mode': 'ip 모드: ALB가 파드와 직접 연결',
  'chapter.title.change-over-time': '변화가 생길 때: 스케일링, 롤링 업데이트, 장애',
  'chapter.title.l4-vs-l7': 'NLB와 ALB, L4와 L7',
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

  'player.direction.controller': '컨트롤러',
  'player.direction.loadBalancer': '로드 밸런서',
  'player.direction.cluster': '클러스터',
  'player.direction.setup': '구성',
  'player.direction.still': '그림',

  'sim.controller.started':
    '컨트롤러 파드({pod})가 노드 {node}에서 시작해 클러스터를 watch하기 시작합니다.',
  'sim.controller.startedAssumed':
    '컨트롤러 파드({pod})가 시작해 클러스터를 watch하기 시작합니다(매니페스트에 컨트롤러 파드가 없어, 이미 설치되어 있다고 가정합니다).',
  'sim.irsa.credentials':
    'SDK가 이 토큰으로 STS AssumeRoleWithWebIdentity를 호출해 {roleArn}의 임시 자격 증명을 받습니다.',
  'sim.irsa.denied':
    'STS가 {roleArn} 역할에 대한 AssumeRoleWithWebIdentity를 403 AccessDenied로 거부합니다. 신뢰 정책의 sub나 aud 조건이 토큰과 맞지 않기 때문입니다. 고치기 전까지 모든 AWS 호출이 실패합니다.',
  'sim.informers.listed':
    '컨트롤러의 인포머가 API 서버에서 이미 있는 오브젝트를 list합니다({count}개: {kinds}).',
  'sim.watch.event': 'API 서버가 컨트롤러에 {kind} {object}의 {verb} 이벤트를 보냅니다.',
  'sim.queue.enqueued': '컨트롤러가 {key}의 리컨실을 작업 큐에 넣습니다. 계기는 {cause}입니다.',
  'sim.queue.retry':
    '{key}의 리컨실이 실패했습니다. {attempt}번째 재시도는 {delayMs}ms 뒤입니다(5ms에서 시작해 실패할 때마다 두 배로 늘어나는 지수 백오프).',
  'sim.queueKey.ingress': 'Ingress 그룹 {name}',
  'sim.queueKey.service': 'Service {name}',
  'sim.queueKey.binding': '대상 그룹 {name}의 TargetGroupBinding',
  'sim.cause.initialList': '처음 목록 조회(list)',
  'sim.cause.changed': '{kind} {name} 변경',
  'sim.cause.deleted': '{kind} {name} 삭제',
  'sim.cause.applied': '매니페스트 적용',
  'sim.cause.credentials': '자격 증명 갱신',
  'sim.cause.leader': '이 파드의 리더 선출',
  'sim.cause.retry': '{attempt}번째 재시도',
  'sim.cause.bindingCreated': 'TargetGroupBinding 생성',
  'sim.cause.requeue': '아직 정상(healthy)이 되지 않은 대상',
  'sim.cause.other': '클러스터 변경',
  'sim.model.built':
    '컨트롤러가 {key}의 모델을 만듭니다. 로드 밸런서 {loadBalancer}, 리스너 {listeners}개, 규칙 {rules}개, 대상 그룹 {targetGroups}개입니다.',
  'sim.aws.called':
    '컨트롤러가 {service}:{operation} API를 호출하고, AWS가 성공으로 응답합니다. {purpose}',
  'sim.aws.failed': '컨트롤러가 {service}:{operation} API를 호출했지만 AWS가 오류로 응답합니다.',
  'sim.aws.purpose.CreateSecurityGroup': '로드 밸런서가 쓸 보안 그룹입니다.',
  'sim.aws.purpose.AuthorizeSecurityGroupIngress': '리스너 포트를 인바운드 CIDR에 엽니다.',
  'sim.aws.purpose.AuthorizeSecurityGroupIngress.targets':
    '노드 보안 그룹에서 공유 백엔드 보안 그룹을 대상 포트로 허용합니다.',
  'sim.aws.purpose.CreateSecurityGroup.backend':
    '클러스터가 함께 쓰는 백엔드 보안 그룹입니다. 관리형 로드 밸런서에는 모두 이 그룹이 붙습니다.',
  'sim.aws.purpose.CreateTargetGroup':
    '대상 그룹을 먼저 빈 채로 만듭니다. 규칙이 이 대상 그룹으로 전달하게 됩니다.',
  'sim.aws.purpose.CreateLoadBalancer':
    '로드 밸런서({type} {name})가 생기고 AWS가 DNS 이름을 붙여 줍니다.',
  'sim.aws.purpose.CreateListener': '이제 리스너가 해당 포트에서 연결을 받습니다.',
  'sim.aws.purpose.CreateRule': '규칙이 조건에 맞는 요청을 대상 그룹으로 보냅니다.',
  'sim.aws.purpose.DescribeTargetHealth':
    'TargetGroupBinding 리컨실러가 이미 등록된 대상이 있는지 확인합니다.',
  'sim.aws.purpose.RegisterTargets':
    '대상이 대상 그룹에 들어옵니다. 첫 상태 확인(헬스 체크)이 끝날 때까지는 초기화 중(initial) 상태입니다.',
  'sim.aws.purpose.DeregisterTargets':
    '대상이 대상 그룹에서 빠집니다(먼저 draining 상태를 거칩니다).',
  'sim.tgb.created':
    '컨트롤러가 TargetGroupBinding 오브젝트({name})를 만듭니다. 여기서부터는 TargetGroupBinding 리컨실러가 이어받습니다.',
  'sim.tgb.deleted': '컨트롤러가 TargetGroupBinding 오브젝트({name})를 지웁니다.',
  'sim.status.updated': '컨트롤러가 {object}의 status에 로드 밸런서 주소({hostname})를 기록합니다.',
  'sim.event.reconciled':
    '컨트롤러가 {object}에 “Normal SuccessfullyReconciled” 이벤트를 남깁니다.',
  'sim.event.warning': '컨트롤러가 {object}에 경고(Warning) 이벤트를 남깁니다(사유: {reason}).',
  'sim.target.registered':
    '대상({target})이 등록됩니다. 상태 확인을 통과할 때까지는 초기화 중(initial, Elb.RegistrationInProgress) 상태입니다.',
  'sim.target.initial': '대상({target})이 초기화 중(initial) 상태입니다({reason}).',
  'sim.target.healthy': '대상({target})이 상태 확인을 통과해 정상(healthy) 상태가 됩니다.',
  'sim.target.unhealthy':
    '대상({target})이 상태 확인에 실패해 비정상(unhealthy) 상태가 됩니다({reason}).',
  'sim.target.unused': '대상({target})이 사용되지 않음(unused) 상태입니다({reason}).',
  'sim.target.unavailable': '대상({target})이 사용할 수 없음(unavailable) 상태입니다({reason}).',
  'sim.target.draining': '대상({target})이 draining 상태입니다. 새 요청은 받지 않습니다.',
  'sim.target.removed': '대상({target})이 대상 그룹에서 빠졌습니다.',
  'sim.targets.registered':
    '대상 {count}개가 등록됩니다({targets}). 각각 상태 확인을 통과할 때까지는 초기화 중(initial) 상태입니다.',
  'sim.targets.healthy':
    '대상 {count}개가 상태 확인을 통과해 정상(healthy) 상태가 됩니다: {targets}.',
  'sim.targets.unhealthy':
    '대상 {count}개가 상태 확인에 실패해 비정상(unhealthy) 상태가 됩니다: {targets}.',
  'sim.targets.draining':
    '대상 {count}개가 draining 상태입니다. 새 요청은 받지 않습니다: {targets}.',
  'sim.targets.removed': '대상 {count}개가 대상 그룹에서 빠졌습니다: {targets}.',
  'sim.gate.injected': '웹훅이 파드 {pod}에 readiness gate({condition})를 추가합니다.',
  'sim.gate.true': '파드 {pod}의 readiness gate가 True가 됩니다. 대상이 정상(healthy) 상태입니다.',
  'sim.gate.false':
    '파드 {pod}의 readiness gate는 False입니다. 대상이 아직 정상(healthy) 상태가 아닙니다.',
  'sim.other': '컨트롤러 타임라인: {kind}.',

  'event.title': '이 단계에서 일어난 일',
  'event.kind': '종류',
  'event.at': '시뮬레이션 시각',
  'event.atValue': '컨트롤러 시작 후 {seconds}초',
  'event.operation': 'API 작업',
  'event.request': '요청',
  'event.response': '응답',
  'event.result': '결과',
  'event.ok': '성공',
  'event.failed': '오류',
  'event.verb': '동작',
  'event.object': '오브젝트',
  'event.objects': 'list한 오브젝트',
  'event.health': '헬스 상태',
  'event.healthChange': '{before} → {after}',
  'event.reason': '사유',
  'event.none': '없음',
  'event.details': '세부 정보',

  'mode.label': '대상 유형',
  'mode.hint.instance':
    'instance: 로드 밸런서가 각 노드의 NodePort로 보내고, kube-proxy가 파드로 넘깁니다. 그 파드가 다른 노드에 있을 수도 있습니다.',
  'mode.hint.ip':
    'ip: 로드 밸런서가 파드 IP로 곧바로 보냅니다. 경로에 NodePort도, kube-proxy NAT도, 두 번째 노드도 없습니다.',

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
  'narration.request.dnsNoAnswer':
    '클라이언트가 DNS에서 {host}의 주소를 조회하지만, 이 이름에 답하는 로드 밸런서가 없습니다(NXDOMAIN). 요청은 보내지지 않습니다.',
  'narration.request.notUrl':
    '“{url}”은(는) 클라이언트가 요청할 수 있는 URL이 아닙니다(shop.example.com 같은 호스트가 있어야 합니다). 그래서 아무것도 보내지 않습니다.',
  'narration.request.client': '클라이언트({client})가 {dst}에 연결을 열고 {path} 요청을 보냅니다.',
  'narration.request.loadBalancer': '{lb} 로드 밸런서({name})가 포트 {port}에서 연결을 받습니다.',
  'narration.request.listenerTls':
    '리스너 {name}에서 TLS가 종료되고, 규칙을 우선순위 순서대로 확인합니다.',
  'narration.request.listener': '리스너 {name}에 요청이 들어옵니다.',
  'narration.request.rule':
    '우선순위 {priority} 규칙이 요청과 일치해서, 이 규칙의 작업이 적용됩니다.',
  'narration.request.ruleDefault': '일치하는 규칙이 없어서 리스너의 기본 작업이 적용됩니다.',
  'narration.request.toInstance':
    '{lb} 로드 밸런서가 요청을 노드 {node}의 대상 {target}에 전달합니다.',
  'narration.request.toPod':
    '{lb} 로드 밸런서가 요청을 노드 {node}에 있는 파드 {pod}의 IP({target})로 곧바로 보냅니다.',
  'narration.request.targetGroup': '요청이 대상 그룹 {name}에 도착합니다.',
  'narration.request.nodePort': '패킷이 노드 {node}의 NodePort({dst})에 도착합니다.',
  'narration.request.crossNode':
    '고른 파드가 다른 노드에 있어서, 패킷은 VPC를 건너 노드 {node}에 전달됩니다.',
  'narration.request.nodeDirect':
    '패킷이 파드 IP를 가진 ENI를 거쳐 노드 {node}에 들어옵니다. NodePort도 kube-proxy NAT도 거치지 않지만, conntrack은 이 흐름도 추적합니다.',
  'narration.request.node': '패킷이 노드 {node}에 도착합니다. 목적지는 {dst}입니다.',
  'narration.request.kubeProxySnat':
    '노드 {node}에서 kube-proxy의 iptables 규칙이 파드 하나({pod})를 고릅니다. 목적지는 그 파드로 바꾸고(DNAT), 출발지는 노드 주소({src})로 바꿉니다(SNAT).',
  'narration.request.kubeProxy':
    '노드 {node}에서 kube-proxy의 iptables 규칙이 파드 하나({pod})를 고르고 목적지를 그 파드로 바꿉니다(DNAT). 출발지 주소({src})는 그대로입니다.',
  'narration.request.pod': '파드 {pod}에 요청이 도착합니다. 보낸 쪽 주소는 {src}입니다.',

  'narration.response.pod': '파드 {pod}에서 응답이 나갑니다. 받는 쪽은 {dst}입니다.',
  'narration.response.crossNode':
    '응답이 VPC를 건너, 처음 요청을 받았던 노드로 돌아갑니다. 주소는 {src} → {dst}입니다.',
  'narration.response.nodeDirect':
    '응답이 파드의 ENI를 통해 로드 밸런서({dst})로 곧바로 돌아갑니다.',
  'narration.response.node': '응답이 노드 {node}에서 나갑니다. 주소는 {src} → {dst}입니다.',
  'narration.response.kubeProxy':
    '노드 {node}의 conntrack이 NAT를 되돌립니다(un-NAT). 이제 응답 주소는 {src} → {dst}입니다.',
  'narration.response.targetGroup':
    '응답은 {lb} 로드 밸런서가 대상에 열어 둔 연결을 따라 돌아옵니다. 대상 그룹({name})은 그 대상을 골랐을 뿐, 돌아오는 길에는 없습니다.',
  'narration.response.loadBalancer':
    '{lb} 로드 밸런서가 클라이언트와 맺은 연결로 응답({status})을 돌려보냅니다. 주소는 {src} → {dst}입니다.',
  'narration.response.client': '클라이언트가 {lb}에서 보낸 {status} 응답을 받습니다.',

  'pdu.title': '이 홉의 패킷',
  'pdu.hop': '{element}에서 본 {direction}',
  'pdu.defaultAction': '리스너의 기본 작업',
  'pdu.layer34': 'L3/L4: IP 주소와 포트',
  'pdu.before': '이 홉 전',
  'pdu.after': '이 홉 후',
  'pdu.changed': '이 홉에서 바뀜',
  'pdu.tls': '여기서 TLS 종료',
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
  'pdu.headersKept': '그대로 전달되는 HTTP 헤더: {names}',
  'pdu.chains': 'kube-proxy 규칙이 거치는 iptables 체인',
} as const satisfies Readonly<Record<keyof typeof playerEn, string>>;
