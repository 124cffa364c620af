// The catalogue's English is the data path's English: for every request over the fixtures (every
// pod, node and an outside client to every Service name, ClusterIP, node port and a few wrong
// addresses), a hop's `say` words exactly its `detail`, and a result's `why` exactly its `reason`.
// So the CLI's text and the page's text are one decision worded twice, never two decisions.
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { loadScenario } from '../scenario/load.ts';
import { createRng } from '../random/rng.ts';
import { createDataplane } from './send.ts';
import { SAID_CODES, SAID_EN, say, sayEnglish } from './said.ts';
import type { Source } from './types.ts';

const FIXTURES = readdirSync(new URL('./fixtures/', import.meta.url)).filter((f) => f.endsWith('.yaml'));

describe('said', () => {
  it('words nested explanations and leaves an unknown {name} as written', () => {
    const why = say('explain.selectorMatchesNone', { selector: 'app: MyApp', service: 'default/my-service' });
    expect(sayEnglish(say('proxy.noEndpoints', { spn: 'default/my-service:http', why }))).toBe(
      'default/my-service:http has no endpoints: selector app: MyApp of Service default/my-service matches no pods',
    );
    expect(sayEnglish(say('dns.noAddress'))).toBe('no address for {host}');
    expect(SAID_CODES.length).toBe(Object.keys(SAID_EN).length);
  });

  for (const file of FIXTURES) {
    it(`${file}: every said hop and reason is its English detail`, () => {
      const s = loadScenario(readFileSync(new URL(`./fixtures/${file}`, import.meta.url), 'utf8'), { seed: 1 });
      const dp = createDataplane(s.state, createRng(1));
      const senders: Source[] = [
        ...s.state.pods.map((p): Source => ({ kind: 'pod', namespace: p.metadata.namespace, name: p.metadata.name })),
        ...s.state.nodes.map((n): Source => ({ kind: 'node', name: n.metadata.name })),
        { kind: 'external' },
        { kind: 'pod', namespace: 'default', name: 'nobody' },
      ];
      const nodeIPs = s.state.nodes.map((n) => n.status?.addresses?.[0]?.address ?? '');
      const targets = [
        ...s.state.services.flatMap((svc) => [
          svc.metadata.name,
          `${svc.metadata.name}.${svc.metadata.namespace}`,
          ...(svc.spec.clusterIP && svc.spec.clusterIP !== 'None'
            ? (svc.spec.ports ?? []).map((p) => `${svc.spec.clusterIP}:${p.port}`).concat(`${svc.spec.clusterIP}:1`)
            : []),
          ...(svc.spec.ports ?? []).flatMap((p) => (p.nodePort ? nodeIPs.map((ip) => `${ip}:${p.nodePort}`) : [])),
          ...[...(svc.status?.loadBalancer?.ingress ?? []).map((i) => i.ip ?? ''), ...(svc.spec.externalIPs ?? [])]
            .filter((ip) => ip !== '')
            .flatMap((ip) => (svc.spec.ports ?? []).map((p) => `${ip}:${p.port}`)),
        ]),
        ...s.state.ingresses.flatMap((i) =>
          (i.spec?.rules ?? []).flatMap((r) => (r.host ? [`http://${r.host}/`] : [])),
        ),
        ...nodeIPs.map((ip) => `${ip}:31999`),
        'no-such-service',
        '10.96.200.200:80',
      ];
      let said = 0;
      let time = 0;
      const unsaid = new Set<string>();
      for (const from of senders)
        for (const to of targets) {
          const r = dp.send({ from, to, time: (time += 0.5) });
          for (const h of r.hops)
            if (h.say) {
              said++;
              expect(sayEnglish(h.say), `${file} ${to}`).toBe(h.detail);
            } else unsaid.add(h.kind);
          if (r.why) expect(sayEnglish(r.why)).toBe(r.reason);
          if (r.outcome !== 'ok' && r.reason !== undefined) expect(r.why, `${file} ${to}: ${r.reason}`).toBeDefined();
        }
      expect(said).toBeGreaterThan(0);
      // Every hop is said as a code, so the page words it in the learner's language.
      expect([...unsaid]).toEqual([]);
    });
  }
});
