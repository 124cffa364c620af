// status.qosClass as the API server computes it on create (ComputePodQOS, api/resource/podQos.ts),
// read back by kubectl describe's `QoS Class:`.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../scenario/load.ts';

describe('ComputePodQOS', () => {
  const { state } = loadScenario(readFileSync(new URL('./fixtures/qos.yaml', import.meta.url), 'utf8'));
  const qos = (name: string) => state.pods.find((p) => p.metadata.name === name)?.status?.qosClass;

  it('is Guaranteed when every container limits cpu and memory and the requests (defaulted or written) equal them', () => {
    expect(qos('guaranteed')).toBe('Guaranteed');
  });

  it('is Burstable when a request is below its limit, or a container does not limit both', () => {
    expect(qos('burstable')).toBe('Burstable');
    expect(qos('init-memory-only')).toBe('Burstable');
  });

  it('is BestEffort when neither cpu nor memory is requested or limited', () => {
    expect(qos('best-effort')).toBe('BestEffort');
  });
});
