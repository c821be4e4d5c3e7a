import { describe, expect, it } from 'vitest';
import * as simulator from './index.ts';

describe('the simulator front door', () => {
  it('exports exactly these functions (a change here is an API change)', () => {
    expect(Object.keys(simulator).sort()).toEqual([
      'ANNOTATION_TABLE',
      'buildWorld',
      'formatManifestError',
      'instanceIdOf',
      'instanceTargetNodes',
      'loadBalancerAddresses',
      'loadBalancerDnsName',
      'nodeSecurityGroupId',
      'parseActions',
      'parseManifests',
      'planFromManifests',
      'readNotice',
      'reconcile',
      'simulate',
      'traceRequest',
    ]);
  });
});
