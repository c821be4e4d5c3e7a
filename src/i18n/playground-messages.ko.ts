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
  'playground.preset.seed-instance': '기본 시나리오(instance 모드)',
  'playground.preset.seed-ip': '기본 시나리오(ip 모드)',
  'playground.preset.kind-list': 'kubectl get … -o yaml 출력(kind: List)',
  'playground.preset.group-order': '한 그룹의 Ingress 두 개: 규칙 순서',
  'playground.preset.instance-clusterip': '오류: ClusterIP Service에 instance 모드',
  'playground.openFile': '파일 열기…',
  'playground.dropHint': '또는 편집기에 YAML 파일을 끌어다 놓으세요',
  'playground.fileTooLarge': '{name} 파일은 {size}MB입니다. 플레이그라운드는 {max}MB까지 읽습니다.',
  'playground.fileUnreadable': '{name} 파일을 텍스트로 읽을 수 없습니다.',
  'playground.assumed': '가정: {list}.',
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
  'playground.explain.reconcile': '컨트롤러가 이 오브젝트를 조정하다가 보고한 내용입니다.',
  'playground.result': '결과',
  'playground.diagram': '내 매니페스트의 다이어그램',
  'playground.planTree': '계획: AWS 리소스',
  'playground.planTreeEmpty': '만들어질 로드 밸런서가 없습니다.',
  'playground.json': '계획 JSON(npm run plan 출력과 같음)',
  'playground.jsonNote':
    '시뮬레이션한 매니페스트(입력한 내용과 가정한 내용)로 `npm run --silent plan -- manifests.yaml`을 실행한 결과와 같습니다.',
  'playground.downloadEffective': 'manifests.yaml 내려받기',
  'playground.events': '컨트롤러 이벤트와 오류',
  'playground.eventsMore': '이벤트 {count}개는 생략했습니다.',
  'playground.noEvents': '이벤트가 없습니다.',
  'playground.listener': '리스너 {protocol}:{port}',
  'playground.defaultAction': '기본 동작',
  'playground.rule': '규칙 {priority}',
  'playground.ruleMatch': '조건: {conditions}',
  'playground.targetGroup': '대상 그룹 {name}({targetType}, 포트 {port})',
  'playground.targetsNone': '대상이 없습니다.',
  'playground.target': '{id}:{port}',
  'playground.forward': '{target}(으)로 전달',
  'playground.fixedResponse': '고정 응답 {status}',
  'playground.redirect': '리디렉션 {status}',
  'playground.trace': '요청 추적',
  'playground.url': 'URL',
  'playground.clientIp': '클라이언트 IP',
  'playground.traceStatus': '최종 상태 코드: {status}',
  'playground.traceNoLb': '이 호스트에 응답하는 로드 밸런서가 없습니다.',
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
} as const satisfies Record<keyof typeof playgroundEn, string>;
