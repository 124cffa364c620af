import { describe, expect, it } from 'vitest';
import { highlightFor } from './highlight.ts';
import { toFlowElements } from './toFlowElements.ts';
import { viewMyService, podA, podB, podC, podTypo } from './fixtures/views.ts';

describe('highlightFor', () => {
  const els = toFlowElements(viewMyService);
  it('a Service lights up the pods it selects and their nodes, not the others', () => {
    const h = highlightFor(els, ['svc:default/my-service'])!;
    expect(h.related.has(`pod:default/${podA.name}`)).toBe(true);
    expect(h.related.has(`pod:default/${podB.name}`)).toBe(true);
    expect(h.related.has(`pod:default/${podC.name}`)).toBe(true);
    expect(h.related.has(`pod:default/${podTypo.name}`)).toBe(false);
    expect(h.related.has('node:node-a')).toBe(true);
    expect(h.related.has('lb:default/my-service')).toBe(true);
  });
  it('returns null when nothing drawn matches', () => {
    expect(highlightFor(els, ['svc:default/nope'])).toBeNull();
  });
});
