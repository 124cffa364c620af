// Hints for spec.trafficDistribution. Expected values: k8s.io/endpointslice trafficdist/trafficdist_test.go
// TestReconcileHints (the slicesToCreate of "should set zone hints with PreferClose", "should remove
// hints when trafficDistribution is unrecognized", "... is unset", "unready endpoints should not
// trigger updates"), and trafficdist.go preferCloseHeuristic.update for PreferSameNode (forNodes
// with the endpoint's nodeName beside forZones).
import { describe, expect, it } from 'vitest';
import type { Endpoint } from 'kubernetes-types/discovery/v1';
import { withTrafficDistributionHints } from './trafficDistribution.ts';

const ep = (ip: string, zone: string, node: string, ready = true, hints?: string): Endpoint => ({
  addresses: [ip],
  zone,
  nodeName: node,
  conditions: { ready },
  ...(hints ? { hints: { forZones: [{ name: hints }] } } : {}),
});

describe('withTrafficDistributionHints (trafficdist.go ReconcileHints)', () => {
  it('PreferClose: a zone hint for its own zone on every ready endpoint', () => {
    const got = withTrafficDistributionHints('PreferClose', [
      ep('10.0.0.1', 'zone-a', 'node-1'),
      ep('10.0.0.2', 'zone-b', 'node-2'),
    ]);
    expect(got.map((e) => e.hints)).toEqual([{ forZones: [{ name: 'zone-a' }] }, { forZones: [{ name: 'zone-b' }] }]);
  });

  it('PreferSameZone is the same heuristic; an incorrect hint is corrected', () => {
    const got = withTrafficDistributionHints('PreferSameZone', [ep('10.0.0.1', 'zone-a', 'node-1', true, 'zone-b')]);
    expect(got[0]?.hints).toEqual({ forZones: [{ name: 'zone-a' }] });
  });

  it('PreferSameNode: forNodes with the endpoint’s node as well as forZones', () => {
    const got = withTrafficDistributionHints('PreferSameNode', [ep('10.0.0.1', 'zone-a', 'node-1')]);
    expect(got[0]?.hints).toEqual({ forZones: [{ name: 'zone-a' }], forNodes: [{ name: 'node-1' }] });
  });

  it('an unready endpoint gets no hint', () => {
    const got = withTrafficDistributionHints('PreferClose', [ep('10.0.0.2', 'zone-b', 'node-2', false)]);
    expect(got[0]?.hints).toBeUndefined();
  });

  it('an unrecognized or unset trafficDistribution removes every hint (defaultHeuristic)', () => {
    for (const td of ['Unknown', undefined]) {
      const got = withTrafficDistributionHints(td, [ep('10.0.0.1', 'zone-a', 'node-1', true, 'zone-a')]);
      expect(got[0]).toEqual({
        addresses: ['10.0.0.1'],
        zone: 'zone-a',
        nodeName: 'node-1',
        conditions: { ready: true },
      });
    }
  });
});
