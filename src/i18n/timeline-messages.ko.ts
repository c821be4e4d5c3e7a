import type { timelineEn } from './timeline-messages.en.ts';

/** 타임라인에서 컨트롤러 주변에 일어나는 일(가정, 파드, 엔드포인트, kube-proxy, 노드, 트래픽) 문장. */
export const timelineKo = {
  'sim.action.apply': '가정: 클러스터에 새 매니페스트를 적용합니다.',
  'sim.action.delete': '가정: {namespace}/{name} {kind} 오브젝트를 삭제합니다.',
  'sim.action.scale': '가정: Deployment {deployment}의 레플리카를 {replicas}개로 바꿉니다.',
  'sim.action.rolling-update': '가정: {deployment} Deployment가 새 버전으로 롤링 업데이트합니다.',
  'sim.action.enable-readiness-gates':
    '가정: 네임스페이스 {namespace}에 readiness gate 주입 레이블을 붙입니다.',
  'sim.action.delete-pod': '가정: {pod} 파드를 삭제합니다.',
  'sim.action.node-not-ready': '가정: {node} 노드가 응답을 멈춥니다.',
  'sim.action.drain-node': '가정: {node} 노드를 drain합니다.',
  'sim.action.set-target-type':
    '가정: Ingress {ingress}의 대상 유형을 {targetType} 모드로 바꿉니다.',
  'sim.action.set-external-traffic-policy':
    '가정: Service {service}의 externalTrafficPolicy를 {policy} 값으로 바꿉니다.',
  'sim.action.break-health-check':
    '가정: {service} 뒤의 파드들이 상태 확인(헬스 체크) 경로에 응답하지 않습니다.',
  'sim.action.break-irsa': '가정: IRSA가 깨집니다({failure}).',
  'sim.action.traffic': '트래픽 시작: {url} 주소로 초당 {rps}개 요청을 보냅니다.',
  'sim.pod.created': '{pod} 파드가 {node} 노드에 만들어지고 컨테이너가 뜨기 시작합니다.',
  'sim.pod.containers-ready': '{pod} 파드의 컨테이너가 준비됐습니다.',
  'sim.pod.ready': '{pod} 파드가 Ready가 되어, EndpointSlice에 준비된 엔드포인트로 표시됩니다.',
  'sim.pod.not-ready':
    '{pod} 파드가 더는 Ready가 아니어서, EndpointSlice에 준비되지 않은 엔드포인트로 표시됩니다.',
  'sim.pod.terminating':
    '{pod} 파드가 종료 중입니다. EndpointSlice에는 ready=false, terminating=true로 남고, preStop 훅이 돕니다.',
  'sim.pod.prestop-done': '{pod} 파드의 preStop 훅이 끝나 kubelet이 SIGTERM을 보냅니다.',
  'sim.pod.sigterm': '{pod} 파드가 SIGTERM을 받고 새 연결을 받지 않습니다.',
  'sim.pod.exited': '{pod} 파드의 컨테이너가 종료됐습니다.',
  'sim.pod.deleted': '{pod} 파드가 API 서버에서 사라졌습니다.',
  'sim.endpoints.updated':
    '{service}의 EndpointSlice에 이제 준비된 엔드포인트가 {ready}개 있습니다.',
  'sim.kubeProxy.synced':
    '{node}의 kube-proxy가 {service} 규칙을 갱신합니다. 엔드포인트는 {endpoints}개입니다.',
  'sim.node.notReady': '{node} 노드가 상태 보고를 멈춰 Ready 조건이 Unknown이 됩니다.',
  'sim.node.drained': '{node} 노드를 cordon하고 파드를 내보냅니다.',
  'sim.traffic.window': '지난 1초 동안의 트래픽: 200 응답 {ok}개, 실패 {failed}개.',
  'sim.traffic.windowFailed':
    '지난 1초 동안의 트래픽: 200 응답 {ok}개, 실패 {failed}개({statuses}).',
  'sim.action.controller-down': '가정: Ready 상태인 컨트롤러 파드가 하나도 없게 됩니다.',
  'sim.action.controller-up': '가정: 컨트롤러 파드가 다시 Ready 상태가 됩니다.',
  'sim.controller.down':
    'Ready 상태인 컨트롤러 파드가 없습니다. API 서버가 컨트롤러의 웹훅을 호출할 수 없고, 리컨실도 멈춥니다. 이미 만든 로드 밸런서는 계속 트래픽을 처리합니다.',
  'sim.controller.up':
    '컨트롤러 {pod} 파드가 다시 Ready 상태가 되어 웹훅 요청을 받고 리더 선출에 나섭니다.',
  'sim.controller.replica-lost':
    '컨트롤러 {pod} 파드가 사라졌지만, 남은 레플리카 {replicas}개가 계속 웹훅 요청을 처리합니다.',
  'sim.controller.replica-ready':
    '새 컨트롤러 {pod} 파드가 Ready 상태가 되어 웹훅 요청을 처리합니다(Ready 레플리카 {replicas}개).',
  'sim.controller.leader-elected':
    '{pod} 파드가 리더 리스(lease)를 가져갑니다. 이 파드의 컨트롤러가 시작되어 클러스터를 다시 list하고 모든 스택을 다시 리컨실합니다.',
  'sim.admission.rejected':
    'API 서버가 {kind} {object}의 {verb} 요청을 거부합니다. 웹훅 {webhook}에 엔드포인트가 없는데 failurePolicy가 Fail이기 때문입니다.',
  'sim.irsa.projectedToken':
    'kubelet이 projected ServiceAccount 토큰(audience {audience})을 {tokenPath}에 마운트합니다. 토큰에는 역할이 적혀 있지 않습니다. AWS SDK는 파드 아이덴티티 웹훅이 ServiceAccount 애너테이션에서 옮겨 둔 AWS_ROLE_ARN({roleArn}) 값으로 역할을 정합니다.',
  'sim.irsa.noOidcProvider':
    'STS가 400 InvalidIdentityToken으로 토큰을 거부합니다. 계정에 발급자 {issuer}의 IAM OIDC 공급자가 없기 때문입니다. 공급자를 만들기 전까지 모든 AWS 호출이 실패합니다.',
} as const satisfies Readonly<Record<keyof typeof timelineEn, string>>;
