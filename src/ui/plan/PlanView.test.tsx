// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Plan, PlanListener, PlanTargetGroup } from '../../simulator/index.ts';
import { createTranslator } from '../../i18n/translate.ts';
import { TranslateContext } from '../../i18n/useTranslate.ts';
import { PlanView, type PlanResult } from './PlanView.tsx';

afterEach(cleanup);

function renderPlan(result: PlanResult) {
  return render(
    <TranslateContext value={createTranslator('en')}>
      <PlanView result={result} file="test.yaml" />
    </TranslateContext>,
  );
}

const listener: PlanListener = {
  port: 80,
  protocol: 'HTTP',
  certificateArns: [],
  sslPolicy: null,
  defaultAction: { type: 'redirect', protocol: 'HTTPS', port: '443', statusCode: 'HTTP_301' },
  rules: [
    {
      priority: 1,
      conditions: [{ field: 'http-header', httpHeaderName: 'X-Env', values: ['blue', 'green'] }],
      action: {
        type: 'forward',
        targetGroups: [
          { id: 'default/web-blue:80', weight: 80 },
          { id: 'default/web-green:80', weight: 20 },
        ],
      },
    },
    {
      priority: 2,
      conditions: [],
      action: {
        type: 'fixed-response',
        statusCode: '503',
        contentType: 'text/plain',
        messageBody: 'down',
      },
    },
  ],
};

const emptyTargetGroup: PlanTargetGroup = {
  id: 'default/web-blue:80',
  name: 'k8s-default-webblue-0123456789',
  service: 'default/web-blue',
  servicePort: '80',
  ingress: 'default/web',
  targetType: 'ip',
  protocol: 'HTTP',
  protocolVersion: null,
  port: 8080,
  ipAddressType: 'ipv4',
  healthCheck: {
    protocol: 'HTTP',
    port: 'traffic-port',
    path: '/healthz',
    matcher: '200',
    intervalSeconds: 15,
    timeoutSeconds: 5,
    healthyThreshold: 2,
    unhealthyThreshold: 2,
  },
  attributes: {},
  targets: [],
};

const plan: Plan = {
  loadBalancers: [
    {
      stack: 'default/web',
      name: 'k8s-default-web-0123456789',
      type: 'application',
      scheme: 'internal',
      ipAddressType: 'ipv4',
      sources: ['Ingress default/web'],
      group: null,
      dnsName: 'internal-k8s-default-web-0123456789.us-west-2.elb.amazonaws.com',
      listeners: [listener],
    },
  ],
  targetGroups: [emptyTargetGroup],
  errors: [
    { object: 'Ingress default/other', reason: 'FailedBuildModel', message: 'no certificate' },
  ],
  assumptions: [],
  status: {},
  apiCalls: [],
};

describe('PlanView', () => {
  it('spells out redirects, weighted forwards, header conditions and fixed responses', () => {
    renderPlan({ ok: true, plan, notes: [] });
    const http = within(screen.getByRole('region', { name: 'HTTP:80' }));

    expect(http.getByText('HTTPS://#{host}:443/#{path}?#{query}')).toBeTruthy();
    const rules = http.getAllByRole('listitem').filter((item) => item.className === 'rule');
    expect(rules.map((rule) => rule.textContent)).toEqual([
      expect.stringContaining('http-header X-Env = blue or green'),
      expect.stringContaining('Answer with a fixed response 503 text/plain'),
    ]);
    expect(rules[0]?.textContent).toContain('default/web-green:80 (weight 20)');
    expect(within(rules[1]!).getAllByRole('definition')[0]?.textContent).toBe('always');
    expect(http.getByRole('link', { name: 'default/web-blue:80' }).getAttribute('href')).toBe(
      '#tg:default/web-blue:80',
    );
  });

  it('says when a target group has no targets, and lists reconcile errors', () => {
    renderPlan({ ok: true, plan, notes: [] });

    const group = within(screen.getByRole('article', { name: 'default/web-blue:80' }));
    expect(group.getByText(/No registered targets/)).toBeTruthy();
    expect(screen.getByText('no certificate')).toBeTruthy();
  });

  it('shows where unreadable input went wrong instead of a plan', () => {
    renderPlan({
      ok: false,
      errors: [{ file: 'bad.yaml', document: 2, line: 7, message: 'bad indentation' }],
    });

    const alert = within(screen.getByRole('alert'));
    expect(alert.getByText('bad.yaml, document 2, line 7')).toBeTruthy();
    expect(alert.getByText('bad indentation')).toBeTruthy();
    expect(screen.queryByRole('heading', { name: 'Load balancers' })).toBeNull();
  });
});
