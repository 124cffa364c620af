import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../core/scenario/index.ts';
import { toClusterView } from '../../worker/view.ts';
import { fieldAspect, focusIdsFor, objectOfDocument, sourceOf } from './hoverTargets.ts';
import { defaultView } from '../traffic/fixtures/clusterView.ts';

describe('hover targets', () => {
  it('a Deployment lights up the pods of its ReplicaSet', () => {
    const ids = focusIdsFor({ kind: 'Deployment', namespace: 'default', name: 'web' }, defaultView);
    expect(ids.length).toBe(defaultView.pods.filter((p) => p.owner?.name.startsWith('web-')).length);
    expect(ids.length).toBeGreaterThan(0);
    expect(ids.every((id) => id.startsWith('pod:default/web-'))).toBe(true);
    expect(focusIdsFor({ kind: 'Deployment', name: 'nope' }, defaultView)).toEqual([]);
    expect(focusIdsFor({ kind: 'Service', name: 'my-service' }, defaultView)).toEqual([
      'svc:default/my-service',
      'lb:default/my-service',
    ]);
  });

  it('classifies fields: selectors and labels vs ports', () => {
    expect(fieldAspect('spec.selector[app.kubernetes.io/name]')).toBe('selector');
    expect(fieldAspect('spec.template.metadata.labels[app]')).toBe('selector');
    expect(fieldAspect('spec.ports[0].targetPort')).toBe('ports');
    expect(fieldAspect('spec.template.spec.containers[0].ports[0].containerPort')).toBe('ports');
    expect(fieldAspect('spec.replicas')).toBeNull();
    expect(fieldAspect(undefined)).toBeNull();
  });

  it('maps documents to objects and objects to their documents', () => {
    const svc = defaultView.services.find((s) => s.docIndex !== null)!;
    expect(objectOfDocument(defaultView, svc.docIndex!)).toEqual({
      kind: 'Service',
      namespace: svc.namespace,
      name: svc.name,
    });
    expect(objectOfDocument(defaultView, 99)).toBeNull();
    const withSource = defaultView.services.find((s) => s.source?.range);
    if (withSource)
      expect(
        sourceOf(defaultView, { kind: 'Service', namespace: withSource.namespace, name: withSource.name })?.line,
      ).toBe(withSource.source!.range!.line);
    expect(sourceOf(defaultView, { kind: 'Service', name: 'nope' })).toBeNull();
  });
});

describe("a Gateway's document and box", () => {
  // Lesson 15's first solution: the Gateway shop is its fifth document (index 4).
  const text = readFileSync(
    new URL('../../scenarios/lessons/15-canary-weights/solution-1.yaml', import.meta.url),
    'utf8',
  );
  const view = toClusterView(loadScenario(text, { seed: 1 }));
  const line = text.split('\n').indexOf('kind: Gateway') + 1;

  it('hovering the document lights the Gateway box; the box leads back to the document', () => {
    const ref = objectOfDocument(view, 4);
    expect(ref).toEqual({ kind: 'Gateway', namespace: 'default', name: 'shop' });
    expect(focusIdsFor(ref!, view)).toEqual(['gw:default/shop']);
    const src = sourceOf(view, ref!);
    expect(src?.docIndex).toBe(4);
    expect(src!.line).toBeLessThanOrEqual(line);
    expect(src!.endLine).toBeGreaterThan(line);
  });
});
