import { defineTerms } from './define-term.ts';

/** Terms of the without-controller chapter (reference §7). */
export default defineTerms({
  'in-tree-provider': {
    en: {
      term: 'cloud provider’s service controller',
      definition:
        'The AWS cloud provider’s controller for Services of type LoadBalancer, often called “in-tree” because its code used to live in Kubernetes. Since Kubernetes 1.27 it runs as the AWS cloud controller manager; on EKS it runs in the AWS-managed control plane. For a LoadBalancer Service that the AWS Load Balancer Controller does not claim, it creates an internet-facing Classic Load Balancer (or an NLB with aws-load-balancer-type: nlb) in front of every node’s NodePort.',
    },
    ko: {
      term: '클라우드 프로바이더의 서비스 컨트롤러',
      definition:
        'LoadBalancer 타입 Service를 처리하는 AWS 클라우드 프로바이더의 컨트롤러입니다. 예전에는 코드가 쿠버네티스 안에 있어서 흔히 "in-tree"라고 부릅니다. 쿠버네티스 1.27부터는 AWS 클라우드 컨트롤러 매니저로 돌고, EKS에서는 AWS가 관리하는 컨트롤 플레인 안에서 돕니다. AWS Load Balancer Controller가 맡지 않은 LoadBalancer Service를 보면 모든 노드의 NodePort 앞에 internet-facing Classic Load Balancer를 만들고, aws-load-balancer-type: nlb 애너테이션이 있으면 NLB를 만듭니다.',
    },
  },
});
