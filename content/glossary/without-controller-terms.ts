import { defineTerms } from './define-term.ts';

/** Terms of the without-controller chapter (reference §7). */
export default defineTerms({
  'in-tree-provider': {
    en: {
      term: 'in-tree cloud provider',
      definition:
        'The AWS support that comes with Kubernetes itself, not an add-on you install. For a Service of type LoadBalancer that no controller claims, it creates a Classic Load Balancer (or an NLB with aws-load-balancer-type: nlb) in front of every node’s NodePort.',
    },
    ko: {
      term: 'in-tree 클라우드 프로바이더',
      definition:
        '따로 설치하는 애드온이 아니라 쿠버네티스에 원래 들어 있는 AWS 연동 기능입니다. 다른 컨트롤러가 맡지 않은 LoadBalancer 타입 Service를 보면 모든 노드의 NodePort 앞에 Classic Load Balancer를 만들고, aws-load-balancer-type: nlb 애너테이션이 있으면 NLB를 만듭니다.',
    },
  },
});
