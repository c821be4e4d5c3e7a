import { defineTerms } from './define-term.ts';

/** Terms the security-groups chapter adds (reference §2.1 step 5.1, §2.3 step 5, §3.1, §5.1). */
export default defineTerms({
  'security-group': {
    en: {
      term: 'security group',
      definition:
        'A stateful firewall attached to ENIs in a VPC: inbound rules name a protocol, a port and a source (an address range or another security group). A load balancer’s groups decide who may reach its listeners; a node’s or pod’s groups decide who may reach its ports.',
    },
    ko: {
      term: '보안 그룹',
      definition:
        'VPC의 ENI에 붙는, 상태를 기억하는(stateful) 방화벽입니다. 인바운드 규칙은 프로토콜, 포트, 소스(주소 범위나 다른 보안 그룹)로 이루어집니다. 로드 밸런서의 보안 그룹은 누가 리스너에 닿을지를, 노드나 파드의 보안 그룹은 누가 그 포트에 닿을지를 정합니다.',
    },
  },
  'backend-security-group': {
    en: {
      term: 'shared backend security group',
      definition:
        'One security group per cluster, named k8s-traffic-<cluster>-<hash>, that the controller attaches to every load balancer it manages. Each TargetGroupBinding lets this group into the nodes’ (or pods’) group on the target port, so one rule serves every load balancer.',
    },
    ko: {
      term: '공유 백엔드 보안 그룹',
      definition:
        '클러스터마다 하나씩 있는 k8s-traffic-<클러스터>-<해시> 보안 그룹입니다. 컨트롤러가 관리하는 로드 밸런서에는 모두 이 그룹이 붙고, TargetGroupBinding은 노드(또는 파드) 보안 그룹에서 이 그룹을 대상 포트로 허용합니다. 그래서 규칙 하나를 모든 로드 밸런서가 함께 씁니다.',
    },
  },
});
