import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { loadScenario } from '../scenario/load.ts';
import { nginxIngresses } from './ingressMatch.ts';

describe('nginxIngresses', () => {
  it("serves its class's Ingresses in byte order of namespace/name", () => {
    const { state, diagnostics } = loadScenario(
      readFileSync(new URL('./fixtures/ingress-order.yaml', import.meta.url), 'utf8'),
      { fileName: 'ingress-order.yaml' },
    );
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(nginxIngresses(state).map((i) => `${i.metadata.namespace}/${i.metadata.name}`)).toEqual([
      'default/a-b',
      'default/a.b',
      'default/ab',
      'team-b/a-b',
    ]);
  });
});
