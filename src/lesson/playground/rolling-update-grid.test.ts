import { describe, expect, it } from 'vitest';
import rollingUpdate from '../../../content/playground/labs/rolling-update.yaml?raw';
import {
  allSwitches,
  rolloutCell,
  withSwitches,
  type RolloutSwitches,
} from './rolling-update-grid.ts';

const actions = `- at: 60s
  traffic: { url: http://shop.example.com/, rps: 20, duration: 3m }
- at: 90s
  rollingUpdate: { deployment: shop/web, maxSurge: 1, maxUnavailable: 0, preStopSeconds: 0 }
`;
const lab = { text: rollingUpdate, actions };
const request = { url: 'http://shop.example.com/', clientIp: '203.0.113.10' };
const off: RolloutSwitches = {
  readinessGates: false,
  preStop: false,
  shortDeregistration: false,
  longGrace: false,
};

describe('lab 1’s grid: every combination of the four switches', () => {
  it('has 16 different combinations', () => {
    const all = allSwitches().map((s) => JSON.stringify(s));
    expect(new Set(all).size).toBe(16);
  });

  it('sets each switch in the manifests or the actions', () => {
    const on = withSwitches(lab, {
      readinessGates: true,
      preStop: true,
      shortDeregistration: true,
      longGrace: true,
    });
    expect(on.text).toContain('terminationGracePeriodSeconds: 90');
    expect(on.text).toContain('deregistration_delay.timeout_seconds=30');
    expect(on.actions).toContain('preStopSeconds: 40');
    expect(on.actions).toMatch(/^- at: 5s\n {2}enableReadinessGates: shop\n/);
    // All off is the lab as written: grace 30 s, deregistration delay 300 s, no preStop sleep.
    expect(withSwitches(lab, off)).toEqual({ text: rollingUpdate, actions });
  });

  it('counts 5xx with every switch off, and none with readiness gates and a preStop sleep (§11.3)', () => {
    const bad = rolloutCell(lab, off, request);
    expect(bad.total).toBeGreaterThan(0);
    expect(bad.errors5xx).toBeGreaterThan(0);
    const good = rolloutCell(lab, { ...off, readinessGates: true, preStop: true }, request);
    expect(good.total).toBe(bad.total);
    expect(good.errors5xx).toBe(0);
  });

  it('a shorter deregistration delay alone does not prevent them (§11.3)', () => {
    expect(
      rolloutCell(lab, { ...off, shortDeregistration: true }, request).errors5xx,
    ).toBeGreaterThan(0);
  });
});
