import { describe, expect, it } from 'vitest';
import { DESCRIBE_TABS, formatTabbed, GET_TABS } from './tabwriter.ts';
import { humanDuration } from './humanDuration.ts';

describe('formatTabbed (Go text/tabwriter)', () => {
  it('lays out kubectl get exactly like get_test.go', () => {
    const text =
      'NAME\tTYPE\tCLUSTER-IP\tEXTERNAL-IP\tPORT(S)\tAGE\nservice/baz\tClusterIP\t<none>\t<none>\t<none>\t<unknown>\n';
    expect(formatTabbed(text, GET_TABS)).toBe(
      'NAME          TYPE        CLUSTER-IP   EXTERNAL-IP   PORT(S)   AGE\n' +
        'service/baz   ClusterIP   <none>       <none>        <none>    <unknown>\n',
    );
  });

  it('applies minwidth 6 to short columns', () => {
    expect(formatTabbed('A\tB\nab\tc\n', GET_TABS)).toBe('A     B\nab    c\n');
  });

  it('breaks column blocks at lines without a tab; consecutive tabbed lines share widths', () => {
    // As in real `kubectl describe ingress`: Annotations/Events widen the Rules table's Host column.
    const text = 'Name:\tx\nRules:\n  Host\tPath\tBackends\n  ----\t----\t--------\nAnnotations:\t<none>\n';
    expect(formatTabbed(text, DESCRIBE_TABS)).toBe(
      'Name:  x\nRules:\n  Host        Path  Backends\n  ----        ----  --------\nAnnotations:  <none>\n',
    );
  });

  it('counts runes, not UTF-16 units', () => {
    expect(formatTabbed('é\tx\nab\ty\n', DESCRIBE_TABS)).toBe('é   x\nab  y\n');
  });
});

describe('humanDuration (apimachinery duration_test.go cases)', () => {
  const s = 1000;
  const h = 3600 * s;
  it.each([
    [1 * s, '1s'],
    [70 * s, '70s'],
    [190 * s, '3m10s'],
    [180 * s, '3m'],
    [70 * 60 * s, '70m'],
    [(3 * 60 + 30) * 60 * s, '3h30m'],
    [47 * h, '47h'],
    [49 * h, '2d1h'],
    [(8 * 24 + 2) * h, '8d'],
    [367 * 24 * h, '367d'],
    [(365 * 2 * 24 + 25) * h, '2y1d'],
    [(365 * 8 * 24 + 2) * h, '8y'],
    [-1 * s, '0s'],
    [-2 * s, '<invalid>'],
  ])('%d ms → %s', (ms, want) => {
    expect(humanDuration(ms)).toBe(want);
  });
});
