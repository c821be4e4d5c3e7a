// @vitest-environment jsdom
import { cleanup, render } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Locale } from '../../i18n/locales.ts';
import { createTranslator } from '../../i18n/translate.ts';
import { TranslateContext } from '../../i18n/useTranslate.ts';
import { buildScene } from '../../scene/build-scene.ts';
import { sceneInputFromWorld } from '../../scene/scene-input-from-world.ts';
import { DiagramCanvas } from './DiagramCanvas.tsx';
import { installReactFlowStubs } from './jsdom-flow-stubs.ts';
import { seedPreviewData } from './seed-preview-data.ts';

beforeAll(installReactFlowStubs);
afterEach(cleanup);

const seed = seedPreviewData();
const seedScene = buildScene(sceneInputFromWorld(seed.world, seed.plan));

function renderCanvas(locale: Locale) {
  render(
    <TranslateContext value={createTranslator(locale)}>
      <DiagramCanvas
        scene={seedScene}
        emphasis={new Set()}
        packet={null}
        reducedMotion
        ariaLabel="Diagram"
        onInspect={() => {}}
        onToggleExpand={() => {}}
      />
    </TranslateContext>,
  );
}

/** The kind each accessible name starts with, per language. */
const kindWords: Record<Locale, Record<string, string>> = {
  en: {
    client: 'Client',
    dns: 'DNS',
    'load-balancer': 'Application Load Balancer',
    listener: 'Listener',
    rule: 'Rule',
    'default-action': 'Default action',
    'target-group': 'Target group',
    target: 'Target',
    iam: 'IAM role',
    sts: 'STS',
    oidc: 'OIDC provider',
    apiserver: 'API server',
    ingressclass: 'IngressClass',
    ingress: 'Ingress',
    service: 'Service',
    endpointslice: 'EndpointSlice',
    'target-group-binding': 'TargetGroupBinding',
    controller: 'Controller',
    serviceaccount: 'ServiceAccount',
    node: 'Node',
    pod: 'Pod',
    'kube-proxy': 'kube-proxy',
    vpc: 'VPC',
    az: 'Availability Zone',
    subnet: 'Subnet',
    eni: 'ENI',
    'lb-node': 'Load balancer node',
  },
  ko: {
    client: '클라이언트',
    dns: 'DNS',
    'load-balancer': 'Application Load Balancer',
    listener: '리스너',
    rule: '규칙',
    'default-action': '기본 작업',
    'target-group': '대상 그룹',
    target: '대상',
    iam: 'IAM 역할',
    sts: 'STS',
    oidc: 'OIDC 공급자',
    apiserver: 'API 서버',
    ingressclass: '인그레스클래스',
    ingress: '인그레스',
    service: '서비스',
    endpointslice: '엔드포인트슬라이스',
    'target-group-binding': 'TargetGroupBinding',
    controller: '컨트롤러',
    serviceaccount: 'ServiceAccount',
    node: '노드',
    pod: '파드',
    'kube-proxy': 'kube-proxy',
    vpc: 'VPC',
    az: '가용 영역',
    subnet: '서브넷',
    eni: 'ENI',
    'lb-node': '로드 밸런서 노드',
  },
};

describe('accessible names of diagram elements', () => {
  it.each(['en', 'ko'] as const)('names every element by kind, then object name (%s)', (locale) => {
    renderCanvas(locale);
    for (const node of seedScene.nodes.filter((n) => n.kind !== 'zone')) {
      const element = document.querySelector(`[data-id="${node.id}"] button`);
      const name = element?.getAttribute('aria-label') ?? '';
      expect(name.startsWith(`${kindWords[locale][node.kind]} `), `${node.id}: ${name}`).toBe(true);
      // The rule's label is its short form ("1: api.example.com + /*"); its name spells it out.
      if (!['dns', 'iam', 'sts', 'oidc', 'rule'].includes(node.kind))
        expect(name, node.id).toContain(node.label);
    }
  });
});

describe('cards named by what they are', () => {
  it.each([
    ['en', 'IAM role', 'OIDC provider'],
    ['ko', 'IAM 역할', 'OIDC 공급자'],
  ] as const)('show that name in the reader’s language (%s)', (locale, iam, oidc) => {
    renderCanvas(locale);
    const shown = (kind: string) => {
      const node = seedScene.nodes.find((n) => n.kind === kind)!;
      return document.querySelector(`[data-id="${node.id}"]`)?.textContent ?? '';
    };
    expect(shown('iam')).toContain(iam);
    expect(shown('oidc')).toContain(oidc);
  });
});
