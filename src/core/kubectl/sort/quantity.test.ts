// resource.ParseQuantity and Cmp, on the values sorter_test.go and quantity_test.go use.
import { describe, expect, it } from 'vitest';
import { compareQuantities, parseQuantity } from './quantity.ts';

const cmp = (a: string, b: string) => {
  const x = parseQuantity(a);
  const y = parseQuantity(b);
  if (!x || !y) throw new Error(`not quantities: ${a} ${b}`);
  return compareQuantities(x, y);
};

describe('ParseQuantity', () => {
  it.each([
    '0',
    '1',
    '100m',
    '0.5',
    '10',
    '2Ki',
    '128Mi',
    '64Gi',
    '8Ti',
    '55Pi',
    '10Ei',
    '1e3',
    '1E-3',
    '.5',
    '5.',
    '-1',
    '+1',
    'm',
    'Ki',
  ])('%s is a quantity', (s) => {
    expect(parseQuantity(s)).not.toBeNull();
  });
  it.each(['', 'web', 'ClusterIP', 'TCP', 'nginx', '10.96.0.1', '2025-01-01T00:00:00Z', '1k3', '1e', '5Mb'])(
    '%s is not',
    (s) => {
      expect(parseQuantity(s)).toBeNull();
    },
  );
});

describe('Cmp', () => {
  it.each([
    ['100m', '0.5', -1],
    ['0.5', '10', -1],
    ['2Ki', '128Mi', -1],
    ['1Ti', '1Ki', 1],
    ['1k', '1000', 0],
    ['1Ki', '1024', 0],
    ['1e3', '1k', 0],
    ['-1', '1m', -1],
    ['1n', '0.0000000001', 0],
    // Both above maxAllowed (2^63-1), so both capped to it.
    ['9Ei', '10Ei', 0],
    ['7Ei', '8Ei', -1],
    ['1', '1.0', 0],
  ] as const)('%s vs %s → %i', (a, b, expected) => {
    expect(cmp(a, b)).toBe(expected);
  });
});
