// The Inspector's affinity table at the moment the diagram shows, from the worker's stamps (which
// run up to one traffic horizon ahead). Once it read the newest stamp: "time left 20s" for a 10 s
// timeout.
import { describe, expect, it } from 'vitest';
import type { AffinityStamp } from '../../worker/protocol.ts';
import { affinityAt } from './affinityAt.ts';

const stamp = (setAt: number, endpoint = 'default/web-a', timeout = 10): AffinityStamp => ({
  node: 'node-1',
  spn: 'default/myservice:http',
  clientIP: '10.244.1.5',
  endpoint,
  endpointIP: '10.244.2.7:8080',
  setAt,
  timeout,
  expiresAt: setAt + timeout,
});

describe(affinityAt, () => {
  it('reads the latest stamp at or before the moment shown, never one from its future', () => {
    const stamps = [stamp(0), stamp(4), stamp(15)];
    expect(affinityAt(stamps, 5, 'default/myservice')).toEqual([
      { clientIP: '10.244.1.5', endpoint: 'default/web-a', node: 'node-1', secondsLeft: 9 },
    ]);
    for (let t = 0; t < 40; t += 0.25)
      for (const row of affinityAt(stamps, t, 'default/myservice')) expect(row.secondsLeft).toBeLessThanOrEqual(10);
  });

  it('counts down to the second and lets the entry expire at its timeout', () => {
    const stamps = [stamp(4)];
    expect(affinityAt(stamps, 4, 'default/myservice')[0]!.secondsLeft).toBe(10);
    expect(affinityAt(stamps, 4.2, 'default/myservice')[0]!.secondsLeft).toBe(10);
    expect(affinityAt(stamps, 13.5, 'default/myservice')[0]!.secondsLeft).toBe(1);
    expect(affinityAt(stamps, 14, 'default/myservice')).toEqual([]);
    expect(affinityAt(stamps, 3.9, 'default/myservice')).toEqual([]);
  });

  it('after expiry a new pick shows its own pod; other Services are left out', () => {
    const stamps = [stamp(0, 'default/web-a'), stamp(20, 'default/web-b')];
    expect(affinityAt(stamps, 21, 'default/myservice')[0]!.endpoint).toBe('default/web-b');
    expect(affinityAt(stamps, 21, 'default/other')).toEqual([]);
  });
});
