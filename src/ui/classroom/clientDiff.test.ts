import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { loadScenario } from '../../core/scenario/index.ts';
import { runTraffic } from '../../worker/traffic.ts';
import { makeVariant } from './variants.ts';
import { clientSide, comparedClients } from './clientDiff.ts';

const yaml = readFileSync(new URL('../../scenarios/default.yaml', import.meta.url), 'utf8');
/** Both sides of a variant with the default clients, 20 simulated seconds, seed 1 — as compare mode runs them. */
const sides = (id: Parameters<typeof makeVariant>[1]) => {
  const v = makeVariant(yaml, id);
  const run = (text: string) => runTraffic(loadScenario(text, { seed: 1 }), null, 20).results;
  return { left: run(v.left), right: run(v.right) };
};

describe('compare mode, per client', () => {
  it('sessionAffinity: ClientIP pins each external client to one pod; None spreads them', () => {
    const { left, right } = sides('affinity');
    expect(comparedClients(left, right)).toEqual(expect.arrayContaining(['laptop', 'phone', 'curl']));
    for (const id of ['laptop', 'phone']) {
      expect(clientSide(left, id).pods.length).toBeGreaterThan(1);
      expect(clientSide(right, id).pods).toHaveLength(1);
    }
  });

  it('externalTrafficPolicy: Cluster masquerades the laptop to a node address; Local keeps its own', () => {
    const { left, right } = sides('local');
    const cluster = clientSide(left, 'laptop');
    const local = clientSide(right, 'laptop');
    expect(cluster.snatTo.length).toBeGreaterThan(0);
    expect(cluster.snatTo.every((ip) => /^(192\.168\.1\.|10\.244\.)/.test(ip))).toBe(true);
    expect(local.snatTo).toEqual([]);
    expect(local.kept).toBe(true);
  });
});
