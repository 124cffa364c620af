import { describe, expect, it } from 'vitest';
import { formatLabels, formatLabelSelector, parseSelector } from './labelSelector.ts';
import { matchesRequirements } from '../model/labels.ts';

const sel = (s: string) => {
  const p = parseSelector(s);
  if (!p.ok) throw new Error(p.error);
  return p.requirements;
};

describe('label selectors (-l)', () => {
  const web = { app: 'web', tier: 'front' };
  const api = { app: 'api' };
  it.each([
    ['app=web', true, false],
    ['app==web', true, false],
    ['app!=web', false, true],
    ['app in (web,db)', true, false],
    ['app notin (web,db)', false, true],
    ['tier', true, false],
    ['!tier', false, true],
    ['app=web,tier=front', true, false],
    ['app in (api, web),!tier', false, true],
    ['', true, true],
  ])('%s', (s, onWeb, onApi) => {
    expect(matchesRequirements(sel(s), web)).toBe(onWeb);
    expect(matchesRequirements(sel(s), api)).toBe(onApi);
  });

  it('rejects malformed selectors with a message instead of throwing', () => {
    const p = parseSelector('app=we b');
    expect(p.ok).toBe(false);
    if (!p.ok) expect(p.error).toContain('unable to parse requirement');
    expect(parseSelector('=x').ok).toBe(false);
  });

  it('formats labels like labels.FormatLabels', () => {
    expect(formatLabels({ tier: 'front', app: 'web' })).toBe('app=web,tier=front');
    expect(formatLabels({})).toBe('<none>');
    expect(
      formatLabelSelector({
        matchLabels: { app: 'web' },
        matchExpressions: [{ key: 'env', operator: 'In', values: ['prod', 'dev'] }],
      }),
    ).toBe('app=web,env in (dev,prod)');
  });
});
