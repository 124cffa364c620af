// resource.ParseQuantity, Cmp, RoundUp and String, on the values sorter_test.go and quantity_test.go
// (k8s.io/apimachinery v0.34 pkg/api/resource) use: a sample of their tables, in our own words.
import { describe, expect, it } from 'vitest';
import {
  addQuantities,
  compareQuantities,
  decodeQuantity,
  parseQuantity,
  QUANTITY_ERRORS,
  quantityString,
  readQuantity,
  roundUpQuantity,
} from './quantity.ts';

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

const str = (s: string): string => {
  const q = readQuantity(s);
  if (typeof q === 'string') throw new Error(`${s}: ${q}`);
  return quantityString(q);
};

describe('String (the form the API server stores)', () => {
  // TestQuantityString's alternates and TestQuantityParseEmit: the input, then what String() gives.
  it.each([
    ['1024Mi', '1Gi'],
    ['307200Ki', '300Mi'],
    ['1025024Mi', '1001Gi'],
    ['1024Gi', '1Ti'],
    ['5000m', '5'],
    ['0.5', '500m'],
    ['1000M', '1G'],
    ['0.001T', '1G'],
    ['1000u', '1m'],
    ['1.08', '1080m'],
    ['1080000000n', '1080m'],
    ['.001e12', '1e9'],
    ['0.001e0', '1e-3'],
    ['1000e-12', '1e-9'],
    ['00', '0'],
    ['.001Ki', '1024m'],
    ['.000001Ki', '1024u'],
    ['.000000001Ki', '1024n'],
    ['.000000000001Ki', '2n'],
    ['-.001Ki', '-1024m'],
    ['-1024Mi', '-1Gi'],
    // The cases: canonical on storage.
    ['1000m', '1'],
    ['1.5Gi', '1536Mi'],
    ['1.5Ki', '1536'],
    ['1e3', '1e3'],
    ['1000', '1k'],
    ['100.035k', '100.035k'], // kept too: scale 0, digits 100035
    ['0.0000000001', '1n'],
    ['0.00000012345', '124n'],
    ['1.3E+6', '1300e3'],
    ['9Ei', '9223372036854775807'],
    ['1000E', '1'], // beyond E no decimal suffix: constructBytes gives none
    ['1.', '1.'], // kept: its digits are canonical (upstream checks num+denom only)
    ['1.G', '1.G'],
  ])('%s → %s', (input, expected) => {
    expect(str(input)).toBe(expected);
  });

  it.each([
    '1Gi',
    '300Mi',
    '6Ki',
    '1001Gi',
    '5',
    '500m',
    '1G',
    '1m',
    '80m',
    '1080m',
    '300M',
    '1T',
    '1234567M',
    '3k',
    '1025',
    '0',
    '1e9',
    '1e-3',
    '1e-9',
    '80e-3',
    '300e6',
    '1e12',
    '1e3',
    '3e3',
    '1n',
    '80n',
    '1080n',
    '1u',
    '80u',
    '1080u',
  ])('%s is canonical and kept as written', (s) => {
    const q = readQuantity(s);
    expect(typeof q !== 'string' && q.s).toBe(s);
  });

  it('keeps a canonical string as written, sign and all, as ParseQuantity does', () => {
    expect(str('+1')).toBe('+1');
    expect(str('+100m')).toBe('+100m');
    expect(str('+1000m')).toBe('1');
  });
});

describe('parse errors (the decoder returns them as they are)', () => {
  it.each([
    ['1.1.M', QUANTITY_ERRORS.format],
    ['1+1.0M', QUANTITY_ERRORS.format],
    ['aoeu', QUANTITY_ERRORS.format],
    ['lots', QUANTITY_ERRORS.format],
    [' 1', QUANTITY_ERRORS.format],
    ['1 ', QUANTITY_ERRORS.format],
    ['', QUANTITY_ERRORS.format],
    ['-3.01e-', QUANTITY_ERRORS.suffix],
    ['0.1mi', QUANTITY_ERRORS.suffix],
    ['0.1am', QUANTITY_ERRORS.format],
    ['.5i', QUANTITY_ERRORS.suffix],
    ['1i', QUANTITY_ERRORS.suffix],
    ['1K', QUANTITY_ERRORS.suffix],
    ['e-10', QUANTITY_ERRORS.numeric],
    ['Ei', QUANTITY_ERRORS.numeric],
  ])('%s: %s', (input, error) => {
    expect(readQuantity(input)).toBe(error);
  });

  it('decodes JSON values as UnmarshalJSON does: trimmed strings, numbers, null as zero, anything else refused', () => {
    const text = (v: unknown) => {
      const q = decodeQuantity(v);
      return typeof q === 'string' ? q : quantityString(q);
    };
    expect([' 1', '1 ', 1, 0.5, -1, null, 10n].map(text)).toEqual(['1', '1', '1', '500m', '-1', '0', '10']);
    expect([true, {}, [1]].map(text)).toEqual([QUANTITY_ERRORS.format, QUANTITY_ERRORS.format, QUANTITY_ERRORS.format]);
  });
});

describe('RoundUp', () => {
  const round = (s: string, scale: number) => quantityString(roundUpQuantity(parseQuantity(s)!, scale));
  it.each([
    ['9.01', -3, '9010m'],
    ['9.01', -2, '9010m'],
    ['9.01', -1, '9100m'],
    ['9.01', 0, '10'],
    ['9.01', 2, '100'],
    ['-9.01', -1, '-9100m'],
    ['-9.01', 0, '-10'],
    ['0.0001', -3, '1m'],
    ['100u', -3, '1m'],
    ['+1', -3, '+1'],
    ['+1n', -3, '1m'],
    ['1.9999999Ki', -3, '2Ki'],
  ] as const)('%s to 10^%i → %s', (s, scale, expected) => {
    expect(round(s, scale)).toBe(expected);
  });
});

describe('Add', () => {
  const add = (a: string, b: string) => quantityString(addQuantities(parseQuantity(a)!, parseQuantity(b)!));
  // TestAdd's cases (quantity_test.go): the sum keeps the first one's format, unless the first is zero.
  it.each([
    ['10', '1e1', '20'],
    ['10', '1Ki', '1034'],
    ['1Ki', '1', '1025'],
    ['0', '50', '50'],
    ['50', '0', '50'],
    ['0', '0', '0'],
    ['100m', '250m', '350m'],
    ['70Mi', '100Mi', '170Mi'],
    ['0', '70Mi', '70Mi'],
    ['70Mi', '0', '70Mi'],
  ] as const)('%s + %s → %s', (a, b, expected) => {
    expect(add(a, b)).toBe(expected);
  });
});
