import { defineTerms } from './define-term.ts';

/** Terms every chapter leans on (reference sections in comments). */
export default defineTerms({
  // §1, §2
  controller: {
    en: {
      term: 'AWS Load Balancer Controller',
      definition:
        'A cluster add-on, running as a Deployment, that watches Ingresses, Services and TargetGroupBindings and creates, updates and deletes AWS load balancers to match them.',
    },
    ko: {
      term: 'AWS Load Balancer Controller',
      definition:
        '클러스터에 Deployment로 올라가는 애드온입니다. Ingress, Service, TargetGroupBinding을 지켜보다가 그 내용에 맞게 AWS 로드 밸런서를 만들고, 고치고, 지웁니다.',
    },
  },
  reconcile: {
    en: {
      term: 'reconcile',
      definition:
        'One pass of a controller: read the desired state from Kubernetes, compare it with what exists in AWS, and make only the calls needed to close the gap.',
    },
    ko: {
      term: '리컨실(reconcile)',
      definition:
        '컨트롤러가 한 번 도는 작업 단위입니다. 쿠버네티스에 적힌 원하는 상태를 읽고 AWS에 실제로 있는 것과 비교한 뒤, 차이를 메우는 데 필요한 호출만 합니다.',
    },
  },
  ingress: {
    en: {
      term: 'Ingress',
      definition:
        'A Kubernetes object that describes HTTP routing (hosts, paths, backends). It is configuration, not a process: the controller reads it and builds an ALB; no request ever passes through it.',
    },
    ko: {
      term: 'Ingress',
      definition:
        'HTTP 라우팅(호스트, 경로, 백엔드)을 적어 두는 쿠버네티스 오브젝트입니다. 프로세스가 아니라 설정이라서, 컨트롤러가 읽어 ALB를 만들 뿐 요청이 Ingress를 지나가는 일은 없습니다.',
    },
  },
  'ingress-class': {
    en: {
      term: 'IngressClass',
      definition:
        'Says which controller owns an Ingress. The AWS Load Balancer Controller claims Ingresses whose class has controller ingress.k8s.aws/alb.',
    },
    ko: {
      term: 'IngressClass',
      definition:
        '어떤 컨트롤러가 Ingress를 맡을지 정합니다. AWS Load Balancer Controller는 controller 값이 ingress.k8s.aws/alb인 클래스의 Ingress를 가져갑니다.',
    },
  },
  // §5
  'target-group': {
    en: {
      term: 'target group',
      definition:
        'The list of destinations (targets) a load balancer forwards to, with the port, protocol and health check. In instance mode a target is an EC2 instance ID plus the NodePort; in ip mode it is a pod IP plus the container port.',
    },
    ko: {
      term: '대상 그룹(target group)',
      definition:
        '로드 밸런서가 요청을 넘길 목적지(대상) 목록입니다. 포트, 프로토콜, 상태 확인 설정도 여기에 있습니다. instance 모드에서 대상은 EC2 인스턴스 ID와 NodePort, ip 모드에서는 파드 IP와 컨테이너 포트입니다.',
    },
  },
  'target-type': {
    en: {
      term: 'target type',
      definition:
        'instance (the default) registers worker nodes on the Service’s NodePort; ip registers pod IPs directly. Set with alb.ingress.kubernetes.io/target-type.',
    },
    ko: {
      term: '대상 유형(target type)',
      definition:
        'instance(기본값)는 워커 노드를 Service의 NodePort로 등록하고, ip는 파드 IP를 바로 등록합니다. alb.ingress.kubernetes.io/target-type 애너테이션으로 정합니다.',
    },
  },
  tgb: {
    en: {
      term: 'TargetGroupBinding',
      definition:
        'A custom resource the controller writes for each target group it manages. Its own loop keeps the group’s targets in step with the Service’s endpoints or nodes.',
    },
    ko: {
      term: 'TargetGroupBinding',
      definition:
        '컨트롤러가 관리하는 대상 그룹마다 하나씩 만드는 커스텀 리소스입니다. 이 리소스를 담당하는 별도 루프가 Service의 엔드포인트(또는 노드)에 맞춰 대상을 등록하고 등록 취소합니다.',
    },
  },
  'health-check': {
    en: {
      term: 'health check',
      definition:
        'The load balancer probes each target on a schedule. A new target needs one passing check to become healthy; after that, the healthy and unhealthy thresholds apply.',
    },
    ko: {
      term: '상태 확인(헬스 체크)',
      definition:
        '로드 밸런서가 주기적으로 각 대상을 찔러 보는 검사입니다. 새로 등록된 대상은 한 번만 통과하면 healthy가 되고, 그 뒤부터 healthy/unhealthy 임계값이 적용됩니다.',
    },
  },
  // §9
  nodeport: {
    en: {
      term: 'NodePort',
      definition:
        'A port (30000–32767 by default) that the API server allocates to a Service and kube-proxy opens on every node. Traffic to any node on that port is sent on to one of the Service’s pods, possibly on another node.',
    },
    ko: {
      term: 'NodePort',
      definition:
        'API 서버가 Service에 할당하고 kube-proxy가 모든 노드에 열어 두는 포트입니다(기본 30000–32767). 어느 노드로 들어오든 이 포트로 온 트래픽은 Service의 파드 중 하나로 넘어가며, 그 파드가 다른 노드에 있을 수도 있습니다.',
    },
  },
  'kube-proxy': {
    en: {
      term: 'kube-proxy',
      definition:
        'The agent on each node that turns Services into packet rules (iptables here). It picks a pod at random and rewrites the destination (DNAT); for NodePort traffic under the default externalTrafficPolicy: Cluster it also rewrites the source (SNAT).',
    },
    ko: {
      term: 'kube-proxy',
      definition:
        '노드마다 떠 있으면서 Service를 패킷 규칙(여기서는 iptables)으로 바꿔 주는 에이전트입니다. 파드를 무작위로 고르고 목적지를 바꾸며(DNAT), NodePort로 들어온 트래픽은 기본값 externalTrafficPolicy: Cluster일 때 출발지도 바꿉니다(SNAT).',
    },
  },
  iptables: {
    en: {
      term: 'iptables',
      definition:
        'The Linux packet-filtering and NAT rules kube-proxy programs: KUBE-NODEPORTS → KUBE-EXT → KUBE-SVC → KUBE-SEP, where the DNAT to a pod happens.',
    },
    ko: {
      term: 'iptables',
      definition:
        'kube-proxy가 채워 넣는 리눅스 패킷 필터·NAT 규칙입니다. KUBE-NODEPORTS → KUBE-EXT → KUBE-SVC → KUBE-SEP 순서로 타고 내려가며, 마지막 KUBE-SEP에서 파드로 DNAT됩니다.',
    },
  },
  conntrack: {
    en: {
      term: 'conntrack',
      definition:
        'The kernel’s connection tracking. It remembers each NATed flow so replies are rewritten back (un-NAT). It tracks every forwarded flow, ip-mode traffic included.',
    },
    ko: {
      term: 'conntrack',
      definition:
        '커널의 연결 추적 기능입니다. NAT된 흐름을 기억해 두었다가 응답 패킷의 주소를 원래대로 되돌립니다(un-NAT). ip 모드 트래픽을 포함해, 노드를 거쳐 가는 흐름은 모두 추적합니다.',
    },
  },
  dnat: {
    en: {
      term: 'DNAT / SNAT',
      definition:
        'Destination and source network address translation: rewriting a packet’s destination (to the chosen pod) or its source (to the node, so the reply comes back the same way).',
    },
    ko: {
      term: 'DNAT / SNAT',
      definition:
        '패킷의 목적지 주소(고른 파드로)나 출발지 주소(노드로, 그래야 응답이 같은 길로 돌아옴)를 바꾸는 주소 변환입니다.',
    },
  },
  'vpc-cni': {
    en: {
      term: 'Amazon VPC CNI',
      definition:
        'The EKS network plugin that gives each pod a real VPC IP address from the node’s ENIs. That is what lets a load balancer send packets straight to a pod IP.',
    },
    ko: {
      term: 'Amazon VPC CNI',
      definition:
        '노드의 ENI에서 VPC IP를 떼어 파드마다 진짜 VPC 주소를 붙여 주는 EKS 네트워크 플러그인입니다. 덕분에 로드 밸런서가 파드 IP로 패킷을 바로 보낼 수 있습니다.',
    },
  },
  alb: {
    en: {
      term: 'ALB',
      definition:
        'Application Load Balancer: a layer-7 proxy. It ends the client’s connection (and TLS), picks a rule by host and path, and opens its own connection to a target.',
    },
    ko: {
      term: 'ALB',
      definition:
        'Application Load Balancer. L7 프록시라서 클라이언트 연결(과 TLS)을 자기가 끝내고, 호스트·경로로 규칙을 고른 뒤 대상에게 새 연결을 엽니다.',
    },
  },
  nlb: {
    en: {
      term: 'NLB',
      definition:
        'Network Load Balancer: layer 4. It forwards TCP/UDP connections without reading HTTP; the controller builds one, internal by default, for each Service of type LoadBalancer it claims.',
    },
    ko: {
      term: 'NLB',
      definition:
        'Network Load Balancer. L4에서 TCP/UDP 연결을 HTTP 내용은 보지 않고 넘깁니다. 컨트롤러가 맡은 LoadBalancer 타입 Service마다 하나씩 만들고, 기본값은 internal입니다.',
    },
  },
  clb: {
    en: {
      term: 'CLB',
      definition:
        'Classic Load Balancer, the previous generation. The AWS cloud provider’s service controller (on EKS, part of the managed control plane) creates one for a Service of type LoadBalancer that the AWS Load Balancer Controller does not claim.',
    },
    ko: {
      term: 'CLB',
      definition:
        'Classic Load Balancer, 이전 세대 로드 밸런서입니다. AWS Load Balancer Controller가 맡지 않은 LoadBalancer 타입 Service가 있으면 AWS 클라우드 프로바이더의 서비스 컨트롤러(EKS에서는 관리형 컨트롤 플레인의 일부)가 만듭니다.',
    },
  },
  listener: {
    en: {
      term: 'listener and rule',
      definition:
        'A listener accepts connections on one port and protocol; its rules, checked in priority order, match host and path and decide the action (forward, redirect, fixed response).',
    },
    ko: {
      term: '리스너와 규칙',
      definition:
        '리스너는 포트·프로토콜 하나로 연결을 받습니다. 리스너의 규칙은 우선순위 순서로 호스트와 경로를 맞춰 보고 할 일(forward, redirect, fixed-response)을 정합니다.',
    },
  },
  // §8
  irsa: {
    en: {
      term: 'IRSA',
      definition:
        'IAM Roles for Service Accounts: a pod gets AWS credentials for an IAM role by trading its ServiceAccount’s projected token with STS (AssumeRoleWithWebIdentity).',
    },
    ko: {
      term: 'IRSA',
      definition:
        'IAM Roles for Service Accounts. 파드가 ServiceAccount의 projected 토큰을 STS에 내고(AssumeRoleWithWebIdentity) IAM 역할의 자격 증명을 받아 오는 방식입니다.',
    },
  },
  oidc: {
    en: {
      term: 'OIDC provider',
      definition:
        'An IAM identity provider that trusts the cluster’s token issuer, so STS can check a ServiceAccount token’s signature.',
    },
    ko: {
      term: 'OIDC 공급자',
      definition:
        '클러스터의 토큰 발급자를 신뢰하도록 IAM에 등록한 자격 증명 공급자입니다. 그래야 STS가 ServiceAccount 토큰의 서명을 검증할 수 있습니다.',
    },
  },
  sts: {
    en: {
      term: 'STS',
      definition:
        'AWS Security Token Service. AssumeRoleWithWebIdentity checks the token against the role’s trust policy and returns temporary credentials.',
    },
    ko: {
      term: 'STS',
      definition:
        'AWS Security Token Service. AssumeRoleWithWebIdentity 호출을 받으면 토큰을 역할의 신뢰 정책과 맞춰 보고 임시 자격 증명을 돌려줍니다.',
    },
  },
  'service-account': {
    en: {
      term: 'ServiceAccount',
      definition:
        'The identity a pod runs as. With IRSA it carries the annotation eks.amazonaws.com/role-arn naming the IAM role.',
    },
    ko: {
      term: 'ServiceAccount',
      definition:
        '파드가 어떤 신원으로 도는지 정하는 오브젝트입니다. IRSA에서는 eks.amazonaws.com/role-arn 애너테이션에 쓸 IAM 역할을 적습니다.',
    },
  },
  'readiness-gate': {
    en: {
      term: 'pod readiness gate',
      definition:
        'An extra Ready condition the controller injects and sets only once the pod’s target is healthy in the target group, so a rolling update waits for the load balancer.',
    },
    ko: {
      term: '파드 readiness gate',
      definition:
        '컨트롤러가 파드에 넣는 추가 Ready 조건입니다. 대상 그룹에서 그 파드가 healthy가 되어야 True가 되므로, 롤링 업데이트가 로드 밸런서 쪽 준비를 기다리게 됩니다.',
    },
  },
  'deregistration-delay': {
    en: {
      term: 'deregistration delay',
      definition:
        'How long a target stays draining after it is deregistered (300 s by default): in-flight requests finish, new ones stop arriving.',
    },
    ko: {
      term: '등록 취소 지연(deregistration delay)',
      definition:
        '대상을 등록 취소한 뒤 draining 상태로 두는 시간입니다(기본 300초). 처리 중인 요청은 마저 끝내고 새 요청은 더 받지 않습니다.',
    },
  },
  'ingress-group': {
    en: {
      term: 'IngressGroup',
      definition:
        'Ingresses with the same alb.ingress.kubernetes.io/group.name share one ALB; group.order decides whose rules come first.',
    },
    ko: {
      term: 'IngressGroup',
      definition:
        'alb.ingress.kubernetes.io/group.name이 같은 Ingress들은 ALB 하나를 같이 씁니다. 누구의 규칙이 먼저 오는지는 group.order로 정합니다.',
    },
  },
  endpointslice: {
    en: {
      term: 'EndpointSlice',
      definition:
        'The list of a Service’s pod addresses with their readiness. kube-proxy reads it, and so does the controller in ip mode.',
    },
    ko: {
      term: 'EndpointSlice',
      definition:
        'Service에 속한 파드 주소와 준비 상태를 담은 목록입니다. kube-proxy가 읽고, ip 모드에서는 컨트롤러도 읽습니다.',
    },
  },
});
