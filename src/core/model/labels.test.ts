import { describe, expect, it } from 'vitest';
import { labelSelectorMatches, matchesRequirements, matchesSet } from './labels.ts';

// A YAML null that skipped admission (the API server would store ""): before, the Service
// controller's index matched nothing on it while diagnose's copy matched a null selector value.
const nullLabel = { app: null as unknown as string };

describe(matchesSet, () => {
  it('is equality on every key; a non-string label value matches nothing', () => {
    expect(matchesSet({ app: 'web' }, { app: 'web', tier: 'x' })).toBe(true);
    expect(matchesSet({ app: 'web' }, { tier: 'x' })).toBe(false);
    expect(matchesSet({}, undefined)).toBe(true);
    expect(matchesSet({ app: null as unknown as string }, nullLabel)).toBe(false);
    expect(matchesSet({ app: '' }, { app: '' })).toBe(true);
    expect(matchesSet({ constructor: 'x' }, {})).toBe(false);
  });
});

describe(labelSelectorMatches, () => {
  it('is LabelSelectorAsSelector: nil matches nothing, empty everything, expressions AND', () => {
    expect(labelSelectorMatches(undefined, { app: 'web' })).toBe(false);
    expect(labelSelectorMatches({}, { app: 'web' })).toBe(true);
    const sel = {
      matchLabels: { app: 'web' },
      matchExpressions: [
        { key: 'tier', operator: 'In', values: ['front', 'back'] },
        { key: 'canary', operator: 'DoesNotExist' },
      ],
    };
    expect(labelSelectorMatches(sel, { app: 'web', tier: 'front' })).toBe(true);
    expect(labelSelectorMatches(sel, { app: 'web', tier: 'front', canary: '' })).toBe(false);
    expect(labelSelectorMatches(sel, { app: 'web', tier: 'mid' })).toBe(false);
  });
});

describe(matchesRequirements, () => {
  it('treats a non-string value as present but equal to nothing', () => {
    expect(matchesRequirements([{ op: 'exists', key: 'app' }], nullLabel)).toBe(true);
    expect(matchesRequirements([{ op: 'in', key: 'app', values: [''] }], nullLabel)).toBe(false);
    expect(matchesRequirements([{ op: 'notin', key: 'app', values: [''] }], nullLabel)).toBe(true);
  });
});
