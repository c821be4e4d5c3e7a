import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { scenarioTimeline } from '../../../scene/test-support/scenario-timeline.ts';
import { buildWorld, parseManifests, reconcile } from '../../../simulator/index.ts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { inspect } from './inspector-data.ts';

const tgId = 'default/domain-ingress-location-api:80';

/** The inspector of a binding: its manifest as the controller writes it, and the events it made. */
function inspectBinding(file: string) {
  const text = readFileSync(
    join(import.meta.dirname, '../../../../content/scenarios', file),
    'utf8',
  );
  const parsed = parseManifests([{ name: file, text }]);
  if (!parsed.ok) throw new Error(file);
  const world = buildWorld(parsed.value);
  const { events, scenes } = scenarioTimeline(file);
  const inspection = inspect(`tgb:${tgId}`, scenes.universe, {
    world,
    plan: reconcile(world).plan,
    events,
  });
  return { inspection, manifest: parse(inspection?.kubernetes?.yaml ?? '') };
}

describe('the inspector on a TargetGroupBinding', () => {
  it('shows its spec: the group it binds, the target type, the Service port, the nodes’ rule', () => {
    const { inspection, manifest } = inspectBinding('seed-instance.yaml');
    expect(manifest).toMatchObject({
      apiVersion: 'elbv2.k8s.aws/v1beta1',
      kind: 'TargetGroupBinding',
      metadata: { name: 'k8s-default-location-f602f5148a', namespace: 'default' },
      spec: {
        targetType: 'instance',
        // The Service port as the Ingress writes it, not the NodePort (§5.2).
        serviceRef: { name: 'location-api', port: 80 },
        networking: {
          ingress: [
            {
              from: [{ securityGroup: { groupID: '<id of k8s-traffic-mycluster-4cbfcec96c>' } }],
              ports: [{ protocol: 'TCP', port: 31666 }],
            },
          ],
        },
      },
    });
    expect(manifest.spec.targetGroupARN).toMatch(
      /^arn:aws:elasticloadbalancing:us-west-2:\d+:targetgroup\/k8s-default-location-f602f5148a\//,
    );
    // Its events: the controller writing it, then its reconciler's calls.
    const kinds = inspection?.events.map((e) => (e.kind === 'aws-call' ? e.operation : e.kind));
    expect(kinds?.slice(0, 4)).toEqual([
      'tgb-written',
      'DescribeTargetHealth',
      'AuthorizeSecurityGroupIngress',
      'RegisterTargets',
    ]);
  });

  it('opens the pods’ port in ip mode', () => {
    const { manifest } = inspectBinding('seed-ip.yaml');
    expect(manifest.spec.targetType).toBe('ip');
    expect(manifest.spec.networking.ingress[0].ports).toEqual([{ protocol: 'TCP', port: 8000 }]);
  });
});
