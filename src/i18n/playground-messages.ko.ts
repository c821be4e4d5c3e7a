import type { playgroundEn } from './playground-messages.en.ts';

/** 플레이그라운드 UI 문자열. */
export const playgroundKo = {
  'playground.intro':
    '쿠버네티스 매니페스트를 붙여 넣거나 직접 작성해 보세요. 입력하는 대로 시뮬레이터가 컨트롤러가 AWS에 만들 리소스와 요청이 지나가는 경로를 보여 줍니다. 클러스터도 AWS 계정도 필요 없습니다.',
  'playground.editor': '매니페스트(YAML)',
  'playground.editorLoading': '편집기를 불러오는 중…',
  'playground.presets': '예제로 시작',
  'playground.preset.choose': '예제를 고르세요…',
  'playground.preset.app-ip': '앱 하나: Namespace, Deployment, Service, Ingress(ip 대상)',
  'playground.preset.course-instance': '기본 시나리오(instance 모드)',
  'playground.preset.course-ip': '기본 시나리오(ip 모드)',
  'playground.preset.kind-list': 'kubectl get … -o yaml 출력(kind: List)',
  'playground.preset.group-order': '한 그룹의 Ingress 두 개: 규칙 순서',
  'playground.preset.instance-clusterip': '오류: ClusterIP Service에 instance 모드',
  'playground.openFile': '파일 열기…',
  'playground.dropHint': '또는 편집기에 YAML 파일을 끌어다 놓으세요',
  'playground.fileTooLarge': '{name} 파일은 {size}MB입니다. 플레이그라운드는 {max}MB까지 읽습니다.',
  'playground.fileUnreadable': '{name} 파일을 텍스트로 읽을 수 없습니다.',
  'playground.notice.default-nodes':
    '입력에 Node가 없어 기본 노드 두 개를 가정했습니다(us-west-2a의 node-a, us-west-2b의 node-b)',
  'playground.notice.deployment-pods':
    'Deployment {deployment}의 파드가 입력에 없어 Ready 상태의 파드 {count}개를 가정했습니다',
  'playground.notice.node-port':
    'Service {service}의 포트 {port}에 nodePort가 없어 {nodePort}번으로 가정했습니다(실제로는 API 서버가 고릅니다)',
  'playground.notice.health-check-node-port':
    'Service {service}에 healthCheckNodePort가 없어 {nodePort}번으로 가정했습니다(실제로는 API 서버가 고릅니다)',
  'playground.notice.service-webhook':
    'Service {service}에 loadBalancerClass가 없습니다. 생성될 때 컨트롤러의 웹훅이 service.k8s.aws/nlb를 넣어 줍니다',
  'playground.notice.duplicate': '같은 오브젝트({object})가 여러 번 나와서 마지막 것을 사용합니다',
  'playground.notice.in-tree-classic':
    'Service {service}의 로드 밸런서는 컨트롤러가 아니라 in-tree 클라우드 프로바이더가 맡습니다(Classic Load Balancer)',
  'playground.notice.in-tree-nlb':
    'Service {service}의 로드 밸런서는 컨트롤러가 아니라 in-tree 클라우드 프로바이더가 맡습니다(NLB)',
  'playground.notice.unknown-kind': '{line}행: {kind} 종류는 시뮬레이션하지 않으므로 무시합니다',
  'playground.notice.settings-invalid':
    'SimulatorSettings {path}: 값({value})이 올바르지 않아 {fallback} 값을 사용합니다',
  'playground.notice.settings-not-boolean':
    'SimulatorSettings {path}: 값({value})이 true나 false가 아니어서 {fallback} 값을 사용합니다',
  'playground.notice.settings-not-count':
    'SimulatorSettings {path}: 값({value})이 개수가 아니어서 {fallback} 값을 사용합니다',
  'playground.notice.settings-subnet':
    'SimulatorSettings subnets[{index}]에는 id와 zone이 있어야 하므로 무시합니다',
  'playground.notes': '참고: {list}.',
  'playground.assumed': '시뮬레이터가 채운 부분: {list}.',
  'playground.assumedClass': 'IngressClass "alb"(컨트롤러 ingress.k8s.aws/alb)',
  'playground.status.running': '갱신 중…',
  'playground.status.done': '{ms}ms 만에 갱신했습니다.',
  'playground.status.timeout':
    '시뮬레이터가 {seconds}초를 넘겨 중단했습니다. 오브젝트나 레플리카 수를 줄여 보세요.',
  'playground.status.failed': '시뮬레이터가 멈췄습니다: {message}',
  'playground.findings': '오류와 경고',
  'playground.noFindings': '오류나 경고가 없습니다.',
  'playground.line': '{line}행',
  'playground.goToLine': '{line}행으로 이동',
  'playground.severity.error': '오류',
  'playground.severity.warning': '경고',
  'playground.readMore': '관련 장: {chapter}',
  'playground.explain.yaml':
    '이 부분이 올바른 YAML이 아니라서 아무것도 시뮬레이션하지 못했습니다. 들여쓰기, 콜론, 괄호를 확인하세요.',
  'playground.explain.unreadable':
    '이 문서는 쿠버네티스 오브젝트로 읽을 수 없습니다. 모든 문서에 apiVersion과 kind가 있어야 합니다.',
  'playground.explain.too-large':
    '매니페스트가 {value}자입니다. 플레이그라운드는 2,000,000자까지 읽으니 더 작은 파일로 나눠 주세요.',
  'playground.explain.too-deep':
    'YAML이 {value}단계로 중첩되어 있습니다. 플레이그라운드는 100단계까지 읽습니다. 실제 매니페스트는 이렇게 깊지 않습니다.',
  'playground.explain.unknown-kind':
    '컨트롤러는 이 종류({value})를 감시하지 않으므로 시뮬레이터도 무시합니다.',
  'playground.explain.unknown-annotation':
    '컨트롤러가 모르는 애너테이션({value})입니다. 컨트롤러는 모르는 애너테이션을 알리지 않고 조용히 기본값을 쓰니 철자를 확인하세요.',
  'playground.explain.target-type':
    'target-type은 instance(노드의 NodePort) 아니면 ip(파드 IP)입니다. 다른 값이면 컨트롤러가 거부하고 그룹 전체를 만들지 않습니다.',
  'playground.explain.instance-clusterip':
    'instance 대상은 Service의 NodePort로 받는 노드인데, ClusterIP Service에는 NodePort가 없습니다. type을 NodePort로 바꾸거나 target-type을 ip로 쓰세요.',
  'playground.explain.service-port':
    'Ingress가 Service에 없는 포트를 가리킵니다. 고칠 때까지 컨트롤러는 그룹 전체를 만들지 않습니다.',
  'playground.explain.group-conflict':
    '한 IngressGroup의 Ingress들은 로드 밸런서 하나를 함께 쓰므로 로드 밸런서 설정이 서로 같아야 합니다. 모든 멤버가 이 오류를 받고 아무것도 만들어지지 않습니다.',
  'playground.explain.ingress-class':
    'Ingress가 존재하지 않는 IngressClass를 가리켜서, 컨트롤러가 자기가 맡을 Ingress인지 판단할 수 없습니다.',
  'playground.explain.unclaimed':
    '이 Ingress를 맡는 컨트롤러가 없습니다. ingressClassName이 없고 기본 IngressClass도 없기 때문입니다. ingressClassName: alb를 추가하세요.',
  'playground.explain.irsa':
    '컨트롤러가 IRSA로 AWS 자격 증명을 받지 못해 AWS 호출이 모두 실패했습니다.',
  'playground.explain.webhook': '컨트롤러의 웹훅이 응답하지 않아 API 서버가 변경을 거부했습니다.',
  'playground.explain.reconcile': '컨트롤러가 이 오브젝트를 리컨실하다가 보고한 내용입니다.',
  'playground.result': '결과',
  'playground.diagram': '내 매니페스트의 다이어그램',
  'playground.planTree': '계획: AWS 리소스',
  'playground.planTreeEmpty': '만들어질 로드 밸런서가 없습니다.',
  'playground.json': '계획 JSON(npm run plan 출력과 같음)',
  'playground.jsonNote':
    '시뮬레이션한 매니페스트(입력한 내용과 가정한 내용)로 `npm run --silent plan -- manifests.yaml`을 실행한 결과와 같습니다.',
  'playground.downloadEffective': 'manifests.yaml 내려받기',
  'playground.events': '컨트롤러 이벤트와 오류',
  'playground.eventsLabel': '컨트롤러 이벤트와 각 이벤트의 시뮬레이션 시각',
  'playground.eventTime': '{seconds}초',
  'playground.eventsTimeNote': '시각은 컨트롤러가 시작된 뒤 흐른 초입니다.',
  'playground.eventsMore': '이벤트 {count}개는 생략했습니다.',
  'playground.noEvents': '이벤트가 없습니다.',
  'playground.listener': '리스너 {protocol}:{port}',
  'playground.defaultAction': '기본 작업',
  'playground.rule': '규칙 {priority}',
  'playground.ruleMatch': '조건: {conditions}',
  'playground.targetGroup': '대상 그룹 {name}({targetType}, 포트 {port})',
  'playground.targetsNone': '대상이 없습니다.',
  'playground.target': '{id}:{port}',
  'playground.forward': '대상 그룹 {target}에 전달',
  'playground.fixedResponse': '고정 응답 {status}',
  'playground.redirect': '리디렉션 {status}',
  'playground.moreTargets': '… 외 대상 {count}개(전체 목록은 계획 JSON에 있습니다).',
  'playground.trace': '요청 추적',
  'playground.url': 'URL',
  'playground.clientIp': '클라이언트 IP',
  'playground.traceStatus': '최종 상태 코드: {status}',
  'playground.trace.notUrl': 'URL이 아닙니다. http://shop.example.com/처럼 호스트를 넣어 주세요.',
  'playground.trace.buildFailed':
    '추적할 것이 없습니다. 매니페스트에 오류가 {count}개 있어 컨트롤러가 로드 밸런서를 만들지 않습니다. 먼저 “오류와 경고”의 내용을 고쳐 주세요.',
  'playground.trace.noLoadBalancer':
    '추적할 것이 없습니다. 이 매니페스트에는 컨트롤러에 로드 밸런서를 요청하는 오브젝트(컨트롤러 클래스의 Ingress나 컨트롤러가 맡는 LoadBalancer 타입 Service)가 없습니다.',
  'playground.trace.noAnswer':
    '{host}에 응답하는 로드 밸런서가 없습니다. DNS에 그런 이름이 없습니다(NXDOMAIN).',
  'playground.traceSummary': '경로: {path}',
  'playground.step': '{total}단계 중 {step}단계',
  'playground.playRequest': '요청 재생',
  'playground.share': '공유',
  'playground.copyLink': '링크 복사',
  'playground.linkCopied': '링크를 주소 표시줄과 클립보드에 담았습니다.',
  'playground.linkReady': '주소 표시줄에 매니페스트가 담겨 있습니다. 복사해서 공유하세요.',
  'playground.tooLongForLink':
    '매니페스트가 너무 커서 링크에 담을 수 없습니다(압축 후 {size}자, 한도 {max}자). 파일로 내려받아 공유하세요.',
  'playground.downloadYaml': 'YAML 내려받기',
  'playground.savedLocally': '작업 내용은 이 브라우저에 저장됩니다.',
  'playground.selection': '{from}–{to}행이 강조된 요소를 만들었습니다.',
  'playground.clearSelection': '강조 해제',
  'playground.whatIf': '가정해 보기',
  'playground.whatIf.intro':
    '타임라인에 동작을 추가하세요(명령줄 시뮬레이터가 --actions로 읽는 파일과 같은 형식). 시뮬레이터가 이를 재현하고 시간에 따른 대상 상태와 상태 코드별 요청 수를 보여 줍니다.',
  'playground.whatIf.add': '동작 추가',
  'playground.whatIf.actions': '동작(YAML)',
  'playground.whatIf.clear': '동작 지우기',
  'playground.whatIf.problem': '동작을 읽지 못했습니다({problem}). 매니페스트만으로 실행했습니다.',
  'playground.whatIf.health': '시간에 따른 대상 상태',
  'playground.whatIf.healthLabel': '대상 {count}개의 {seconds}초 동안의 상태',
  'playground.whatIf.noHealth': '상태가 바뀐 대상이 없습니다.',
  'playground.whatIf.gone': '등록 취소됨',
  'playground.whatIf.requests': '상태 코드별 요청 수(총 {total}건)',
  'playground.whatIf.noTraffic': '트래픽이 없습니다. "트래픽 보내기"를 추가하세요.',
  'playground.whatIf.noAnswer': '응답 없음(아직 로드 밸런서 없음)',
  'playground.whatIf.kind.traffic': '트래픽 보내기',
  'playground.whatIf.kind.scale': '레플리카 수 바꾸기',
  'playground.whatIf.kind.deletePod': '파드 삭제',
  'playground.whatIf.kind.drainNode': '노드 drain',
  'playground.whatIf.kind.rollingUpdate': '롤링 업데이트',
  'playground.whatIf.kind.readinessGates': 'readiness gate 켜기',
  'playground.whatIf.kind.setTargetType': '대상 유형 바꾸기',
  'playground.whatIf.kind.externalTrafficPolicy': 'externalTrafficPolicy: Local',
  'playground.whatIf.kind.breakHealthCheck': '상태 확인 실패시키기',
  'playground.whatIf.kind.breakIrsa': 'IRSA 실패시키기',
  'playground.replaced.lab':
    '실습 {number}의 매니페스트로 바꿨습니다. 작성하던 내용은 이 알림을 닫기 전까지 이 브라우저에 보관됩니다.',
  'playground.replaced.example':
    '예제 매니페스트로 바꿨습니다. 작성하던 내용은 이 알림을 닫기 전까지 이 브라우저에 보관됩니다.',
  'playground.replaced.file':
    '연 파일의 매니페스트로 바꿨습니다. 작성하던 내용은 이 알림을 닫기 전까지 이 브라우저에 보관됩니다.',
  'playground.replaced.undo': '되돌리기',
  'playground.replaced.dismiss': '닫기',
  'playground.grid.caption':
    '모든 조합을 한 번에 봅니다. 롤아웃 동안 클라이언트가 받은 5xx 응답 수(전체 요청 중)입니다. 칸을 고르면 그 설정을 편집기에 넣습니다.',
  'playground.grid.progress': '{total}개 중 {done}개 실행함…',
  'playground.grid.on': '켬',
  'playground.grid.off': '끔',
  'playground.grid.row': 'readiness gate {gates}, preStop {preStop}초',
  'playground.grid.column': '등록 취소 지연 {delay}초, 유예 시간 {grace}초',
  'playground.grid.gates': 'readiness gate {gates}',
  'playground.grid.preStop': 'preStop {preStop}초',
  'playground.grid.delay': '등록 취소 지연 {delay}초',
  'playground.grid.grace': '유예 시간 {grace}초',
  'playground.grid.count': '5xx {count}건',
  'playground.grid.of': '전체 {total}건',
  'playground.grid.failed': '실행하지 못했습니다',
  'playground.grid.use': '{row}, {column} 설정 사용:',
  'playground.labs': '실습',
  'playground.labs.open': '실습 {number}: {title}',
  'playground.labs.goal': '목표:',
  'playground.labs.checking': '확인하는 중…',
  'playground.labs.reached': '✓ 목표 달성: 시뮬레이터로 확인했습니다.',
  'playground.labs.notYet': '아직입니다. 위의 매니페스트나 동작을 바꿔 보세요.',
  'playground.lab.rolling-update.title': '롤링 업데이트 중 502',
  'playground.lab.rolling-update.story':
    '트래픽을 받는 중에 롤아웃하면 502가 납니다(이슈 #1124, #1065, #814). 대상 등록 취소에 시간이 걸려서 ALB가 종료 중인 파드에 계속 요청을 보내기 때문입니다. 바꿀 수 있는 것: readiness gate(enableReadinessGates), preStop 대기(preStopSeconds), 등록 취소 지연, terminationGracePeriodSeconds.',
  'playground.lab.rolling-update.goal': '롤아웃하는 동안 모든 요청을 5xx 없이 처리합니다.',
  'playground.lab.instance-clusterip.title': 'ClusterIP Service에 instance 모드',
  'playground.lab.instance-clusterip.story':
    '컨트롤러가 아무것도 만들지 않습니다(이슈 #1695). instance 대상은 Service의 NodePort로 받는 노드인데, ClusterIP Service에는 NodePort가 없습니다.',
  'playground.lab.instance-clusterip.goal': '컨트롤러가 오류 없이 ALB를 만듭니다.',
  'playground.lab.etp-local.title': '파드가 없는 노드와 externalTrafficPolicy: Local',
  'playground.lab.etp-local.story':
    'instance 모드에서는 모든 노드가 대상이 됩니다. 그런데 externalTrafficPolicy가 Local이면 파드가 있는 노드만 상태 확인에 응답하고, 나머지는 비정상으로 표시됩니다(이슈 #913).',
  'playground.lab.etp-local.goal': '등록된 대상이 모두 정상입니다.',
  'playground.lab.group-order.title': 'IngressGroup의 규칙 순서',
  'playground.lab.group-order.story':
    'Ingress 두 개가 ALB 하나를 함께 씁니다. storefront의 “/” 규칙이 먼저 오기 때문에(group.order 1) api의 /api 경로를 가립니다(참고 자료 §4.2).',
  'playground.lab.group-order.goal': '/api/orders 요청이 api 대상 그룹에 도달해 200을 받습니다.',
  'playground.lab.nlb-type.title': 'aws-load-balancer-type: nlb와 external',
  'playground.lab.nlb-type.story':
    '값이 nlb이면 이 컨트롤러가 아니라 클러스터의 in-tree 클라우드 프로바이더가 NLB를 만듭니다(이슈 #2916). external(과 nlb-target-type)이어야 컨트롤러가 맡습니다.',
  'playground.lab.nlb-type.goal': '컨트롤러가 직접 네트워크 로드 밸런서를 만듭니다.',
  'playground.lab.irsa.title': 'IRSA: InvalidIdentityToken과 AccessDenied',
  'playground.lab.irsa.story':
    'IAM OIDC 공급자가 없으면 STS가 400 InvalidIdentityToken으로 응답하고, 신뢰 정책이 ServiceAccount와 맞지 않으면 403 AccessDenied로 응답합니다. failure: trust로 바꿔 다른 오류도 확인한 뒤 고쳐 보세요.',
  'playground.lab.irsa.goal': '컨트롤러가 자격 증명을 받아 ALB를 만듭니다(irsa failure: none).',
  'playground.lab.every-node.title': 'instance 모드는 모든 노드로 트래픽을 보낸다',
  'playground.lab.every-node.story':
    '파드 하나, 노드 셋. instance 모드에서는 세 노드가 모두 대상이 되고, 그중 두 노드는 요청마다 다른 노드의 파드로 넘깁니다.',
  'playground.lab.every-node.goal': '대상이 파드 하나뿐입니다.',
  'playground.lab.webhook.title': '컨트롤러 파드가 준비되지 않았을 때 만든 Ingress',
  'playground.lab.webhook.story':
    '컨트롤러가 내려가 있는 20초에 Ingress를 적용합니다. 검증 웹훅에 엔드포인트가 없으므로 API 서버가 Ingress를 거부합니다(참고 자료 §1.4).',
  'playground.lab.webhook.goal': 'Ingress가 받아들여지고 ALB에 주소가 생깁니다.',
} as const satisfies Record<keyof typeof playgroundEn, string>;
