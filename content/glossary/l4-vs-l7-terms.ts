import { defineTerms } from './define-term.ts';

/** Terms of the l4-vs-l7 chapter (reference §1.3, §4.2, §7). */
export default defineTerms({
  'load-balancer-class': {
    en: {
      term: 'loadBalancerClass',
      definition:
        'A field of a Service of type LoadBalancer that names who provisions its load balancer. The AWS Load Balancer Controller takes service.k8s.aws/nlb; a Service with any other class is left to whoever owns that class.',
    },
    ko: {
      term: 'loadBalancerClass',
      definition:
        'LoadBalancer 타입 Service에서 로드 밸런서를 누가 만들지 지정하는 필드입니다. AWS Load Balancer Controller는 service.k8s.aws/nlb를 맡고, 다른 클래스가 적힌 Service는 그 클래스의 주인에게 맡깁니다.',
    },
  },
  'group-order': {
    en: {
      term: 'group.order',
      definition:
        'The alb.ingress.kubernetes.io/group.order annotation, an integer from -1000 to 1000 (default 0). The members of an IngressGroup are sorted by it, ties by namespace/name, and their rules get priorities in that order.',
    },
    ko: {
      term: 'group.order',
      definition:
        'alb.ingress.kubernetes.io/group.order 애너테이션으로, -1000부터 1000까지의 정수입니다(기본값 0). IngressGroup 멤버를 이 값으로 정렬하고 같으면 namespace/name 순으로 정렬하며, 규칙 우선순위도 이 순서대로 매겨집니다.',
    },
  },
});
