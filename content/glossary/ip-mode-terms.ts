import { defineTerms } from './define-term.ts';

/** Terms the ip-mode chapter adds (reference §6.3, §9.3). */
export default defineTerms({
  eni: {
    en: {
      term: 'ENI (elastic network interface)',
      definition:
        'A virtual network card in a VPC subnet, attached to an EC2 instance. It has a primary IP and can hold secondary IPs; the Amazon VPC CNI hands those secondary IPs to pods, so the VPC routes a pod’s IP to its node.',
    },
    ko: {
      term: 'ENI(Elastic Network Interface)',
      definition:
        'VPC 서브넷에 속한 가상 네트워크 카드로, EC2 인스턴스에 붙습니다. 기본 IP 외에 보조 IP를 여러 개 가질 수 있는데, Amazon VPC CNI가 이 보조 IP를 파드에 나눠 주기 때문에 VPC는 파드 IP로 가는 패킷을 그 파드의 노드로 보냅니다.',
    },
  },
});
