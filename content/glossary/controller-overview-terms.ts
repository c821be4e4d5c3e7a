import { defineTerms } from './define-term.ts';

/** Terms of the controller-overview chapter (reference sections in comments). */
export default defineTerms({
  // §7, seed 001 §2
  elb: {
    en: {
      term: 'ELB (Elastic Load Balancing)',
      definition:
        'AWS’s family of load balancers: the Application Load Balancer (ALB, HTTP), the Network Load Balancer (NLB, TCP/UDP) and the older Classic Load Balancer (CLB).',
    },
    ko: {
      term: 'ELB(Elastic Load Balancing)',
      definition:
        'AWS 로드 밸런서 제품군을 묶어 부르는 이름입니다. HTTP를 다루는 ALB, TCP/UDP를 다루는 NLB, 예전 방식인 CLB가 있습니다.',
    },
  },
  // §1.1
  watch: {
    en: {
      term: 'watch',
      definition:
        'A long-lived request to kube-apiserver that streams every change (ADDED, MODIFIED, DELETED) to a kind of object. A controller lists the objects once, then watches them, and keeps an in-memory copy.',
    },
    ko: {
      term: 'watch',
      definition:
        'kube-apiserver에 걸어 두는 긴 요청으로, 어떤 종류의 오브젝트에 생긴 변경(ADDED, MODIFIED, DELETED)을 계속 받아 옵니다. 컨트롤러는 처음에 한 번 list로 다 읽고, 그다음부터는 watch로 변경만 받아 메모리 사본을 최신으로 유지합니다.',
    },
  },
});
