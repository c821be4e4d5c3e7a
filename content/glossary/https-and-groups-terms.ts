import { defineTerms } from './define-term.ts';

/** Terms of the https-and-groups chapter (reference §3.2). */
export default defineTerms({
  'listen-ports': {
    en: {
      term: 'listen-ports',
      definition:
        'The alb.ingress.kubernetes.io/listen-ports annotation: a JSON list such as [{"HTTP": 80}, {"HTTPS": 443}] that names the listeners an Ingress uses. Without it an Ingress gets HTTP:80, or HTTPS:443 alone when it names a certificate.',
    },
    ko: {
      term: 'listen-ports',
      definition:
        'alb.ingress.kubernetes.io/listen-ports 애너테이션으로, Ingress가 쓸 리스너를 [{"HTTP": 80}, {"HTTPS": 443}] 같은 JSON 목록으로 적습니다. 없으면 HTTP:80을 받고, 인증서를 지정한 Ingress는 HTTPS:443 하나만 받습니다.',
    },
  },
  'certificate-discovery': {
    en: {
      term: 'Certificate discovery',
      definition:
        'When an Ingress listens on an HTTPS port but names no certificate, the controller collects the hosts of its rules and of spec.tls and looks in ACM for certificates that cover them. No match fails the build with "no certificate found for host".',
    },
    ko: {
      term: '인증서 자동 검색',
      definition:
        'Ingress가 HTTPS 포트를 듣는데 인증서를 지정하지 않았으면, 컨트롤러가 규칙과 spec.tls의 호스트를 모아 이를 포함하는 인증서를 ACM에서 찾습니다. 맞는 인증서가 없으면 "no certificate found for host"로 빌드가 실패합니다.',
    },
  },
  'ssl-redirect': {
    en: {
      term: 'ssl-redirect',
      definition:
        'The alb.ingress.kubernetes.io/ssl-redirect annotation: an HTTPS listen port. Every HTTP listener of the ALB then answers with a 301 redirect to that port and carries no rules. It applies to the whole IngressGroup.',
    },
    ko: {
      term: 'ssl-redirect',
      definition:
        'alb.ingress.kubernetes.io/ssl-redirect 애너테이션으로, 값은 HTTPS 리슨 포트입니다. 이 값이 있으면 ALB의 모든 HTTP 리스너가 그 포트로 301 리디렉션하고 규칙을 갖지 않습니다. IngressGroup 전체에 적용됩니다.',
    },
  },
});
