// Every traffic limit the core reports reaches the page in both languages, in English exactly as
// README.md "Limits" documents it.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { translate, type Translate } from '../i18n/translate.ts';
import { problemText } from './trafficProblems.ts';
import { createTraffic, type ClientSpec } from '../../core/sim/index.ts';
import { loadScenario } from '../../core/scenario/index.ts';

const en: Translate = (key, vars) => translate('en', key, vars);
const ko: Translate = (key, vars) => translate('ko', key, vars);
const README = readFileSync('README.md', 'utf8');

describe('traffic limit messages', () => {
  const scenario = loadScenario(readFileSync('src/core/dataplane/fixtures/seed-nodeport.yaml', 'utf8'), { seed: 1 });
  const client = (id: string, rate: number): ClientSpec => ({
    id,
    from: { kind: 'external', ip: '198.51.100.77' },
    to: 'http://10.0.0.1:80',
    rate,
  });
  const many = Array.from({ length: 52 }, (_, i) => client(`c${i}`, i === 0 ? 5000 : i === 1 ? 0 : 1));
  const t = createTraffic(scenario.state, 1, many, { maxPerStep: 100 });
  t.step(1);
  const problems = t.problems();

  it('the core reports each kind of limit', () => {
    expect(problems.map((p) => p.code)).toEqual(['tooManyClients', 'rateClamped', 'rateNotPositive', 'skipped']);
  });

  it('English is the README text with the numbers filled in', () => {
    expect(problems.map((p) => problemText(en, p))).toEqual([
      '52 traffic clients; the playground runs at most 50, so only the first 50 send requests',
      'client "c0": rate 5000 requests/s is over the playground\'s limit of 1000 per client, so it sends 1000 per second',
      'client "c1": rate 0 is not a number of requests per second above 0, so it sends nothing',
      `${(problems[3] as { count: number }).count} requests were skipped: one step sends at most 100 requests (advance the clock in smaller steps or lower the rates)`,
    ]);
    // The README documents the same sentences (with N, x for the values).
    expect(README).toContain('traffic clients; the playground runs at most 50, so only the first 50 send requests');
    expect(README).toContain(
      "requests/s is over the playground's limit of 1000 per client, so it sends 1000 per second",
    );
    expect(README).toContain('requests were skipped: one step sends at most 10000 requests');
  });

  it('Korean words every one, keeping the numbers and client names', () => {
    for (const p of problems) {
      const text = problemText(ko, p);
      expect(text).toMatch(/[가-힣]/);
      expect(text).not.toMatch(/\{\w+\}/);
      for (const v of Object.values(p)) if (v !== p.code) expect(text).toContain(String(v));
    }
  });
});
